import {
  documentListSchema,
  documentRequestSchema,
  documentSchema,
  errorBodySchema,
  idParamsSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../platform/context';
import { createAssessmentDocument, createPlanDocument } from './create-document';
import { getDocument, listDocuments } from './get-document';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const tags = ['documents'];
const params = idParamsSchema;

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/assessments/:id/documents',
    {
      schema: {
        tags,
        summary: 'Make the PDF summary of a concluded assessment (fi or sv), stored as given to the family',
        params,
        body: documentRequestSchema,
        response: { 201: documentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createAssessmentDocument(ctxOf(request), request.params.id, request.body.language)),
  );

  app.post(
    '/api/client-plans/:id/documents',
    {
      schema: {
        tags,
        summary: 'Make the PDF of an agreed client plan (fi or sv), stored as given to the family',
        params,
        body: documentRequestSchema,
        response: { 201: documentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createPlanDocument(ctxOf(request), request.params.id, request.body.language)),
  );

  app.get(
    '/api/children/:id/documents',
    {
      schema: {
        tags,
        summary: 'The documents made for the child',
        params,
        response: { 200: documentListSchema, ...errors },
      },
    },
    (request) => listDocuments(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'The stored PDF, exactly as given (application/pdf; X-Content-SHA256 carries its hash)',
        params,
        response: errors,
      },
    },
    async (request, reply) => {
      const doc = await getDocument(ctxOf(request), request.params.id);
      return (
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${doc.filename}"`)
          .header('x-content-sha256', doc.sha256)
          // The bytes go out as stored; the response schema describes only the errors.
          .send(doc.content as never)
      );
    },
  );
};
