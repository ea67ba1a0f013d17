import {
  addTimelineEventRequestSchema,
  changeFamilyChildrenRequestSchema,
  childFamilySchema,
  conflictBodySchema,
  createFamilyRequestSchema,
  errorBodySchema,
  familyRefSchema,
  genogramDraftSchema,
  genogramViewSchema,
  idParamsSchema,
  saveGenogramRequestSchema,
  systemicViewSchema,
  timelineEventSchema,
  timelineSchema,
  updateTimelineEventRequestSchema,
  versionQuerySchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context';
import { draftGenogram } from '../genogram/draft-genogram';
import { getGenogram } from '../genogram/get-genogram';
import { saveGenogram } from '../genogram/save-genogram';
import { errors } from '../route-schemas';
import { addTimelineEvent, removeTimelineEvent, updateTimelineEvent } from '../timeline/change-event';
import { getTimeline } from '../timeline/get-timeline';
import { changeFamilyChildren } from './change-family-children';
import { createFamily } from './create-family';
import { getChildFamily } from './get-child-family';
import { getSystemicView } from './get-systemic-view';

const tags = ['families'];

export const familyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/children/:id/family',
    { schema: { tags, params: idParamsSchema, response: { 200: childFamilySchema, ...errors } } },
    (request) => getChildFamily(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/families',
    {
      schema: {
        tags,
        body: createFamilyRequestSchema,
        response: { 201: familyRefSchema, 409: errorBodySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFamily(ctxOf(request), request.body.childIds)),
  );

  app.put(
    '/api/families/:id/children',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: changeFamilyChildrenRequestSchema,
        response: { 200: familyRefSchema, 409: conflictBodySchema(familyRefSchema), ...errors },
      },
    },
    (request) => changeFamilyChildren(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/families/:id/systemic-view',
    { schema: { tags, params: idParamsSchema, response: { 200: systemicViewSchema, ...errors } } },
    (request) => getSystemicView(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/families/:id/genogram',
    {
      schema: {
        tags: ['genogram'],
        params: idParamsSchema,
        response: { 200: genogramViewSchema, ...errors },
      },
    },
    (request) => getGenogram(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/families/:id/genogram',
    {
      schema: {
        tags: ['genogram'],
        params: idParamsSchema,
        body: saveGenogramRequestSchema,
        response: { 200: genogramViewSchema, 409: conflictBodySchema(genogramViewSchema), ...errors },
      },
    },
    (request) => saveGenogram(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/families/:id/genogram/from-record',
    {
      schema: {
        tags: ['genogram'],
        params: idParamsSchema,
        response: { 200: genogramDraftSchema, ...errors },
      },
    },
    (request) => draftGenogram(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/families/:id/timeline',
    { schema: { tags: ['timeline'], params: idParamsSchema, response: { 200: timelineSchema, ...errors } } },
    (request) => getTimeline(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/families/:id/timeline-events',
    {
      schema: {
        tags: ['timeline'],
        params: idParamsSchema,
        body: addTimelineEventRequestSchema,
        response: { 201: timelineEventSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTimelineEvent(ctxOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/timeline-events/:id',
    {
      schema: {
        tags: ['timeline'],
        params: idParamsSchema,
        body: updateTimelineEventRequestSchema,
        response: { 200: timelineEventSchema, 409: conflictBodySchema(timelineEventSchema), ...errors },
      },
    },
    (request) => updateTimelineEvent(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/timeline-events/:id',
    {
      schema: {
        tags: ['timeline'],
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), 409: conflictBodySchema(timelineEventSchema), ...errors },
      },
    },
    async (request, reply) => {
      await removeTimelineEvent(ctxOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
};
