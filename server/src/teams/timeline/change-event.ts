import type { AddTimelineEventRequest, UpdateTimelineEventRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { conflictWith } from '../queries';
import { teamEvents } from './get-timeline';

/** A significant event in the family's life, entered by the team. */
export function addTimelineEvent(ctx: Ctx, familyId: string, input: AddTimelineEventRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:record');
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('timeline_event')
      .values({
        id,
        family_id: familyId,
        occurred_on: input.occurredOn,
        date_precision: input.datePrecision,
        kind: input.kind,
        title: input.title,
        description: input.description,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'timeline:add', eventId: id });
    const [event] = await teamEvents(tx, { id, childIds: access.childIds });
    return event!;
  });
}

export function updateTimelineEvent(ctx: Ctx, eventId: string, input: UpdateTimelineEventRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'timeline_event', id: eventId },
      'systemic:record',
    );
    const updated = await tx
      .updateTable('timeline_event')
      .set({
        ...(input.occurredOn !== undefined ? { occurred_on: input.occurredOn } : {}),
        ...(input.datePrecision !== undefined ? { date_precision: input.datePrecision } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', eventId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    const [event] = await teamEvents(tx, { id: eventId, childIds: access.childIds });
    if (Number(updated.numUpdatedRows) !== 1) throw conflictWith(event);
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'timeline:update', eventId });
    return event!;
  });
}

export function removeTimelineEvent(ctx: Ctx, eventId: string, version: number) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'timeline_event', id: eventId },
      'systemic:record',
    );
    const deleted = await tx
      .deleteFrom('timeline_event')
      .where('id', '=', eventId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1)
      throw conflictWith((await teamEvents(tx, { id: eventId, childIds: access.childIds }))[0]);
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'timeline:remove', eventId });
  });
}
