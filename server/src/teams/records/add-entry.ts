import type { AddRecordEntryRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { discussionOf, familyPerson, memberOnDay } from './discussion';
import { loadEntries } from './load';

/**
 * Something said in the discussion, a row of its own: a member's perspective with her role in the
 * team, a family member's words verbatim with who said them, or a decision for the client record.
 */
export function addEntry(ctx: Ctx, agendaItemId: string, input: AddRecordEntryRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    const discussion = await discussionOf(tx, agendaItemId);
    const now = ctx.clock.now();
    const id = newId();
    const base = {
      id,
      family_id: access.familyId,
      agenda_item_id: agendaItemId,
      text: input.text,
      created_by: ctx.actor.userId,
      created_at: now,
      updated_at: now,
      updated_by: ctx.actor.userId,
    };
    if (input.kind === 'perspective') {
      const authorId = input.authorId ?? ctx.actor.userId;
      const member = await memberOnDay(tx, discussion, authorId, 'body.authorId');
      await tx
        .insertInto('record_entry')
        .values({ ...base, kind: 'perspective', author_id: authorId, team_role: member.team_role })
        .execute();
    } else if (input.kind === 'family_voice') {
      const speaker = input.speakerPersonId
        ? await familyPerson(tx, access.childIds, input.speakerPersonId, 'body.speakerPersonId')
        : null;
      await tx
        .insertInto('record_entry')
        .values({
          ...base,
          kind: 'family_voice',
          speaker_person_id: speaker?.id ?? null,
          speaker_label: input.speakerLabel || speaker?.name || '',
        })
        .execute();
    } else {
      await tx
        .insertInto('record_entry')
        .values({ ...base, kind: 'decision' })
        .execute();
    }
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: `${input.kind}:add`,
      agendaItemId,
      entryId: id,
    });
    const [entry] = await loadEntries(tx, { ids: [id] });
    return entry!;
  });
}
