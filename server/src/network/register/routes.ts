import {
  collaborationModelListSchema,
  collaborationModelQuerySchema,
  collaborationModelRequestSchema,
  collaborationModelSchema,
  conflictBodySchema,
  contactRequestSchema,
  contactSchema,
  coverageQuerySchema,
  coverageSchema,
  createOrganisationRequestSchema,
  createServiceRequestSchema,
  idParamsSchema,
  organisationListSchema,
  organisationSearchQuerySchema,
  partnerOrganisationSchema,
  saveCollaborationModelRequestSchema,
  serviceSchema,
  serviceSearchQuerySchema,
  serviceSearchResultSchema,
  updateContactRequestSchema,
  updateOrganisationRequestSchema,
  updateServiceRequestSchema,
  versionQuerySchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context';
import { errors } from '../route-schemas';
import { addContact, removeContact, updateContact } from './change-contact';
import { getCoverage } from './coverage';
import { getCollaborationModel } from './get-model';
import { getOrganisation } from './get-organisation';
import { getService } from './get-service';
import { listCollaborationModels } from './list-models';
import { listOrganisations } from './list-organisations';
import { createCollaborationModel, saveCollaborationModel } from './save-model';
import { createOrganisation, updateOrganisation } from './save-organisation';
import { createService, updateService } from './save-service';
import { searchServices } from './search-services';

const tags = ['partnership register'];

/** The partnership register (kumppanuuskartta): read by every account, kept by leads and coordinators. */
export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partnership/services',
    {
      schema: {
        tags,
        summary: 'Search services by words, type, region, municipality or organisation',
        querystring: serviceSearchQuerySchema,
        response: { 200: serviceSearchResultSchema, ...errors },
      },
    },
    (request) => searchServices(ctxOf(request), request.query),
  );

  app.post(
    '/api/partnership/services',
    {
      schema: {
        tags,
        summary: 'Add a service of a partner organisation',
        body: createServiceRequestSchema,
        response: { 201: serviceSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createService(ctxOf(request), request.body)),
  );

  app.get(
    '/api/partnership/services/:id',
    {
      schema: {
        tags,
        summary: 'A service with its contact persons and collaboration models',
        params: idParamsSchema,
        response: { 200: serviceSchema, ...errors },
      },
    },
    (request) => getService(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/partnership/services/:id',
    {
      schema: {
        tags,
        summary: 'Change a service (versioned); `active: false` takes it out of searches',
        params: idParamsSchema,
        body: updateServiceRequestSchema,
        response: { 200: serviceSchema, 409: conflictBodySchema(serviceSchema), ...errors },
      },
    },
    (request) => updateService(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/partnership/organisations',
    {
      schema: {
        tags,
        summary: 'Partner organisations by name, region and sector',
        querystring: organisationSearchQuerySchema,
        response: { 200: organisationListSchema, ...errors },
      },
    },
    (request) => listOrganisations(ctxOf(request), request.query),
  );

  app.post(
    '/api/partnership/organisations',
    {
      schema: {
        tags,
        summary: 'Add a partner organisation',
        body: createOrganisationRequestSchema,
        response: { 201: partnerOrganisationSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganisation(ctxOf(request), request.body)),
  );

  app.get(
    '/api/partnership/organisations/:id',
    {
      schema: {
        tags,
        summary: 'An organisation with its services, contacts and collaboration models',
        params: idParamsSchema,
        response: { 200: partnerOrganisationSchema, ...errors },
      },
    },
    (request) => getOrganisation(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/partnership/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Change an organisation (versioned)',
        params: idParamsSchema,
        body: updateOrganisationRequestSchema,
        response: {
          200: partnerOrganisationSchema,
          409: conflictBodySchema(partnerOrganisationSchema),
          ...errors,
        },
      },
    },
    (request) => updateOrganisation(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/partnership/organisations/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact person, of the organisation or of one of its services',
        params: idParamsSchema,
        body: contactRequestSchema,
        response: { 201: contactSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addContact(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/partnership/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Change a contact person (versioned)',
        params: idParamsSchema,
        body: updateContactRequestSchema,
        response: { 200: contactSchema, 409: conflictBodySchema(contactSchema), ...errors },
      },
    },
    (request) => updateContact(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/partnership/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Remove a contact person',
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), 409: conflictBodySchema(contactSchema), ...errors },
      },
    },
    async (request, reply) => {
      await removeContact(ctxOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/partnership/models',
    {
      schema: {
        tags,
        summary: 'Collaboration models by name, region, municipality or partner',
        querystring: collaborationModelQuerySchema,
        response: { 200: collaborationModelListSchema, ...errors },
      },
    },
    (request) => listCollaborationModels(ctxOf(request), request.query),
  );

  app.post(
    '/api/partnership/models',
    {
      schema: {
        tags,
        summary: 'Add a collaboration model with its ordered steps and action cards',
        body: collaborationModelRequestSchema,
        response: { 201: collaborationModelSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCollaborationModel(ctxOf(request), request.body)),
  );

  app.get(
    '/api/partnership/models/:id',
    {
      schema: {
        tags,
        summary: 'A collaboration model: partners, services and steps',
        params: idParamsSchema,
        response: { 200: collaborationModelSchema, ...errors },
      },
    },
    (request) => getCollaborationModel(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/partnership/models/:id',
    {
      schema: {
        tags,
        summary: 'Save the whole model (versioned)',
        params: idParamsSchema,
        body: saveCollaborationModelRequestSchema,
        response: {
          200: collaborationModelSchema,
          409: conflictBodySchema(collaborationModelSchema),
          ...errors,
        },
      },
    },
    (request) => saveCollaborationModel(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/partnership/coverage',
    {
      schema: {
        tags,
        summary: 'Which municipality has which type of service, and which it lacks',
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema, ...errors },
      },
    },
    (request) => getCoverage(ctxOf(request), request.query.region),
  );
};
