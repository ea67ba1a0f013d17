import {
  conflictBodySchema,
  contributionSchema,
  idParamsSchema,
  partnerCaseDetailSchema,
  partnerCaseListSchema,
  partnerClientPlanSchema,
  partnerMultiagencySchema,
  partnerNetworkMapSchema,
  saveContributionRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context';
import { errors } from '../route-schemas';
import { getPartnerCase, listPartnerCases } from './cases';
import { getPartnerMultiagency, savePartnerContribution } from './multiagency';
import { getPartnerClientPlan, getPartnerNetworkMap } from './sections';

const tags = ['partner portal'];

/**
 * The partner professional's own API. Every route answers an expired, revoked or consent-withdrawn
 * invitation, and a section she was not given, exactly like a case that does not exist.
 */
export const partnerPortalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partner/cases',
    {
      schema: {
        tags,
        summary: 'The cases the partner has been invited into, with her sections and until when',
        response: { 200: partnerCaseListSchema, ...errors },
      },
    },
    (request) => listPartnerCases(ctxOf(request)),
  );

  app.get(
    '/api/partner/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case (by the child’s id): what each of her sections holds, in outline',
        params: idParamsSchema,
        response: { 200: partnerCaseDetailSchema, ...errors },
      },
    },
    (request) => getPartnerCase(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/partner/cases/:id/network-map',
    {
      schema: {
        tags,
        summary: 'The latest version of the child’s network map (network map section)',
        params: idParamsSchema,
        response: { 200: partnerNetworkMapSchema, ...errors },
      },
    },
    (request) => getPartnerNetworkMap(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/partner/cases/:id/client-plan',
    {
      schema: {
        tags,
        summary: 'The agreed client plan in force (client plan section)',
        params: idParamsSchema,
        response: { 200: partnerClientPlanSchema, ...errors },
      },
    },
    (request) => getPartnerClientPlan(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/partner/multiagency-assessments/:id',
    {
      schema: {
        tags,
        summary: 'The multi-agency assessment as her assessment section opens it',
        params: idParamsSchema,
        response: { 200: partnerMultiagencySchema, ...errors },
      },
    },
    (request) => getPartnerMultiagency(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/partner/multiagency-assessments/:id/contribution',
    {
      schema: {
        tags,
        summary: 'Save her contribution (`version: null` the first time); `submitted` marks it ready',
        params: idParamsSchema,
        body: saveContributionRequestSchema,
        response: { 200: contributionSchema, 409: conflictBodySchema(contributionSchema), ...errors },
      },
    },
    (request) => savePartnerContribution(ctxOf(request), request.params.id, request.body),
  );
};
