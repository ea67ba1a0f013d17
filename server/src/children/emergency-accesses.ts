import { sql } from 'kysely';
import { requireRole } from '../platform/access';
import { appendAudit } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { staffNames } from './queries';

const REVIEW_DAYS = 30;

/**
 * Emergency accesses others took to the children the actor is responsible for, or to children of
 * the teams she leads, in the last 30 days.
 */
export async function emergencyAccessesToReview(tx: Tx, ctx: Ctx) {
  const since = new Date(ctx.clock.now().getTime() - REVIEW_DAYS * 86_400_000);
  const { rows } = await sql<{
    id: string;
    user_id: string;
    child_id: string;
    child_name: string;
    valid_from: Date;
    valid_to: Date;
    reason: string;
  }>`SELECT * FROM lumo_emergency_accesses_to_review(${since})`.execute(tx);
  const names = await staffNames(
    tx,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => ({
    id: r.id,
    user: names.get(r.user_id) ?? { id: r.user_id, name: '', title: '', role: null },
    child: { id: r.child_id, name: r.child_name },
    validFrom: r.valid_from.toISOString(),
    validTo: r.valid_to.toISOString(),
    reason: r.reason,
  }));
}

/** The team lead's review of emergency accesses to the children of her teams. */
export function reviewEmergencyAccesses(ctx: Ctx) {
  requireRole(ctx, 'emergencyAccess:review');
  return asActor(ctx, async (tx) => {
    const accesses = await emergencyAccessesToReview(tx, ctx);
    await appendAudit(tx, ctx, {
      action: 'emergencyAccess:review',
      childIds: [...new Set(accesses.map((a) => a.child.id))],
      basis: 'role:team_lead',
      purpose: 'use_log_review',
    });
    return { accesses };
  });
}
