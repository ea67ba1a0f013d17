import {
  addAttendeeRequestSchema,
  addExperimentRequestSchema,
  addHypothesisRequestSchema,
  addRecordEntryRequestSchema,
  agendaItemHeadSchema,
  agendaItemSchema,
  attendeeSchema,
  conflictBodySchema,
  errorBodySchema,
  experimentSchema,
  familySummarySchema,
  followUpExperimentRequestSchema,
  hypothesisSchema,
  idParamsSchema,
  recordEntrySchema,
  saveSummaryRequestSchema,
  shareSummaryRequestSchema,
  updateAgendaItemRequestSchema,
  updateExperimentRequestSchema,
  updateHypothesisRequestSchema,
  updateRecordEntryRequestSchema,
  versionQuerySchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context';
import { removeAgendaItem } from '../agenda/remove-agenda-item';
import { errors } from '../route-schemas';
import { addEntry } from './add-entry';
import { addExperiment } from './add-experiment';
import { addHypothesis } from './add-hypothesis';
import { addAttendee, removeAttendee } from './attendees';
import { removeRecordEntry, updateRecordEntry } from './change-entry';
import { followUpExperiment } from './follow-up-experiment';
import { saveSummary, shareSummary } from './summary';
import { updateAgendaItem } from './update-agenda-item';
import { updateExperiment } from './update-experiment';
import { updateHypothesis } from './update-hypothesis';

const tags = ['reflective record'];

export const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/api/agenda-items/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateAgendaItemRequestSchema,
        response: { 200: agendaItemHeadSchema, 409: conflictBodySchema(agendaItemHeadSchema), ...errors },
      },
    },
    (request) => updateAgendaItem(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/agenda-items/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), 409: conflictBodySchema(agendaItemSchema), ...errors },
      },
    },
    async (request, reply) => {
      await removeAgendaItem(ctxOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/agenda-items/:id/hypotheses',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: addHypothesisRequestSchema,
        response: { 201: hypothesisSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addHypothesis(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/hypotheses/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateHypothesisRequestSchema,
        response: { 200: hypothesisSchema, 409: conflictBodySchema(hypothesisSchema), ...errors },
      },
    },
    (request) => updateHypothesis(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/agenda-items/:id/entries',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: addRecordEntryRequestSchema,
        response: { 201: recordEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addEntry(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/record-entries/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateRecordEntryRequestSchema,
        response: { 200: recordEntrySchema, 409: conflictBodySchema(recordEntrySchema), ...errors },
      },
    },
    (request) => updateRecordEntry(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/record-entries/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), 409: conflictBodySchema(recordEntrySchema), ...errors },
      },
    },
    async (request, reply) => {
      await removeRecordEntry(ctxOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/agenda-items/:id/experiments',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: addExperimentRequestSchema,
        response: { 201: experimentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addExperiment(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/experiments/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateExperimentRequestSchema,
        response: { 200: experimentSchema, 409: conflictBodySchema(experimentSchema), ...errors },
      },
    },
    (request) => updateExperiment(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/experiments/:id/follow-ups',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: followUpExperimentRequestSchema,
        response: { 201: experimentSchema, 409: conflictBodySchema(experimentSchema), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await followUpExperiment(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/agenda-items/:id/attendees',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: addAttendeeRequestSchema,
        response: { 201: attendeeSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAttendee(ctxOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/discussion-attendees/:id',
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await removeAttendee(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/agenda-items/:id/summary',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: saveSummaryRequestSchema,
        response: {
          200: familySummarySchema,
          409: conflictBodySchema(familySummarySchema.nullable()),
          ...errors,
        },
      },
    },
    (request) => saveSummary(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/agenda-items/:id/summary/share',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: shareSummaryRequestSchema,
        response: { 200: familySummarySchema, 409: errorBodySchema, ...errors },
      },
    },
    (request) => shareSummary(ctxOf(request), request.params.id, request.body),
  );
};
