import {
  addToAgendaRequestSchema,
  agendaItemSchema,
  conflictBodySchema,
  createMeetingSeriesRequestSchema,
  errorBodySchema,
  idParamsSchema,
  meetingListSchema,
  meetingPageSchema,
  meetingSeriesSchema,
  meetingSummarySchema,
  meetingsQuerySchema,
  orderAgendaRequestSchema,
  updateMeetingRequestSchema,
  updateMeetingResponseSchema,
  updateMeetingSeriesRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context';
import { addToAgenda } from '../agenda/add-to-agenda';
import { closeAgenda, orderAgenda } from '../agenda/arrange-agenda';
import { errors } from '../route-schemas';
import { createMeetingSeries } from './create-series';
import { getMeeting } from './get-meeting';
import { listMeetings } from './list-meetings';
import { updateMeeting } from './update-meeting';
import { updateMeetingSeries } from './update-series';

const tags = ['meetings'];

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/teams/:id/meeting-series',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: createMeetingSeriesRequestSchema,
        response: { 201: meetingSeriesSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeetingSeries(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/meeting-series/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateMeetingSeriesRequestSchema,
        response: { 200: meetingSeriesSchema, 409: conflictBodySchema(meetingSeriesSchema), ...errors },
      },
    },
    (request) => updateMeetingSeries(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/teams/:id/meetings',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: meetingsQuerySchema,
        response: { 200: meetingListSchema, ...errors },
      },
    },
    (request) => listMeetings(ctxOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/meetings/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: meetingPageSchema, ...errors } } },
    (request) => getMeeting(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateMeetingRequestSchema,
        response: {
          200: updateMeetingResponseSchema,
          409: conflictBodySchema(meetingSummarySchema),
          ...errors,
        },
      },
    },
    (request) => updateMeeting(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/agenda',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: addToAgendaRequestSchema,
        response: { 201: agendaItemSchema, 409: conflictBodySchema(agendaItemSchema), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addToAgenda(ctxOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/meetings/:id/agenda/order',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: orderAgendaRequestSchema,
        response: { 200: z.object({ itemIds: z.array(z.string()) }), 409: errorBodySchema, ...errors },
      },
    },
    (request) => orderAgenda(ctxOf(request), request.params.id, request.body.itemIds),
  );

  app.post(
    '/api/meetings/:id/agenda/close',
    { schema: { tags, params: idParamsSchema, response: { 200: meetingSummarySchema, ...errors } } },
    (request) => closeAgenda(ctxOf(request), request.params.id, true),
  );

  app.post(
    '/api/meetings/:id/agenda/reopen',
    { schema: { tags, params: idParamsSchema, response: { 200: meetingSummarySchema, ...errors } } },
    (request) => closeAgenda(ctxOf(request), request.params.id, false),
  );
};
