import {
  consentListSchema,
  consentSchema,
  disclosureLogSchema,
  grantPartnerAccessRequestSchema,
  idParamsSchema,
  partnerGrantListSchema,
  partnerGrantSchema,
  partnerProfessionalListSchema,
  partnerProfessionalQuerySchema,
  recordConsentRequestSchema,
  revokePartnerAccessRequestSchema,
  withdrawConsentRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context';
import { childGrantParamsSchema, conflict, errors } from '../route-schemas';
import { getDisclosureLog } from './disclosure-log';
import { grantPartnerAccess } from './grant-access';
import { listConsents } from './list-consents';
import { listPartnerGrants } from './list-grants';
import { recordConsent } from './record-consent';
import { revokePartnerAccess } from './revoke-access';
import { searchPartnerProfessionals } from './search-partners';
import { withdrawConsent } from './withdraw-consent';

const tags = ['partner access'];

/** Partner professionals invited into a child's case, the consents that ground it, the disclosure log. */
export const partnerAccessRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partner-professionals',
    {
      schema: {
        tags,
        summary: 'Partner professionals’ accounts to invite, by name or organisation',
        querystring: partnerProfessionalQuerySchema,
        response: { 200: partnerProfessionalListSchema, ...errors },
      },
    },
    (request) => searchPartnerProfessionals(ctxOf(request), request.query),
  );

  app.get(
    '/api/children/:id/partner-access',
    {
      schema: {
        tags,
        summary: 'Every partner given access to the child’s case: sections, basis, until when, status',
        params: idParamsSchema,
        response: { 200: partnerGrantListSchema, ...errors },
      },
    },
    (request) => listPartnerGrants(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/children/:id/partner-access',
    {
      schema: {
        tags,
        summary: 'Invite a partner professional into chosen sections until a day, on a provision or consent',
        params: idParamsSchema,
        body: grantPartnerAccessRequestSchema,
        response: { 201: partnerGrantSchema, ...conflict, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await grantPartnerAccess(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/children/:id/partner-access/:grantId/revoke',
    {
      schema: {
        tags,
        summary: 'End a partner’s access at once',
        params: childGrantParamsSchema,
        body: revokePartnerAccessRequestSchema,
        response: { 200: partnerGrantSchema, ...conflict, ...errors },
      },
    },
    (request) =>
      revokePartnerAccess(ctxOf(request), request.params.id, request.params.grantId, request.body.reason),
  );

  app.get(
    '/api/children/:id/consents',
    {
      schema: {
        tags,
        summary: 'The child’s consents to disclose her data, and who can give one',
        params: idParamsSchema,
        response: { 200: consentListSchema, ...errors },
      },
    },
    (request) => listConsents(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/children/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a guardian’s (or the child’s, from 12) consent to a disclosure',
        params: idParamsSchema,
        body: recordConsentRequestSchema,
        response: { 201: consentSchema, ...conflict, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConsent(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/consents/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Record that a consent was withdrawn: the access it grounded ends at once',
        params: idParamsSchema,
        body: withdrawConsentRequestSchema,
        response: { 200: consentSchema, ...conflict, ...errors },
      },
    },
    (request) => withdrawConsent(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/children/:id/disclosure-log',
    {
      schema: {
        tags,
        summary: 'To whom the child’s data was disclosed, what, when, why and on what basis',
        params: idParamsSchema,
        response: { 200: disclosureLogSchema, ...errors },
      },
    },
    (request) => getDisclosureLog(ctxOf(request), request.params.id),
  );
};
