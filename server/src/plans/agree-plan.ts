import { type ClientPlan, clientPlanReviewDue, helsinkiDateOf, parseLocalDate } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { findPlan, toPlanJson } from './queries';

/**
 * Agrees the draft with the family: that version is frozen, and its review falls due a year from the
 * plan date at the latest, or on the earlier date the plan set (LSL §30).
 */
export function agreePlan(
  ctx: Ctx,
  id: string,
  input: { version: number; planDate?: string | undefined },
): Promise<ClientPlan> {
  const today = helsinkiDateOf(ctx.clock.now());
  const planDate = input.planDate ? parseLocalDate(input.planDate) : today;
  if (planDate > today)
    throw new AppError('validation_failed', [{ path: 'body.planDate', code: 'invalid_value' }]);
  return runChildCommand(ctx, async (tx) => {
    const row = await findPlan(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'clientPlan:agree');
    if (row.status !== 'draft') throw new AppError('client_plan_agreed');
    if (row.version !== input.version) throw new AppError('conflict');
    if (!row.circumstances_to_change.trim() || !row.support_needed.trim())
      throw new AppError('client_plan_incomplete');
    const requested = row.requested_review_date ? parseLocalDate(row.requested_review_date) : null;
    if (requested && requested <= planDate)
      throw new AppError('validation_failed', [{ path: 'body.planDate', code: 'invalid_value' }]);
    const now = ctx.clock.now();
    const result = await tx
      .updateTable('client_plan')
      .set({
        status: 'agreed',
        plan_date: planDate,
        review_due: clientPlanReviewDue(planDate, requested),
        agreed_at: now,
        agreed_by: ctx.actor.userId,
        version: input.version + 1,
        updated_by: ctx.actor.userId,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict');
    await appendAudit(tx, ctx, {
      action: 'clientPlan:agree',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { planId: id, planDate },
    });
    return toPlanJson(tx, await findPlan(tx, id), access.can);
  });
}
