import { assessmentCompleteDue, assessmentStartDue, familyInformedDue, type LocalDate } from '@lumo/domain';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { newId } from '../platform/ids';

/**
 * Opens the matter a notification made pending (LSL §26), with its deadlines computed once by the
 * domain's clock and stored, so that worklists can sort by them in SQL.
 */
export async function openAssessment(
  tx: Tx,
  ctx: Ctx,
  target: { childId: string; caseId: string; pendingDate: LocalDate; existingClient: boolean },
): Promise<string> {
  const id = newId();
  await tx
    .insertInto('assessment')
    .values({
      id,
      child_id: target.childId,
      case_id: target.caseId,
      pending_date: target.pendingDate,
      start_due: assessmentStartDue(target.pendingDate),
      complete_due: assessmentCompleteDue(target.pendingDate),
      family_informed_due: familyInformedDue(target.pendingDate),
      existing_client: target.existingClient,
      created_by: ctx.actor.userId,
      created_at: ctx.clock.now(),
      updated_at: ctx.clock.now(),
    })
    .execute();
  return id;
}
