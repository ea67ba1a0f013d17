import {
  assignmentSchema,
  assignWorkerRequestSchema,
  caseloadOverrideRequestSchema,
  caseloadOverrideSchema,
  caseloadsSchema,
  errorBodySchema,
  idParamsSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../platform/context';
import { assignWorker } from './assign-worker';
import { getCaseloads } from './get-caseloads';
import { grantCaseloadOverride } from './grant-override';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const tags = ['workforce'];

export const workforceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/children/:id/responsible-worker',
    {
      schema: {
        tags,
        summary:
          'Assign the responsible social worker; the 31st client is refused without an exception (LSL §13b)',
        params: idParamsSchema,
        body: assignWorkerRequestSchema,
        response: { 200: assignmentSchema, ...errors },
      },
    },
    (request) => assignWorker(ctxOf(request), request.params.id, request.body.workerId),
  );

  app.get(
    '/api/caseloads',
    {
      schema: {
        tags,
        summary: "Each worker's child clients against the limit of 30, for the actor's teams",
        response: { 200: caseloadsSchema, ...errors },
      },
    },
    (request) => getCaseloads(ctxOf(request)),
  );

  app.post(
    '/api/teams/:id/caseload-overrides',
    {
      schema: {
        tags,
        summary: 'A team lead lets the next assignment take a worker past 30 clients, with a reason',
        params: idParamsSchema,
        body: caseloadOverrideRequestSchema,
        response: { 201: caseloadOverrideSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await grantCaseloadOverride(ctxOf(request), request.params.id, request.body)),
  );
};
