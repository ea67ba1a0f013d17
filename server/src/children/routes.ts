import {
  auditLogSchema,
  childPageSchema,
  emergencyAccessRequestSchema,
  emergencyAccessReviewSchema,
  emergencyAccessSchema,
  errorBodySchema,
  idParamsSchema,
  personSearchQuerySchema,
  personSearchResultSchema,
  updateChildRequestSchema,
  worklistSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../platform/context';
import { reviewEmergencyAccesses } from './emergency-accesses';
import { getChild } from './get-child';
import { getChildAuditLog } from './get-child-audit-log';
import { getWorklist } from './get-worklist';
import { searchPeople } from './search-people';
import { takeEmergencyAccess } from './take-emergency-access';
import { updateChild } from './update-child';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export const childrenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/worklist',
    { schema: { tags: ['children'], response: { 200: worklistSchema, ...errors } } },
    (request) => getWorklist(ctxOf(request)),
  );

  app.get(
    '/api/people',
    {
      schema: {
        tags: ['children'],
        querystring: personSearchQuerySchema,
        response: { 200: personSearchResultSchema, ...errors },
      },
    },
    (request) => searchPeople(ctxOf(request), request.query.q),
  );

  app.get(
    '/api/children/:id',
    { schema: { tags: ['children'], params: idParamsSchema, response: { 200: childPageSchema, ...errors } } },
    (request) => getChild(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/children/:id',
    {
      schema: {
        tags: ['children'],
        params: idParamsSchema,
        body: updateChildRequestSchema,
        response: { 200: z.object({ version: z.number() }), 409: errorBodySchema, ...errors },
      },
    },
    (request) => updateChild(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/children/:id/audit-log',
    { schema: { tags: ['children'], params: idParamsSchema, response: { 200: auditLogSchema, ...errors } } },
    (request) => getChildAuditLog(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/children/:id/emergency-access',
    {
      schema: {
        tags: ['children'],
        params: idParamsSchema,
        body: emergencyAccessRequestSchema,
        response: { 201: emergencyAccessSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request, reply) => {
      const grant = await takeEmergencyAccess(ctxOf(request), request.params.id, request.body.reason);
      return reply.status(201).send(grant);
    },
  );

  app.get(
    '/api/emergency-accesses',
    { schema: { tags: ['children'], response: { 200: emergencyAccessReviewSchema, ...errors } } },
    (request) => reviewEmergencyAccesses(ctxOf(request)),
  );
};
