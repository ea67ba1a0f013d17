import {
  agreeClientPlanRequestSchema,
  clientPlanListSchema,
  clientPlanSchema,
  errorBodySchema,
  idParamsSchema,
  updateClientPlanRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../platform/context';
import { agreePlan } from './agree-plan';
import { createPlan } from './create-plan';
import { getPlan } from './get-plan';
import { listPlans } from './list-plans';
import { updatePlan } from './update-plan';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const tags = ['plans'];
const params = idParamsSchema;

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/children/:id/client-plans',
    {
      schema: {
        tags,
        summary: "The versions of the child's client plan",
        params,
        response: { 200: clientPlanListSchema, ...errors },
      },
    },
    (request) => listPlans(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/children/:id/client-plans',
    {
      schema: {
        tags,
        summary: 'Start a new version as a draft, from the plan last agreed (LSL §30)',
        params,
        body: z.strictObject({}).optional(),
        response: { 201: clientPlanSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createPlan(ctxOf(request), request.params.id)),
  );

  app.get(
    '/api/client-plans/:id',
    {
      schema: {
        tags,
        summary: 'One version of a client plan',
        params,
        response: { 200: clientPlanSchema, ...errors },
      },
    },
    (request) => getPlan(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/client-plans/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft (optimistic locking on version)',
        params,
        body: updateClientPlanRequestSchema,
        response: { 200: clientPlanSchema, ...errors },
      },
    },
    (request) => updatePlan(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/client-plans/:id/agree',
    {
      schema: {
        tags,
        summary: 'Agree the draft with the family: the version is frozen and its review date set',
        params,
        body: agreeClientPlanRequestSchema,
        response: { 200: clientPlanSchema, ...errors },
      },
    },
    (request) => agreePlan(ctxOf(request), request.params.id, request.body),
  );
};
