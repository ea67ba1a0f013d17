import type { ChildAction, ClientPlan } from '@lumo/domain';
import { staffNames } from '../children/queries';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';

export async function findPlan(tx: Tx, id: string) {
  const row = await tx.selectFrom('client_plan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export type PlanRow = Awaited<ReturnType<typeof findPlan>>;

export async function toPlanJson(tx: Tx, row: PlanRow, can: ChildAction[]): Promise<ClientPlan> {
  const names = await staffNames(
    tx,
    [row.updated_by, row.agreed_by].filter((s): s is string => s !== null),
  );
  const ref = (id: string) => names.get(id) ?? { id, name: '', title: '', role: null };
  const draft = row.status === 'draft';
  return {
    id: row.id,
    childId: row.child_id,
    caseId: row.case_id,
    planNo: row.plan_no,
    status: row.status,
    circumstancesToChange: row.circumstances_to_change,
    supportNeeded: row.support_needed,
    services: row.services as ClientPlan['services'],
    goals: row.goals as ClientPlan['goals'],
    childViews: row.child_views,
    guardianViews: row.guardian_views,
    dissentingViews: row.dissenting_views,
    participants: row.participants as ClientPlan['participants'],
    requestedReviewDate: row.requested_review_date,
    planDate: row.plan_date,
    reviewDue: row.review_due,
    agreedAt: row.agreed_at?.toISOString() ?? null,
    agreedBy: row.agreed_by ? ref(row.agreed_by) : null,
    basedOnId: row.based_on_id,
    version: row.version,
    updatedBy: ref(row.updated_by),
    updatedAt: row.updated_at.toISOString(),
    can: can.filter((action) => {
      if (action === 'clientPlan:read') return true;
      if (action === 'clientPlan:edit' || action === 'clientPlan:agree') return draft;
      if (action === 'document:create') return !draft;
      return false;
    }),
  };
}
