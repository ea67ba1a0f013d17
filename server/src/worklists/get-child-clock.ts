import { type ChildClock, helsinkiDateOf, jobRole } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { openDeadlines } from './deadlines';

/** The child's own statutory clock: phase, notifications, assessments, plan, and open deadlines. */
export function getChildClock(ctx: Ctx, childId: string): Promise<ChildClock> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'assessment:read');
    const today = helsinkiDateOf(ctx.clock.now());
    const [child, c, notifications, assessments, plans, deadlines] = await Promise.all([
      tx
        .selectFrom('person')
        .select('expected_birth_date')
        .where('id', '=', childId)
        .executeTakeFirstOrThrow(),
      tx
        .selectFrom('child_case as c')
        .leftJoin('staff_user as w', 'w.id', 'c.responsible_worker_id')
        .leftJoin('team as t', 't.id', 'c.team_id')
        .select(['c.id', 'c.status', 'c.phase', 'c.client_since', 't.id as team_id', 't.name as team_name'])
        .select(['w.id as worker_id', 'w.first_name', 'w.last_name', 'w.title', 'w.roles'])
        .where('c.child_id', '=', childId)
        .orderBy('c.status', 'desc')
        .orderBy('c.opened_at', 'desc')
        .executeTakeFirst(),
      tx
        .selectFrom('notification')
        .select(['id', 'kind', 'received_at', 'pending_date', 'notifier_category', 'urgent', 'assessment_id'])
        .where('child_id', '=', childId)
        .orderBy('received_at', 'desc')
        .execute(),
      tx
        .selectFrom('assessment')
        .select([
          'id',
          'status',
          'pending_date',
          'start_due',
          'complete_due',
          'family_informed_due',
          'concluded_on',
          'conclusion',
        ])
        .where('child_id', '=', childId)
        .orderBy('pending_date', 'desc')
        .execute(),
      tx
        .selectFrom('client_plan as cp')
        .innerJoin('child_case as pc', 'pc.id', 'cp.case_id')
        .select(['cp.id', 'cp.plan_no', 'cp.status', 'cp.plan_date', 'cp.review_due'])
        .where('cp.child_id', '=', childId)
        .where('pc.status', '=', 'open')
        .orderBy('cp.plan_no', 'desc')
        .execute(),
      openDeadlines(tx, ctx, access.relationships, today, { childId }).then((list) => list.items),
    ]);
    await appendAudit(tx, ctx, {
      action: 'child:readClock',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    const current = plans.find((p) => p.status === 'agreed');
    return {
      childId,
      today,
      expectedBirthDate: child.expected_birth_date,
      case: c
        ? {
            id: c.id,
            status: c.status,
            phase: c.phase,
            clientSince: c.client_since,
            responsibleWorker: c.worker_id
              ? {
                  id: c.worker_id,
                  name: `${c.first_name} ${c.last_name}`,
                  title: c.title ?? '',
                  role: jobRole(c.roles ?? []),
                }
              : null,
            team: c.team_id && c.team_name ? { id: c.team_id, name: c.team_name } : null,
          }
        : null,
      notifications: notifications.map((n) => ({
        id: n.id,
        kind: n.kind,
        receivedAt: n.received_at.toISOString(),
        pendingDate: n.pending_date,
        notifierCategory: n.notifier_category,
        urgent: n.urgent,
        assessmentId: n.assessment_id,
      })),
      assessments: assessments.map((a) => ({
        id: a.id,
        status: a.status,
        pendingDate: a.pending_date,
        startDue: a.start_due,
        completeDue: a.complete_due,
        familyInformedDue: a.family_informed_due,
        concludedOn: a.concluded_on,
        conclusion: a.conclusion,
      })),
      clientPlan: {
        current:
          current?.plan_date && current.review_due
            ? {
                id: current.id,
                planNo: current.plan_no,
                planDate: current.plan_date,
                reviewDue: current.review_due,
              }
            : null,
        draftId: plans.find((p) => p.status === 'draft')?.id ?? null,
      },
      deadlines,
      can: access.can,
    };
  });
}
