import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { discussionOf, memberOnDay } from './discussion';
import { loadHypotheses } from './load';

/** A hypothesis about what lies beneath the visible concern, from whom it came, open at first. */
export function addHypothesis(
  ctx: Ctx,
  agendaItemId: string,
  input: { text: string; authorId?: string | undefined },
) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    const discussion = await discussionOf(tx, agendaItemId);
    if (input.authorId) await memberOnDay(tx, discussion, input.authorId, 'body.authorId');
    const now = ctx.clock.now();
    const id = newId();
    await tx
      .insertInto('hypothesis')
      .values({
        id,
        family_id: access.familyId,
        agenda_item_id: agendaItemId,
        text: input.text,
        author_id: input.authorId ?? ctx.actor.userId,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    await tx
      .insertInto('hypothesis_status_change')
      .values({
        id: newId(),
        hypothesis_id: id,
        family_id: access.familyId,
        agenda_item_id: agendaItemId,
        status: 'open',
        changed_by: ctx.actor.userId,
        changed_at: now,
      })
      .execute();
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'hypothesis:add',
      agendaItemId,
      hypothesisId: id,
    });
    const [hypothesis] = await loadHypotheses(tx, { ids: [id] });
    return hypothesis!;
  });
}
