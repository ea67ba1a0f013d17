import type { UpdateHypothesisRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { conflictWith } from '../queries';
import { discussionOfFamily } from './discussion';
import { loadHypotheses } from './load';

/**
 * Rewords a hypothesis, or changes the team's view of it: supported, set aside (with a reason) or
 * open again. Every change of status is kept with who made it, when and in which discussion.
 */
export function updateHypothesis(ctx: Ctx, hypothesisId: string, input: UpdateHypothesisRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'hypothesis', id: hypothesisId },
      'systemic:record',
    );
    // Locked, so that a save in between is seen here and answered with a conflict.
    await tx.selectFrom('hypothesis').select('id').where('id', '=', hypothesisId).forUpdate().execute();
    const [current] = await loadHypotheses(tx, { ids: [hypothesisId] });
    if (current!.version !== input.version) throw conflictWith(current);
    if (input.agendaItemId)
      await discussionOfFamily(tx, input.agendaItemId, access.familyId, 'body.agendaItemId');
    const status = input.status ?? current!.status;
    const reason = input.reason ?? (input.status === undefined ? current!.statusReason : '');
    const statusChanged = status !== current!.status || reason !== current!.statusReason;
    const now = ctx.clock.now();
    await tx
      .updateTable('hypothesis')
      .set({
        ...(input.text !== undefined ? { text: input.text } : {}),
        status,
        status_reason: reason,
        version: input.version + 1,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', hypothesisId)
      .execute();
    if (statusChanged) {
      await tx
        .insertInto('hypothesis_status_change')
        .values({
          id: newId(),
          hypothesis_id: hypothesisId,
          family_id: access.familyId,
          agenda_item_id: input.agendaItemId ?? null,
          status,
          reason,
          changed_by: ctx.actor.userId,
          changed_at: now,
        })
        .execute();
    }
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: statusChanged ? 'hypothesis:status' : 'hypothesis:update',
      hypothesisId,
      ...(statusChanged ? { status } : {}),
    });
    const [hypothesis] = await loadHypotheses(tx, { ids: [hypothesisId] });
    return hypothesis!;
  });
}
