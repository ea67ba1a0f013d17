import type { ClientPlan } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { newId } from '../platform/ids';
import { findPlan, toPlanJson } from './queries';

/**
 * Starts a new version of the child's client plan (LSL §30) as a draft: the first one empty, each later
 * one from the plan last agreed, which stays as it was.
 */
export function createPlan(ctx: Ctx, childId: string): Promise<ClientPlan> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'clientPlan:edit');
    const c = await tx
      .selectFrom('child_case')
      .select(['id', 'phase'])
      .where('child_id', '=', childId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (c?.phase !== 'client') throw new AppError('not_a_client');
    const plans = await tx
      .selectFrom('client_plan')
      .selectAll()
      .where('case_id', '=', c.id)
      .orderBy('plan_no', 'desc')
      .execute();
    if (plans.some((p) => p.status === 'draft')) throw new AppError('client_plan_draft_exists');
    const base = plans.find((p) => p.status === 'agreed');
    const now = ctx.clock.now();
    const id = newId();
    await tx
      .insertInto('client_plan')
      .values({
        id,
        child_id: childId,
        case_id: c.id,
        plan_no: (plans[0]?.plan_no ?? 0) + 1,
        status: 'draft',
        ...(base
          ? {
              circumstances_to_change: base.circumstances_to_change,
              support_needed: base.support_needed,
              services: JSON.stringify(base.services),
              goals: JSON.stringify(base.goals),
              child_views: base.child_views,
              guardian_views: base.guardian_views,
              dissenting_views: base.dissenting_views,
              participants: JSON.stringify(base.participants),
            }
          : {}),
        based_on_id: base?.id ?? null,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'clientPlan:create',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { planId: id, basedOn: base?.id ?? null },
    });
    return toPlanJson(tx, await findPlan(tx, id), access.can);
  });
}
