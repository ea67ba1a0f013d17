import { EMERGENCY_ACCESS_MAX_MINUTES } from '@lumo/domain';
import { sql } from 'kysely';
import { relationshipsTo, requireRole } from '../platform/access';
import { appendAudit } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { newId } from '../platform/ids';

/**
 * Break-the-glass: a team lead opens a child she has no relationship with, for at most two
 * hours, with a written reason. The responsible worker and the child's team lead see it.
 */
export function takeEmergencyAccess(ctx: Ctx, childId: string, reason: string) {
  requireRole(ctx, 'child:takeEmergencyAccess');
  return asActor(ctx, async (tx) => {
    const { rows } = await sql<{ is_child: boolean }>`SELECT lumo_is_child(${childId}) AS is_child`.execute(
      tx,
    );
    if (!rows[0]?.is_child) throw new AppError('not_found');
    const held = await relationshipsTo(tx, ctx, childId);
    if (held.some((r) => r.kind === 'responsible' || r.kind === 'team')) {
      throw new AppError('emergency_access_not_needed');
    }
    const validFrom = ctx.clock.now();
    const validTo = new Date(validFrom.getTime() + EMERGENCY_ACCESS_MAX_MINUTES * 60_000);
    const id = newId();
    await tx
      .insertInto('access_relationship')
      .values({
        id,
        user_id: ctx.actor.userId,
        child_id: childId,
        kind: 'emergency',
        valid_from: validFrom,
        valid_to: validTo,
        reason,
        granted_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'child:takeEmergencyAccess',
      childIds: [childId],
      basis: 'emergency_access',
      purpose: 'emergency',
      details: { reason, validTo: validTo.toISOString() },
    });
    return { id, childId, validFrom: validFrom.toISOString(), validTo: validTo.toISOString(), reason };
  });
}
