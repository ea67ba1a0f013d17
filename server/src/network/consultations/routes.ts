import {
  answerConsultationRequestSchema,
  checkConsultationRequestSchema,
  checkConsultationResultSchema,
  conflictBodySchema,
  consultationListSchema,
  consultationRemindersSchema,
  consultationRequestSchema,
  consultationSchema,
  expertConsultationQuerySchema,
  expertListSchema,
  expertQuerySchema,
  expertSchema,
  idParamsSchema,
  saveExpertProfileRequestSchema,
  takeConsultationRequestSchema,
  userIdParamsSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context';
import { conflict, errors } from '../route-schemas';
import { askConsultation, checkConsultation } from './ask';
import { listExperts, saveExpertProfile } from './experts';
import {
  consultationReminders,
  getConsultation,
  listChildConsultations,
  listExpertConsultations,
} from './read';
import { answerConsultation, takeConsultation } from './respond';

const tags = ['consultations'];

export const consultationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/experts',
    {
      schema: {
        tags,
        summary: 'The expert pool of the four regions, by expertise and region',
        querystring: expertQuerySchema,
        response: { 200: expertListSchema, ...errors },
      },
    },
    (request) => listExperts(ctxOf(request), request.query),
  );

  app.put(
    '/api/experts/:userId',
    {
      schema: {
        tags,
        summary: 'Add an account to the expert pool (`version: null`) or change its profile',
        params: userIdParamsSchema,
        body: saveExpertProfileRequestSchema,
        response: { 200: expertSchema, 409: conflictBodySchema(expertSchema), ...errors },
      },
    },
    (request) => saveExpertProfile(ctxOf(request), request.params.userId, request.body),
  );

  app.post(
    '/api/children/:id/consultations/check',
    {
      schema: {
        tags,
        summary: 'Where a draft names the case’s people or holds an identity code; nothing is sent',
        params: idParamsSchema,
        body: checkConsultationRequestSchema,
        response: { 200: checkConsultationResultSchema, ...errors },
      },
    },
    (request) => checkConsultation(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/children/:id/consultations',
    {
      schema: {
        tags,
        summary:
          'Send a consultation, anonymised unless `identifyingBasis` is given; 400 if the anonymiser finds an identity code or a name of the case',
        params: idParamsSchema,
        body: consultationRequestSchema,
        response: { 201: consultationSchema, ...errors, ...conflict },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await askConsultation(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/children/:id/consultations',
    {
      schema: {
        tags,
        summary: 'The child’s consultations and their answers, newest first',
        params: idParamsSchema,
        response: { 200: consultationListSchema, ...errors },
      },
    },
    (request) => listChildConsultations(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/consultations/reminders',
    {
      schema: {
        tags,
        summary:
          'Unanswered consultations overdue or due within two working days: asked, to answer, in the pool',
        response: { 200: consultationRemindersSchema, ...errors },
      },
    },
    (request) => consultationReminders(ctxOf(request)),
  );

  app.get(
    '/api/expert/consultations',
    {
      schema: {
        tags,
        summary: 'The expert’s inbox: requests addressed to her, or open ones of her pool (never the child)',
        querystring: expertConsultationQuerySchema,
        response: { 200: consultationListSchema, ...errors },
      },
    },
    (request) => listExpertConsultations(ctxOf(request), request.query.view),
  );

  app.get(
    '/api/consultations/:id',
    {
      schema: {
        tags,
        summary: 'One consultation: with the child for her workers, the request alone for the expert',
        params: idParamsSchema,
        response: { 200: consultationSchema, ...errors },
      },
    },
    (request) => getConsultation(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/consultations/:id/take',
    {
      schema: {
        tags,
        summary: 'An expert of the pool takes the request to answer',
        params: idParamsSchema,
        body: takeConsultationRequestSchema,
        response: { 200: consultationSchema, 409: conflictBodySchema(consultationSchema), ...errors },
      },
    },
    (request) => takeConsultation(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/consultations/:id/answer',
    {
      schema: {
        tags,
        summary: 'The expert’s answer, stored with the child’s record for the asking team',
        params: idParamsSchema,
        body: answerConsultationRequestSchema,
        response: { 200: consultationSchema, 409: conflictBodySchema(consultationSchema), ...errors },
      },
    },
    (request) => answerConsultation(ctxOf(request), request.params.id, request.body),
  );
};
