import { addWorkingDays, helsinkiDateOf, type Multiagency } from '@lumo/domain';
import { findAssessment } from '../../assessments/queries';
import { requireChildAction, runChildCommand } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { findMultiagency, logUse, multiagencyView } from './load';

/**
 * Starts multi-agency work on a service-need assessment under way: the county's action cards become
 * the assessment's tasks, each due its working days from today. The cards are copied, so a later
 * change to them does not change work already planned.
 */
export function startMultiagency(ctx: Ctx, assessmentId: string): Promise<Multiagency> {
  return runChildCommand(ctx, async (tx) => {
    const assessment = await findAssessment(tx, assessmentId);
    const access = await requireChildAction(tx, ctx, assessment.child_id, 'multiagency:manage');
    if (assessment.status !== 'awaiting_start' && assessment.status !== 'in_progress')
      throw new AppError('assessment_not_in_progress');
    const now = ctx.clock.now();
    const today = helsinkiDateOf(now);
    const id = newId();
    const inserted = await tx
      .insertInto('multiagency_assessment')
      .values({
        id,
        assessment_id: assessmentId,
        child_id: assessment.child_id,
        started_on: today,
        started_by: ctx.actor.userId,
        started_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('assessment_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new AppError('multiagency_exists');
    const cards = await tx
      .selectFrom('action_card as c')
      .innerJoin('child_case as k', 'k.county_id', 'c.county_id')
      .selectAll('c')
      .where('k.id', '=', assessment.case_id)
      .where('c.active', '=', true)
      .execute();
    if (cards.length > 0)
      await tx
        .insertInto('multiagency_task')
        .values(
          cards.map((c) => ({
            id: newId(),
            multiagency_id: id,
            child_id: assessment.child_id,
            card_id: c.id,
            phase: c.phase,
            position: c.position,
            title_fi: c.title_fi,
            title_sv: c.title_sv,
            instructions_fi: c.instructions_fi,
            instructions_sv: c.instructions_sv,
            owner: c.owner,
            due_on: addWorkingDays(today, c.due_working_days),
            updated_at: now,
          })),
        )
        .execute();
    const row = await findMultiagency(tx, id);
    await logUse(tx, ctx, row, access.basis, 'multiagency:manage', { op: 'start', tasks: cards.length });
    return multiagencyView(tx, ctx, row, access.can);
  });
}
