// Routes of the capabilities built on the core (reports, settings, API tokens, platform webhooks, on-call cover).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../app/runtime.js';
import { registerReportRoutes } from './reports.js';
import { registerSettingsRoutes } from './settings.js';
import { registerTokenRoutes } from './tokens.js';
import { registerWebhookRoutes } from './webhooks.js';
import { registerOnCallCoverRoutes } from './oncall-cover.js';
import { registerCaseCountRoutes } from './case-counts.js';

export function registerExtensionRoutes(app: FastifyInstance, rt: Runtime): void {
  registerReportRoutes(app, rt);
  registerSettingsRoutes(app, rt);
  registerTokenRoutes(app, rt);
  registerWebhookRoutes(app, rt);
  registerOnCallCoverRoutes(app, rt);
  registerCaseCountRoutes(app, rt);
}
