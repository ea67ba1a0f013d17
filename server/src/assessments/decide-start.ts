import { type Assessment, helsinkiDateOf, type startDecisionRequestSchema } from '@lumo/domain';
import type { z } from 'zod';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { findAssessment, toAssessmentJson } from './queries';

type Input = z.output<typeof startDecisionRequestSchema>;

const statusOf = {
  start: 'in_progress',
  unnecessary: 'not_started',
  within_client_work: 'within_client_work',
} as const;

/**
 * The decision, due by the 7th working day after the matter became pending (LSL §26(3)), whether to
 * start the service-need assessment: start it, find it obviously unnecessary (with the reason), or for a
 * child who is already a client, handle the notification within client work. An intake case that will
 * not be assessed closes; one being assessed moves to the assessment phase.
 */
export function decideStart(ctx: Ctx, id: string, input: Input): Promise<Assessment> {
  if (input.decision !== 'start' && !input.reason)
    throw new AppError('validation_failed', [{ path: 'body.reason', code: 'required' }]);
  return runChildCommand(ctx, async (tx) => {
    const row = await findAssessment(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'assessment:decideStart');
    if (row.status !== 'awaiting_start') throw new AppError('start_decision_already_made');
    if ((input.decision === 'within_client_work') !== row.existing_client && input.decision !== 'unnecessary')
      throw new AppError('start_decision_not_allowed');
    const now = ctx.clock.now();
    await tx
      .updateTable('assessment')
      .set({
        status: statusOf[input.decision],
        start_decided_on: helsinkiDateOf(now),
        start_decided_by: ctx.actor.userId,
        start_decision_reason: input.reason ?? null,
        version: row.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    if (input.decision === 'start') {
      await tx
        .updateTable('child_case')
        .set({ phase: 'assessment', updated_at: now })
        .where('id', '=', row.case_id)
        .where('phase', '=', 'intake')
        .execute();
    } else if (input.decision === 'unnecessary' && !row.existing_client) {
      await tx
        .updateTable('child_case')
        .set({ status: 'closed', closed_at: now, updated_at: now })
        .where('id', '=', row.case_id)
        .where('phase', '<>', 'client')
        .execute();
    }
    await appendAudit(tx, ctx, {
      action: 'assessment:decideStart',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { assessmentId: id, decision: input.decision },
    });
    return toAssessmentJson(tx, ctx, await findAssessment(tx, id), access.can);
  });
}
