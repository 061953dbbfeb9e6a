// Routes of the capabilities built on the core (reports, settings).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../app/runtime.js';
import { registerReportRoutes } from './reports.js';
import { registerSettingsRoutes } from './settings.js';

export function registerExtensionRoutes(app: FastifyInstance, rt: Runtime): void {
  registerReportRoutes(app, rt);
  registerSettingsRoutes(app, rt);
}
