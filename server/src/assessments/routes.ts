import {
  assessmentSchema,
  conclusionRequestSchema,
  errorBodySchema,
  familyInformationRequestSchema,
  idParamsSchema,
  startDecisionRequestSchema,
  updateAssessmentRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../platform/context';
import { concludeAssessment } from './conclude-assessment';
import { decideStart } from './decide-start';
import { getAssessment } from './get-assessment';
import { recordFamilyInformation } from './record-family-information';
import { updateAssessment } from './update-assessment';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const tags = ['assessments'];
const params = idParamsSchema;

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'A service-need assessment with its deadlines',
        params,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    (request) => getAssessment(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'Record the work: participants, meetings with the child, views, notes (versioned)',
        params,
        body: updateAssessmentRequestSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    (request) => updateAssessment(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/assessments/:id/start-decision',
    {
      schema: {
        tags,
        summary: 'Decide whether to start the assessment (due by the 7th working day, LSL §26)',
        params,
        body: startDecisionRequestSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    (request) => decideStart(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/assessments/:id/family-information',
    {
      schema: {
        tags,
        summary: 'Record when and how the child or a guardian was told of the notification or the outcome',
        params,
        body: familyInformationRequestSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    (request) => recordFamilyInformation(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/assessments/:id/conclusion',
    {
      schema: {
        tags,
        summary: 'Conclude the assessment: a child-protection client or not (SHL §36, LSL §27)',
        params,
        body: conclusionRequestSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    (request) => concludeAssessment(ctxOf(request), request.params.id, request.body),
  );
};
