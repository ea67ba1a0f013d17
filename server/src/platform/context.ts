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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ActorTransactionOptions {
  /**
   * How its parameterised statements are planned. 'generic' (the default): once per connection, as
   * prepared, whatever the values. 'perExecution': PostgreSQL decides each time, for statements whose
   * best plan depends on the values — word searches, where a rare word wants an index and a common one
   * an ordered scan.
   */
  plans?: 'generic' | 'perExecution';
}

/**
 * Runs fn in one transaction as the unprivileged app role, with the actor and the request's clock
 * in transaction-local settings that the row-level security policies read.
 *
 * Every request that touches client data pays for this, so the transaction's start and the settings
 * go to the database in one round trip: as one message of several statements, which carries no
 * parameters, so the two values are written into it — the actor's id as read from our own session
 * table and the clock's ISO instant, both checked here first.
 *
 * Plans are generic unless asked otherwise: the policies make a statement several times costlier to
 * plan than to run (the own worklist: 3 ms planning, 1 ms running), and PostgreSQL's own choice keeps
 * planning such statements afresh because a plan made without the values looks costlier on paper.
 */
export async function asActor<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T>;
export async function asActor<T>(
  ctx: Ctx,
  options: ActorTransactionOptions,
  fn: (tx: Tx) => Promise<T>,
): Promise<T>;
export async function asActor<T>(
  ctx: Ctx,
  ...rest: [(tx: Tx) => Promise<T>] | [ActorTransactionOptions, (tx: Tx) => Promise<T>]
): Promise<T> {
  const [options, fn] = rest.length === 1 ? [{}, rest[0]] : rest;
  const actor = ctx.actor.userId;
  const now = ctx.clock.now().toISOString();
  if (!UUID.test(actor) || !/^[\d:.TZ-]+$/.test(now)) throw new Error('actor settings out of shape');
  return ctx.db.connection().execute(async (connection) => {
    const plans = options.plans === 'perExecution' ? 'auto' : 'force_generic_plan';
    await sql
      .raw(
        `BEGIN; SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', '${actor}', true), set_config('lumo.now', '${now}', true), set_config('plan_cache_mode', '${plans}', true)`,
      )
      .execute(connection);
    let result: T;
    try {
      // A transaction in all but Kysely's type, which only its own transaction() hands out.
      result = await fn(connection as unknown as Tx);
    } catch (error) {
      await sql.raw('ROLLBACK').execute(connection);
      throw error;
    }
    // PostgreSQL answers COMMIT with ROLLBACK when an earlier error had aborted the transaction.
    const { rows } = await sql.raw<{ command?: string }>('COMMIT').execute(connection);
    if (rows[0]?.command === 'ROLLBACK') throw new Error('the transaction was aborted and did not commit');
    return result;
  });
}
