import { staffNames } from '../children/queries';
import { requireRole } from '../platform/access';
import { appendAudit } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { newId } from '../platform/ids';

/**
 * A team lead lets the next assignment take one of her team's social workers past 30 child clients
 * (LSL §13b), with a reason that stays visible on the team's caseload view. She never sees which child.
 */
export function grantCaseloadOverride(ctx: Ctx, teamId: string, input: { workerId: string; reason: string }) {
  requireRole(ctx, 'caseload:override');
  return asActor(ctx, async (tx) => {
    const now = ctx.clock.now();
    const team = await tx
      .selectFrom('team')
      .select('id')
      .where('id', '=', teamId)
      .where('lead_id', '=', ctx.actor.userId)
      .executeTakeFirst();
    if (!team) throw new AppError('not_found');
    const member = await tx
      .selectFrom('team_member')
      .select('user_id')
      .where('team_id', '=', teamId)
      .where('user_id', '=', input.workerId)
      .where('team_role', 'in', ['social_worker', 'consultant_social_worker'])
      .where('valid_from', '<=', now)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', now)]))
      .executeTakeFirst();
    if (!member) throw new AppError('not_a_team_social_worker');
    const open = await tx
      .selectFrom('caseload_override')
      .select('id')
      .where('worker_id', '=', input.workerId)
      .where('consumed_at', 'is', null)
      .executeTakeFirst();
    if (open) throw new AppError('caseload_override_exists');
    const id = newId();
    await tx
      .insertInto('caseload_override')
      .values({
        id,
        team_id: teamId,
        worker_id: input.workerId,
        reason: input.reason,
        granted_by: ctx.actor.userId,
        granted_at: now,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'caseload:override',
      basis: 'role:team_lead',
      purpose: 'workforce_management',
      details: { teamId, workerId: input.workerId, reason: input.reason },
    });
    const names = await staffNames(tx, [input.workerId, ctx.actor.userId]);
    return {
      id,
      worker: names.get(input.workerId)!,
      reason: input.reason,
      grantedBy: names.get(ctx.actor.userId)!,
      grantedAt: now.toISOString(),
      consumedAt: null,
    };
  });
}
