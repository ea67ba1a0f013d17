import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';

/** The child's multi-agency assessments, and her open service-need assessment to start one on. */
export function listChildMultiagency(ctx: Ctx, childId: string) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'multiagency:read');
    const [rows, open] = await Promise.all([
      tx
        .selectFrom('multiagency_assessment as m')
        .select(['m.id', 'm.assessment_id', 'm.phase', 'm.started_on'])
        .select((eb) =>
          eb
            .selectFrom('multiagency_contribution as c')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('c.multiagency_id', '=', 'm.id')
            .where('c.submitted_at', 'is not', null)
            .as('contributions'),
        )
        .where('m.child_id', '=', childId)
        .orderBy('m.started_on', 'desc')
        .execute(),
      tx
        .selectFrom('assessment')
        .select('id')
        .where('child_id', '=', childId)
        .where('status', 'in', ['awaiting_start', 'in_progress'])
        .executeTakeFirst(),
    ]);
    await appendAudit(tx, ctx, {
      action: 'multiagency:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { op: 'list' },
    });
    return {
      assessments: rows.map((r) => ({
        id: r.id,
        assessmentId: r.assessment_id,
        phase: r.phase as 'preparation',
        startedOn: r.started_on,
        contributions: Number(r.contributions ?? 0),
      })),
      openAssessmentId: open?.id ?? null,
      can: access.can,
    };
  });
}
