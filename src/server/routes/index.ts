// Routes of the capabilities built on the core (replies, templates, reports, settings).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../app/runtime.js';

export function registerExtensionRoutes(app: FastifyInstance, rt: Runtime): void {
  void app;
  void rt;
}
