import {
  childClockSchema,
  deadlineWorklistSchema,
  errorBodySchema,
  idParamsSchema,
  worklistQuerySchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../platform/context';
import { getChildClock } from './get-child-clock';
import { getDeadlines } from './get-deadlines';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const tags = ['worklists'];

export const worklistRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/deadlines',
    {
      schema: {
        tags,
        summary: "Every open statutory deadline of my children (scope=mine) or my team's (scope=team)",
        description:
          'Most pressing first, with the number of deadlines in each group. With `later=N`, only the first N of the later group (due in more than a week) are sent; `counts` still covers them all.',
        querystring: worklistQuerySchema,
        response: { 200: deadlineWorklistSchema, ...errors },
      },
    },
    (request) => getDeadlines(ctxOf(request), request.query),
  );

  app.get(
    '/api/children/:id/clock',
    {
      schema: {
        tags,
        summary: "The child's statutory clock: phase, notifications, assessments, plan and deadlines",
        params: idParamsSchema,
        response: { 200: childClockSchema, ...errors },
      },
    },
    (request) => getChildClock(ctxOf(request), request.params.id),
  );
};
