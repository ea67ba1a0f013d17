import {
  birthRecordedSchema,
  errorBodySchema,
  idParamsSchema,
  notificationRegisterQuerySchema,
  notificationRegisterSchema,
  notificationSchema,
  recordBirthRequestSchema,
  registerNotificationRequestSchema,
  urgencyAssessmentRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../platform/context';
import { assessUrgency } from './assess-urgency';
import { getNotification } from './get-notification';
import { listNotifications } from './list-notifications';
import { recordBirth } from './record-birth';
import { registerNotification } from './register-notification';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Register a child welfare notification (LSL §25, §25a, §25c)',
        body: registerNotificationRequestSchema,
        response: { 201: notificationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerNotification(ctxOf(request), request.body)),
  );

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'The notification register (LSL §25b), per child or municipality',
        querystring: notificationRegisterQuerySchema,
        response: { 200: notificationRegisterSchema, ...errors },
      },
    },
    (request) => listNotifications(ctxOf(request), request.query),
  );

  app.get(
    '/api/notifications/:id',
    {
      schema: {
        tags,
        summary: 'One notification with its statutory dates',
        params: idParamsSchema,
        response: { 200: notificationSchema, ...errors },
      },
    },
    (request) => getNotification(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/notifications/:id/urgency-assessment',
    {
      schema: {
        tags,
        summary: 'Record the immediate urgency assessment (LSL §26)',
        params: idParamsSchema,
        body: urgencyAssessmentRequestSchema,
        response: { 200: notificationSchema, ...errors },
      },
    },
    (request) => assessUrgency(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/children/:id/birth',
    {
      schema: {
        tags,
        summary: 'Record the birth of a child expected in a pre-birth notification (LSL §25c)',
        params: idParamsSchema,
        body: recordBirthRequestSchema,
        response: { 200: birthRecordedSchema, ...errors },
      },
    },
    (request) => recordBirth(ctxOf(request), request.params.id, request.body),
  );
};
