import {
  addTeamMemberRequestSchema,
  changeTeamMemberRequestSchema,
  conflictBodySchema,
  errorBodySchema,
  idParamsSchema,
  staffSearchQuerySchema,
  staffSearchResultSchema,
  teamListSchema,
  teamMemberChangeSchema,
  teamMemberParamsSchema,
  teamMemberSchema,
  teamPageSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context';
import { errors } from '../route-schemas';
import { addTeamMember } from './add-member';
import { changeTeamMember } from './change-member';
import { getTeamPage } from './get-team-page';
import { listTeams } from './list-teams';
import { searchStaff } from './search-staff';

const tags = ['teams'];

export const membershipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/teams', { schema: { tags, response: { 200: teamListSchema, ...errors } } }, (request) =>
    listTeams(ctxOf(request)),
  );

  app.get(
    '/api/teams/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: teamPageSchema, ...errors } } },
    (request) => getTeamPage(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/teams/:id/members',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: addTeamMemberRequestSchema,
        response: { 201: teamMemberChangeSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTeamMember(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/teams/:id/members/:memberId',
    {
      schema: {
        tags,
        params: teamMemberParamsSchema,
        body: changeTeamMemberRequestSchema,
        response: { 200: teamMemberChangeSchema, 409: conflictBodySchema(teamMemberSchema), ...errors },
      },
    },
    (request) => changeTeamMember(ctxOf(request), request.params.id, request.params.memberId, request.body),
  );

  app.get(
    '/api/staff',
    {
      schema: {
        tags,
        querystring: staffSearchQuerySchema,
        response: { 200: staffSearchResultSchema, ...errors },
      },
    },
    (request) => searchStaff(ctxOf(request), request.query.q),
  );
};
