import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { familyRoutes } from './families/routes';
import { meetingRoutes } from './meetings/routes';
import { membershipRoutes } from './membership/routes';
import { recordRoutes } from './records/routes';

/** The systemic team workspace: teams, meetings and agendas, reflective records, families' genograms and timelines. */
export const teamsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(membershipRoutes);
  await app.register(meetingRoutes);
  await app.register(recordRoutes);
  await app.register(familyRoutes);
};
