import type { Assessment, updateAssessmentRequestSchema } from '@lumo/domain';
import type { z } from 'zod';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { findAssessment, toAssessmentJson } from './queries';

type Input = z.output<typeof updateAssessmentRequestSchema>;

/**
 * The work of the assessment: who took part, meetings with the child (LSL §29), the child's views and
 * how they were found out (§20), the guardians' views, working notes. Edited together by the team, so
 * the version read must still be current.
 */
export function updateAssessment(ctx: Ctx, id: string, input: Input): Promise<Assessment> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findAssessment(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'assessment:contribute');
    if (row.status !== 'awaiting_start' && row.status !== 'in_progress')
      throw new AppError('assessment_not_in_progress');
    const changes = {
      ...(input.participants ? { participants: JSON.stringify(input.participants) } : {}),
      ...(input.childMeetings ? { child_meetings: JSON.stringify(input.childMeetings) } : {}),
      ...(input.childViews !== undefined ? { child_views: input.childViews } : {}),
      ...(input.childViewsMethod !== undefined ? { child_views_method: input.childViewsMethod } : {}),
      ...(input.guardianViews !== undefined ? { guardian_views: input.guardianViews } : {}),
      ...(input.workingNotes !== undefined ? { working_notes: input.workingNotes } : {}),
    };
    const result = await tx
      .updateTable('assessment')
      .set({ ...changes, version: input.version + 1, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict');
    await appendAudit(tx, ctx, {
      action: 'assessment:contribute',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { assessmentId: id, fields: Object.keys(changes) },
    });
    return toAssessmentJson(tx, ctx, await findAssessment(tx, id), access.can);
  });
}
