import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { consultationRoutes } from './consultations/routes';
import { networkMapRoutes } from './map/routes';
import { multiagencyRoutes } from './multiagency/routes';
import { partnerPortalRoutes } from './partner-portal/routes';
import { partnerAccessRoutes } from './partners/routes';
import { registerRoutes } from './register/routes';

/** The agency network: the partnership register, partner access and consent, network maps, multi-agency assessments. */
export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(registerRoutes);
  await app.register(partnerAccessRoutes);
  await app.register(networkMapRoutes);
  await app.register(multiagencyRoutes);
  await app.register(consultationRoutes);
  await app.register(partnerPortalRoutes);
};
