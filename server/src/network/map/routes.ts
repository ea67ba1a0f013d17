import {
  conflictBodySchema,
  idParamsSchema,
  networkMapVersionListSchema,
  networkMapVersionParamsSchema,
  networkMapVersionSchema,
  networkMapViewSchema,
  saveNetworkMapRequestSchema,
} from '@lumo/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context';
import { errors } from '../route-schemas';
import { getNetworkMap } from './get-network-map';
import { getNetworkMapVersion } from './get-version';
import { listNetworkMapVersions } from './list-versions';
import { saveNetworkMap } from './save-network-map';

const tags = ['network map'];

export const networkMapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/children/:id/network-map',
    {
      schema: {
        tags,
        summary: 'The child’s network map as it is now (version 0: only the child), with the record’s people',
        params: idParamsSchema,
        response: { 200: networkMapViewSchema, ...errors },
      },
    },
    (request) => getNetworkMap(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/children/:id/network-map',
    {
      schema: {
        tags,
        summary:
          'Save the whole map as a new version, edited from `baseVersion` (409 with the current map if stale)',
        params: idParamsSchema,
        body: saveNetworkMapRequestSchema,
        response: { 200: networkMapViewSchema, 409: conflictBodySchema(networkMapViewSchema), ...errors },
      },
    },
    (request) => saveNetworkMap(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/children/:id/network-map/versions',
    {
      schema: {
        tags,
        summary: 'Every saved version, newest first',
        params: idParamsSchema,
        response: { 200: networkMapVersionListSchema, ...errors },
      },
    },
    (request) => listNetworkMapVersions(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/children/:id/network-map/versions/:version',
    {
      schema: {
        tags,
        summary: 'One saved version, to compare with another',
        params: networkMapVersionParamsSchema,
        response: { 200: networkMapVersionSchema, ...errors },
      },
    },
    (request) => getNetworkMapVersion(ctxOf(request), request.params.id, request.params.version),
  );
};
