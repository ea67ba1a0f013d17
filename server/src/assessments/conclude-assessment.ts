import { type Assessment, type conclusionRequestSchema, helsinkiDateOf } from '@lumo/domain';
import type { z } from 'zod';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { takeCaseloadRoom } from '../workforce/caseload';
import { findAssessment, toAssessmentJson } from './queries';

type Input = z.output<typeof conclusionRequestSchema>;

/**
 * Concludes the service-need assessment (SHL §36). When the child needs child-protection services the
 * client relationship starts (LSL §27) and the child counts in the responsible worker's caseload
 * (§13b); otherwise the reasons (and e.g. services under the Social Welfare Act instead) are recorded
 * and the case closes.
 */
export function concludeAssessment(ctx: Ctx, id: string, input: Input): Promise<Assessment> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findAssessment(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'assessment:conclude');
    if (row.status !== 'in_progress') throw new AppError('assessment_not_in_progress');
    const now = ctx.clock.now();
    const today = helsinkiDateOf(now);
    const c = await tx
      .selectFrom('child_case')
      .select(['id', 'phase', 'responsible_worker_id', 'client_since'])
      .where('id', '=', row.case_id)
      .executeTakeFirstOrThrow();
    let clientCount: number | null = null;
    if (input.outcome === 'client') {
      if (c.phase !== 'client') {
        if (!c.responsible_worker_id) throw new AppError('responsible_worker_required');
        clientCount = (await takeCaseloadRoom(tx, ctx, c.responsible_worker_id, c.id)).clientCount;
      }
      await tx
        .updateTable('child_case')
        .set({ phase: 'client', client_since: c.client_since ?? today, updated_at: now })
        .where('id', '=', c.id)
        .execute();
    } else {
      await tx
        .updateTable('child_case')
        .set({ status: 'closed', closed_at: now, updated_at: now })
        .where('id', '=', c.id)
        .execute();
    }
    await tx
      .updateTable('assessment')
      .set({
        status: 'concluded',
        conclusion: input.outcome,
        conclusion_reasons: input.reasons,
        services_instead: input.servicesInstead ?? null,
        concluded_on: today,
        concluded_by: ctx.actor.userId,
        version: row.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, ctx, {
      action: 'assessment:conclude',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { assessmentId: id, outcome: input.outcome, clientCount },
    });
    return toAssessmentJson(tx, ctx, await findAssessment(tx, id), access.can);
  });
}
