import type { Language } from '@lumo/domain';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db, Tx } from './db';
import { AppError } from './http-errors';

/** The signed-in person a request acts for. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  title: string;
  organisationId: string;
  roles: string[];
  language: Language;
}

/** What a command needs to know about the request it serves. */
export interface Ctx {
  db: Db;
  clock: Clock;
  config: Config;
  actor: Actor;
  requestId: string;
}

export function ctxOf(request: FastifyRequest): Ctx {
  const actor = request.actor;
  if (!actor) throw new AppError('unauthenticated');
  const { db, clock, config } = request.server.lumo;
  return { db, clock, config, actor, requestId: request.id };
}

/**
 * Runs fn in one transaction as the unprivileged app role, with the actor and the request's clock
 * in transaction-local settings that the row-level security policies read.
 */
export async function asActor<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${ctx.actor.userId}, true),
      set_config('lumo.now', ${ctx.clock.now().toISOString()}, true)`.execute(tx);
    return fn(tx);
  });
}
