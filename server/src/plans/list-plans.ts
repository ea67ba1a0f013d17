import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';

/** Every version of the child's client plans, newest first. */
export function listPlans(ctx: Ctx, childId: string) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'clientPlan:read');
    const plans = await tx
      .selectFrom('client_plan')
      .select(['id', 'plan_no', 'status', 'plan_date', 'review_due', 'updated_at', 'case_id'])
      .where('child_id', '=', childId)
      .orderBy('created_at', 'desc')
      .execute();
    const openClientCase = await tx
      .selectFrom('child_case')
      .select('id')
      .where('child_id', '=', childId)
      .where('status', '=', 'open')
      .where('phase', '=', 'client')
      .executeTakeFirst();
    const hasDraft = plans.some((p) => p.status === 'draft' && p.case_id === openClientCase?.id);
    await appendAudit(tx, ctx, {
      action: 'clientPlan:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    return {
      plans: plans.map((p) => ({
        id: p.id,
        planNo: p.plan_no,
        status: p.status,
        planDate: p.plan_date,
        reviewDue: p.review_due,
        updatedAt: p.updated_at.toISOString(),
      })),
      // Starting a new version is editing the plan, possible for a client with no draft under way.
      can: access.can.filter(
        (a) => a === 'clientPlan:read' || (a === 'clientPlan:edit' && !!openClientCase && !hasDraft),
      ),
    };
  });
}
