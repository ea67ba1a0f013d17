import type { NetworkMeeting, networkMeetingRequestSchema } from '@lumo/domain';
import type { z } from 'zod';
import { staffNames } from '../../children/queries';
import { runChildCommand } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { logUse, requireMultiagencyAction, requireOpen, toMeeting } from './load';

type MeetingInput = z.output<typeof networkMeetingRequestSchema>;

async function meetingView(tx: Tx, id: string): Promise<NetworkMeeting> {
  const row = await tx
    .selectFrom('network_meeting')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return toMeeting(row, await staffNames(tx, [row.recorded_by]));
}

/** Records a joint network meeting: when, who took part, what was said and the next steps agreed. */
export function addNetworkMeeting(
  ctx: Ctx,
  multiagencyId: string,
  input: MeetingInput,
): Promise<NetworkMeeting> {
  return runChildCommand(ctx, async (tx) => {
    const { row, access } = await requireMultiagencyAction(tx, ctx, multiagencyId, 'multiagency:manage');
    await requireOpen(tx, row);
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('network_meeting')
      .values({
        id,
        multiagency_id: row.id,
        child_id: row.child_id,
        held_on: input.heldOn,
        start_time: input.startTime ?? null,
        place: input.place ?? '',
        attendees: JSON.stringify(input.attendees),
        record: input.record,
        next_steps: JSON.stringify(input.nextSteps),
        recorded_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await logUse(tx, ctx, row, access.basis, 'multiagency:manage', { op: 'meeting', meetingId: id });
    return meetingView(tx, id);
  });
}

/** Corrects a meeting's record, edited from the version given. */
export function updateNetworkMeeting(
  ctx: Ctx,
  id: string,
  input: Partial<MeetingInput> & { version: number },
): Promise<NetworkMeeting> {
  return runChildCommand(ctx, async (tx) => {
    const meeting = await tx
      .selectFrom('network_meeting')
      .select(['multiagency_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!meeting) throw new AppError('not_found');
    const { row, access } = await requireMultiagencyAction(
      tx,
      ctx,
      meeting.multiagency_id,
      'multiagency:manage',
    );
    await requireOpen(tx, row);
    const updated = await tx
      .updateTable('network_meeting')
      .set({
        ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
        ...(input.startTime !== undefined ? { start_time: input.startTime } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
        ...(input.attendees !== undefined ? { attendees: JSON.stringify(input.attendees) } : {}),
        ...(input.record !== undefined ? { record: input.record } : {}),
        ...(input.nextSteps !== undefined ? { next_steps: JSON.stringify(input.nextSteps) } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new AppError('conflict', [], { current: await meetingView(tx, id) });
    await logUse(tx, ctx, row, access.basis, 'multiagency:manage', { op: 'meeting', meetingId: id });
    return meetingView(tx, id);
  });
}
