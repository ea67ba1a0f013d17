import {
  errorBodySchema,
  languageRequestSchema,
  loginRequestSchema,
  type SessionInfo,
  sessionSchema,
  totpCodeRequestSchema,
  totpSetupSchema,
} from '@lumo/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleCan } from '../access';
import { appendAudit } from '../audit';
import { AppError } from '../http-errors';
import { loginWithPassword } from './login';
import { countWrongSecondFactor } from './second-factor-lockout';
import { endSession, SESSION_COOKIE, setSecondFactor } from './sessions';
import { checkTotp, newTotpSecret, totpUri } from './totp';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 429: errorBodySchema };

// Codes are limited per signed-in session, not per address: an office behind one address would
// otherwise share ten tries a minute. Guessing across sessions is stopped by the account's own count.
const secondFactorRateLimit = {
  max: 10,
  timeWindow: 60_000,
  keyGenerator: (request: FastifyRequest) => request.session?.id ?? request.ip,
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, clock } = app.lumo;

  async function sessionInfo(request: FastifyRequest): Promise<SessionInfo> {
    const session = request.session!;
    const user = await db
      .selectFrom('staff_user as u')
      .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.username', 'u.first_name', 'u.last_name', 'u.title', 'u.roles', 'u.language'])
      .select(['o.id as org_id', 'o.name_fi', 'o.name_sv', 'u.totp_enabled_at'])
      .where('u.id', '=', session.userId)
      .executeTakeFirstOrThrow();
    return {
      user: {
        id: user.id,
        username: user.username,
        name: `${user.first_name} ${user.last_name}`,
        title: user.title,
        roles: user.roles,
        language: user.language,
        organisation: { id: user.org_id, name: { fi: user.name_fi, sv: user.name_sv } },
        totpEnabled: user.totp_enabled_at !== null,
      },
      secondFactor: session.secondFactor,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutMinutes: config.sessionIdleMinutes,
      can:
        session.secondFactor === 'pending' || session.secondFactor === 'enrolment_required'
          ? []
          : roleCan(user.roles),
    };
  }

  function setCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: config.sessionAbsoluteHours * 3600,
    });
  }

  app.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 } },
      schema: { tags: ['auth'], body: loginRequestSchema, response: { 200: sessionSchema, ...errors } },
    },
    async (request, reply) => {
      const { token, session } = await loginWithPassword(app.lumo, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? '',
        ip: request.ip,
        requestId: request.id,
      });
      setCookie(request, reply, token);
      request.session = session;
      return sessionInfo(request);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { beforeSecondFactor: true },
      schema: { tags: ['auth'], response: { 200: sessionSchema, 401: errorBodySchema } },
    },
    (request) => sessionInfo(request),
  );

  app.post(
    '/api/auth/logout',
    {
      config: { beforeSecondFactor: true },
      schema: { tags: ['auth'], response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      await endSession(db, request.session!.id, clock.now());
      await appendAudit(db, { actor, clock, requestId: request.id }, { action: 'auth:logout' });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/verify',
    {
      config: { beforeSecondFactor: true, rateLimit: secondFactorRateLimit },
      schema: { tags: ['auth'], body: totpCodeRequestSchema, response: { 200: sessionSchema, ...errors } },
    },
    async (request) => {
      const session = request.session!;
      const actor = request.actor!;
      const user = await db
        .selectFrom('staff_user')
        .select(['totp_secret', 'totp_last_step', 'locked_until'])
        .where('id', '=', session.userId)
        .executeTakeFirstOrThrow();
      if (session.secondFactor !== 'pending' || !user.totp_secret) throw new AppError('forbidden');
      const auditCtx = { actor, clock, requestId: request.id };
      const now = clock.now();
      if (user.locked_until && user.locked_until > now) {
        await endSession(db, session.id, now);
        await appendAudit(db, auditCtx, {
          action: 'auth:second_factor',
          outcome: 'denied',
          details: { reason: 'locked' },
        });
        throw new AppError('account_locked');
      }
      const step = await checkTotp(user.totp_secret, request.body.code, now, user.totp_last_step);
      if (step === null) {
        const locked = await countWrongSecondFactor(db, config, session.userId, now);
        if (locked) await endSession(db, session.id, now);
        await appendAudit(db, auditCtx, {
          action: 'auth:second_factor',
          outcome: 'denied',
          details: { reason: locked ? 'wrong_code_locked' : 'wrong_code' },
        });
        throw new AppError(locked ? 'account_locked' : 'invalid_second_factor');
      }
      await db
        .updateTable('staff_user')
        .set({ totp_last_step: step, failed_second_factor_count: 0 })
        .where('id', '=', session.userId)
        .execute();
      await setSecondFactor(db, session.id, 'verified');
      await appendAudit(db, auditCtx, { action: 'auth:second_factor' });
      request.session = { ...session, secondFactor: 'verified' };
      return sessionInfo(request);
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { beforeSecondFactor: true },
      schema: { tags: ['auth'], response: { 200: totpSetupSchema, ...errors } },
    },
    async (request) => {
      const session = request.session!;
      if (session.secondFactor === 'pending') throw new AppError('second_factor_required');
      const secret = newTotpSecret();
      await db
        .updateTable('staff_user')
        .set({ totp_pending_secret: secret })
        .where('id', '=', session.userId)
        .execute();
      return { secret, otpauthUrl: totpUri(secret, request.actor!.username) };
    },
  );

  app.post(
    '/api/auth/totp/confirm',
    {
      config: { beforeSecondFactor: true, rateLimit: secondFactorRateLimit },
      schema: { tags: ['auth'], body: totpCodeRequestSchema, response: { 200: sessionSchema, ...errors } },
    },
    async (request) => {
      const session = request.session!;
      if (session.secondFactor === 'pending') throw new AppError('second_factor_required');
      const user = await db
        .selectFrom('staff_user')
        .select(['totp_pending_secret'])
        .where('id', '=', session.userId)
        .executeTakeFirstOrThrow();
      if (!user.totp_pending_secret) throw new AppError('invalid_second_factor');
      const step = await checkTotp(user.totp_pending_secret, request.body.code, clock.now(), null);
      if (step === null) throw new AppError('invalid_second_factor');
      await db
        .updateTable('staff_user')
        .set({
          totp_secret: user.totp_pending_secret,
          totp_pending_secret: null,
          totp_enabled_at: clock.now(),
          totp_last_step: step,
        })
        .where('id', '=', session.userId)
        .execute();
      await setSecondFactor(db, session.id, 'verified');
      await appendAudit(
        db,
        { actor: request.actor!, clock, requestId: request.id },
        { action: 'auth:second_factor_enrolled' },
      );
      request.session = { ...session, secondFactor: 'verified' };
      return sessionInfo(request);
    },
  );

  app.put(
    '/api/auth/language',
    { schema: { tags: ['auth'], body: languageRequestSchema, response: { 200: sessionSchema, ...errors } } },
    async (request) => {
      await db
        .updateTable('staff_user')
        .set({ language: request.body.language })
        .where('id', '=', request.session!.userId)
        .execute();
      return sessionInfo(request);
    },
  );
};
