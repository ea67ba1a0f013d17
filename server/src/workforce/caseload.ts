import { CASELOAD_LIMIT } from '@lumo/domain';
import { sql } from 'kysely';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';

export async function clientCount(tx: Tx, workerId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT lumo_client_count(${workerId}) AS n`.execute(tx);
  return Number(rows[0]?.n ?? 0);
}

export interface CaseloadRoom {
  /** The worker's child clients once the case is hers. */
  clientCount: number;
  overrideUsed: boolean;
}

/**
 * Makes room for one more child client of the worker (LSL §13b): under the limit it simply counts;
 * at the limit it consumes the exception a team lead granted, or refuses with the worker's count.
 * Assignments to one worker queue on a lock, so two at once cannot both take the 30th place.
 */
export async function takeCaseloadRoom(
  tx: Tx,
  ctx: Ctx,
  workerId: string,
  caseId: string,
): Promise<CaseloadRoom> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`caseload:${workerId}`}, 0))`.execute(tx);
  const count = await clientCount(tx, workerId);
  if (count < CASELOAD_LIMIT) return { clientCount: count + 1, overrideUsed: false };
  const override = await tx
    .updateTable('caseload_override')
    .set({ consumed_at: ctx.clock.now(), consumed_by: ctx.actor.userId, consumed_case_id: caseId })
    .where('worker_id', '=', workerId)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
  if (Number(override.numUpdatedRows) === 1) return { clientCount: count + 1, overrideUsed: true };
  throw new AppError('caseload_limit_reached', [], { workerId, clientCount: count, limit: CASELOAD_LIMIT });
}
