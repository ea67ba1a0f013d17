import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, requireTeamAction, runFamilyCommand } from '../access';
import { anyOf } from '../queries';
import { agendaItemOut } from './agenda-item';

/**
 * A member puts a family on the meeting's agenda with the dilemma she brings. The family must be
 * one whose case the team holds, and someone she may record for.
 */
export function addToAgenda(ctx: Ctx, meetingId: string, input: { familyId: string; dilemma: string }) {
  return runFamilyCommand(ctx, async (tx) => {
    const meeting = await tx
      .selectFrom('meeting')
      .select(['id', 'team_id', 'status', 'agenda_closed_at'])
      .where('id', '=', meetingId)
      .executeTakeFirst();
    if (!meeting) throw new AppError('not_found');
    await requireTeamAction(tx, ctx, meeting.team_id, 'agenda:add');
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'family', id: input.familyId },
      'systemic:record',
    );
    if (meeting.status === 'cancelled') throw new AppError('meeting_cancelled');
    if (meeting.agenda_closed_at) throw new AppError('agenda_closed');
    const held = await tx
      .selectFrom('child_case')
      .select('id')
      .where('child_id', '=', anyOf(access.childIds))
      .where('team_id', '=', meeting.team_id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (!held) throw new AppError('family_not_in_team');
    const now = ctx.clock.now();
    const id = newId();
    const row = await tx
      .insertInto('agenda_item')
      .values({
        id,
        meeting_id: meetingId,
        family_id: input.familyId,
        position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = ${meetingId})`,
        origin: 'added',
        added_by: ctx.actor.userId,
        dilemma: input.dilemma,
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      // Two members adding the family at once: the second is told it is there already.
      .onConflict((oc) => oc.columns(['meeting_id', 'family_id']).doNothing())
      .returning(['id', 'meeting_id', 'family_id', 'position', 'origin', 'dilemma', 'version'])
      .executeTakeFirst();
    if (!row) {
      const existing = await tx
        .selectFrom('agenda_item')
        .select(['id', 'meeting_id', 'family_id', 'position', 'origin', 'dilemma', 'version'])
        .where('meeting_id', '=', meetingId)
        .where('family_id', '=', input.familyId)
        .executeTakeFirstOrThrow();
      throw new AppError('already_on_agenda', [], { current: agendaItemOut(existing) });
    }
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'agenda:add', meetingId, agendaItemId: id });
    return agendaItemOut(row);
  });
}
