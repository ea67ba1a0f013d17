import type { ClientPlan, UpdateClientPlanRequest } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { findPlan, toPlanJson } from './queries';

const textColumns = {
  circumstancesToChange: 'circumstances_to_change',
  supportNeeded: 'support_needed',
  childViews: 'child_views',
  guardianViews: 'guardian_views',
  dissentingViews: 'dissenting_views',
} as const;
const listColumns = { services: 'services', goals: 'goals', participants: 'participants' } as const;

/** Edits a draft; the version read must still be current, and an agreed plan never changes. */
export function updatePlan(ctx: Ctx, id: string, input: UpdateClientPlanRequest): Promise<ClientPlan> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findPlan(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'clientPlan:edit');
    if (row.status !== 'draft') throw new AppError('client_plan_agreed');
    const changes: Record<string, string | null> = {};
    for (const [field, column] of Object.entries(textColumns)) {
      const value = input[field as keyof typeof textColumns];
      if (value !== undefined) changes[column] = value;
    }
    for (const [field, column] of Object.entries(listColumns)) {
      const value = input[field as keyof typeof listColumns];
      if (value !== undefined) changes[column] = JSON.stringify(value);
    }
    if (input.requestedReviewDate !== undefined) changes.requested_review_date = input.requestedReviewDate;
    const result = await tx
      .updateTable('client_plan')
      .set({
        ...changes,
        version: input.version + 1,
        updated_by: ctx.actor.userId,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict');
    await appendAudit(tx, ctx, {
      action: 'clientPlan:edit',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { planId: id, fields: Object.keys(changes) },
    });
    return toPlanJson(tx, await findPlan(tx, id), access.can);
  });
}
