import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../context';
import { AppError } from '../http-errors';
import { type LoadedSession, loadSession, SESSION_COOKIE, type SessionRecord } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionRecord | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, health). */
    public?: boolean;
    /** Reachable before the second factor is given (the steps that give it, sign-out). */
    beforeSecondFactor?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function actorOf(loaded: LoadedSession): Actor {
  const { user } = loaded;
  return {
    userId: user.id,
    username: user.username,
    name: `${user.firstName} ${user.lastName}`,
    title: user.title,
    organisationId: user.organisationId,
    roles: user.roles,
    language: user.language,
  };
}

/**
 * Every API request passes here before its body is even read: a live session, the CSRF token on
 * unsafe methods, and the second factor where the role requires one.
 */
export function installAuthentication(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (
      !request.url.startsWith('/api/') ||
      request.url.startsWith('/api/docs') ||
      request.routeOptions.config?.public
    ) {
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const { db, config, clock } = app.lumo;
    const loaded = token ? await loadSession(db, config, token, clock.now()) : null;
    if (!loaded) throw new AppError('unauthenticated');
    request.session = loaded.session;
    request.actor = actorOf(loaded);
    if (UNSAFE.has(request.method) && !sameToken(request.headers['x-csrf-token'], loaded.session.csrfToken)) {
      throw new AppError('csrf_failed');
    }
    const factor = loaded.session.secondFactor;
    if (
      (factor === 'pending' || factor === 'enrolment_required') &&
      !request.routeOptions.config?.beforeSecondFactor
    ) {
      throw new AppError(
        factor === 'pending' ? 'second_factor_required' : 'second_factor_enrolment_required',
      );
    }
  });
}
