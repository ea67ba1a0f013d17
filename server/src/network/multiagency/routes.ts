import {
  actionCardListSchema,
  actionCardSchema,
  childMultiagencyListSchema,
  conflictBodySchema,
  createActionCardRequestSchema,
  idParamsSchema,
  multiagencySchema,
  multiagencyTaskSchema,
  networkMeetingRequestSchema,
  networkMeetingSchema,
  saveMultiagencySummaryRequestSchema,
  shareMultiagencySummaryRequestSchema,
  updateActionCardRequestSchema,
  updateMultiagencyRequestSchema,
  updateNetworkMeetingRequestSchema,
  updateTaskRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context';
import { conflict, errors } from '../route-schemas';
import { createActionCard, listActionCards, updateActionCard } from './action-cards';
import { getMultiagency } from './get';
import { listChildMultiagency } from './list-for-child';
import { addNetworkMeeting, updateNetworkMeeting } from './meetings';
import { startMultiagency } from './start';
import { saveMultiagencySummary, shareMultiagencySummary } from './summary';
import { updateMultiagency } from './update';
import { updateTask } from './update-task';

const tags = ['multi-agency assessment'];
const conflictWithView = { 409: conflictBodySchema(multiagencySchema) };

export const multiagencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/action-cards',
    {
      schema: {
        tags,
        summary: 'The action cards of the county’s multi-agency assessment, by phase',
        response: { 200: actionCardListSchema, ...errors },
      },
    },
    (request) => listActionCards(ctxOf(request)),
  );

  app.post(
    '/api/action-cards',
    {
      schema: {
        tags,
        summary: 'Add an action card (development coordinators and team leads)',
        body: createActionCardRequestSchema,
        response: { 201: actionCardSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createActionCard(ctxOf(request), request.body)),
  );

  app.patch(
    '/api/action-cards/:id',
    {
      schema: {
        tags,
        summary: 'Change an action card (versioned); work already started keeps its tasks',
        params: idParamsSchema,
        body: updateActionCardRequestSchema,
        response: { 200: actionCardSchema, 409: conflictBodySchema(actionCardSchema), ...errors },
      },
    },
    (request) => updateActionCard(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/assessments/:id/multiagency',
    {
      schema: {
        tags,
        summary: 'Start multi-agency work on a service-need assessment under way',
        params: idParamsSchema,
        response: { 201: multiagencySchema, ...conflict, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startMultiagency(ctxOf(request), request.params.id)),
  );

  app.get(
    '/api/children/:id/multiagency-assessments',
    {
      schema: {
        tags,
        summary: 'The child’s multi-agency assessments, and the open assessment to start one on',
        params: idParamsSchema,
        response: { 200: childMultiagencyListSchema, ...errors },
      },
    },
    (request) => listChildMultiagency(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/multiagency-assessments/:id',
    {
      schema: {
        tags,
        summary: 'The whole assessment: tasks, partners, every perspective side by side, meetings, summary',
        params: idParamsSchema,
        response: { 200: multiagencySchema, ...errors },
      },
    },
    (request) => getMultiagency(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/multiagency-assessments/:id',
    {
      schema: {
        tags,
        summary: 'Move the work to another phase (versioned)',
        params: idParamsSchema,
        body: updateMultiagencyRequestSchema,
        response: { 200: multiagencySchema, ...conflictWithView, ...errors },
      },
    },
    (request) => updateMultiagency(ctxOf(request), request.params.id, request.body),
  );

  app.patch(
    '/api/multiagency-tasks/:id',
    {
      schema: {
        tags,
        summary: 'Mark a task done, name who does it, move its day, note (versioned)',
        params: idParamsSchema,
        body: updateTaskRequestSchema,
        response: { 200: multiagencyTaskSchema, 409: conflictBodySchema(multiagencyTaskSchema), ...errors },
      },
    },
    (request) => updateTask(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/multiagency-assessments/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Record a joint network meeting: date, attendees, record, next steps',
        params: idParamsSchema,
        body: networkMeetingRequestSchema,
        response: { 201: networkMeetingSchema, ...conflict, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNetworkMeeting(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/network-meetings/:id',
    {
      schema: {
        tags,
        summary: 'Correct a joint meeting’s record (versioned)',
        params: idParamsSchema,
        body: updateNetworkMeetingRequestSchema,
        response: { 200: networkMeetingSchema, 409: conflictBodySchema(networkMeetingSchema), ...errors },
      },
    },
    (request) => updateNetworkMeeting(ctxOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/multiagency-assessments/:id/summary',
    {
      schema: {
        tags,
        summary: 'Write the summary (`version: null` for the first); editing takes back its sharing',
        params: idParamsSchema,
        body: saveMultiagencySummaryRequestSchema,
        response: { 200: multiagencySchema, ...conflictWithView, ...errors },
      },
    },
    (request) => saveMultiagencySummary(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/multiagency-assessments/:id/summary/share',
    {
      schema: {
        tags,
        summary: 'The responsible worker shares the summary with the invited partners, or takes it back',
        params: idParamsSchema,
        body: shareMultiagencySummaryRequestSchema,
        response: { 200: multiagencySchema, ...conflictWithView, ...errors },
      },
    },
    (request) => shareMultiagencySummary(ctxOf(request), request.params.id, request.body),
  );
};
