import type { AddAttendeeRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { fieldError } from '../queries';
import { familyPerson } from './discussion';
import { loadAttendees } from './load';

/**
 * Someone who took part in the family's discussion: a worker, or a family member — a person of
 * the record linked to the children, or someone named who is not in it (a grandmother, a friend).
 */
export function addAttendee(ctx: Ctx, agendaItemId: string, input: AddAttendeeRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    let row: { user_id: string | null; person_id: string | null; label: string };
    if (input.kind === 'staff') {
      const user = await tx
        .selectFrom('staff_user')
        .select('id')
        .where('id', '=', input.userId)
        .where('organisation_id', '=', ctx.actor.organisationId)
        .executeTakeFirst();
      if (!user) throw fieldError('body.userId', 'unknown_reference');
      row = { user_id: user.id, person_id: null, label: '' };
    } else {
      const person = input.personId
        ? await familyPerson(tx, access.childIds, input.personId, 'body.personId')
        : null;
      row = { user_id: null, person_id: person?.id ?? null, label: input.label || person?.name || '' };
    }
    // A person of the record or a worker is there once (unique keys); a named guest once by name.
    const namedTwice =
      !row.user_id &&
      !row.person_id &&
      (await tx
        .selectFrom('discussion_attendee')
        .select('id')
        .where('agenda_item_id', '=', agendaItemId)
        .where('label', '=', row.label)
        .where('user_id', 'is', null)
        .where('person_id', 'is', null)
        .executeTakeFirst());
    const id = newId();
    const inserted = namedTwice
      ? undefined
      : await tx
          .insertInto('discussion_attendee')
          .values({
            id,
            family_id: access.familyId,
            agenda_item_id: agendaItemId,
            ...row,
            added_by: ctx.actor.userId,
            added_at: ctx.clock.now(),
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
    if (!inserted)
      throw fieldError(
        input.kind === 'staff' ? 'body.userId' : row.person_id ? 'body.personId' : 'body.label',
        'duplicate',
      );
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'attendee:add',
      agendaItemId,
      attendeeId: id,
    });
    const attendee = (await loadAttendees(tx, [agendaItemId])).find((a) => a.id === id)!;
    const { agendaItemId: _, ...out } = attendee;
    return out;
  });
}

export function removeAttendee(ctx: Ctx, attendeeId: string) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'discussion_attendee', id: attendeeId },
      'systemic:record',
    );
    await tx.deleteFrom('discussion_attendee').where('id', '=', attendeeId).execute();
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'attendee:remove', attendeeId });
  });
}
