import type { AuditLog } from '@lumo/domain';
import { sql } from 'kysely';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit } from '../platform/audit';
import type { Ctx } from '../platform/context';

const MAX_ROWS = 500;

/** Who has used the child's data, when and on what basis (Act 703/2023 §10–11). */
export function getChildAuditLog(ctx: Ctx, childId: string): Promise<AuditLog> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'child:readAuditLog');
    const { rows } = await sql<{
      seq: number;
      occurred_at: Date;
      actor_id: string | null;
      actor_name: string;
      organisation_id: string | null;
      action: string;
      outcome: string;
      basis: string;
      purpose: string;
    }>`SELECT * FROM lumo_child_audit_log(${childId}, ${MAX_ROWS})`.execute(tx);
    await appendAudit(tx, ctx, {
      action: 'child:readAuditLog',
      childIds: [childId],
      basis: access.basis,
      purpose: 'use_log_review',
    });
    return {
      entries: rows.map((r) => ({
        seq: r.seq,
        occurredAt: r.occurred_at.toISOString(),
        actor: { id: r.actor_id, name: r.actor_name },
        organisationId: r.organisation_id,
        action: r.action,
        outcome: r.outcome,
        basis: r.basis,
        purpose: r.purpose,
      })),
    };
  });
}
