import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { assessmentRoutes } from './assessments/routes';
import { childrenRoutes } from './children/routes';
import { documentRoutes } from './documents/routes';
import { networkRoutes } from './network/routes';
import { notificationRoutes } from './notifications/routes';
import { planRoutes } from './plans/routes';
import { installAuthentication } from './platform/auth/authenticate';
import { authRoutes } from './platform/auth/routes';
import type { Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { Db, DbKind } from './platform/db';
import { healthRoutes } from './platform/health';
import { installErrorHandling, sendError } from './platform/http-errors';
import { newId } from './platform/ids';
import { teamsRoutes } from './teams/routes';
import { workforceRoutes } from './workforce/routes';
import { worklistRoutes } from './worklists/routes';

export interface AppDeps {
  db: Db;
  dbKind: DbKind;
  clock: Clock;
  config: Config;
}

declare module 'fastify' {
  interface FastifyInstance {
    lumo: AppDeps;
    /** Every API route, as registered: the access matrix test checks that it covers them all. */
    apiRoutes: { method: string; url: string }[];
  }
}

const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(deps: AppDeps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: deps.config.logLevel,
          // Personal data never goes to the technical log: no bodies, no cookies, no query strings.
          serializers: {
            req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
          },
        }
      : false,
    bodyLimit: 1_048_576,
    trustProxy: deps.config.trustProxy,
    genReqId: () => newId(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('lumo', deps);
  const apiRoutes: { method: string; url: string }[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (route.url.startsWith('/api/') && method !== 'HEAD') apiRoutes.push({ method, url: route.url });
    }
  });
  installErrorHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => {
      const error = new Error('too many requests') as Error & { statusCode: number };
      error.statusCode = 429;
      return error;
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Lumo API', version: '0.1.0', description: 'Systemic, multi-agency child protection' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lumo_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-store');
      // The server's own time for the request, for browsers' dev tools and the benchmarks.
      reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(1)}`);
    }
  });

  installAuthentication(app);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(childrenRoutes);
  await app.register(notificationRoutes);
  await app.register(assessmentRoutes);
  await app.register(workforceRoutes);
  await app.register(planRoutes);
  await app.register(worklistRoutes);
  await app.register(documentRoutes);
  await app.register(teamsRoutes);
  await app.register(networkRoutes);

  // The web app's routes live in the browser: any other GET outside the API gets its page.
  const serveWeb = existsSync(webDist);
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    // A missing asset is a 404, not the page: a browser holding an old build then reloads.
    const isPage = !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (serveWeb && request.method === 'GET' && isPage) return reply.sendFile('index.html');
    return sendError(request, reply, 'not_found');
  });
  return app;
}
