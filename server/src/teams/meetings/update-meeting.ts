import { addDays, parseLocalDate, type UpdateMeetingRequest } from '@lumo/domain';
import { sql } from 'kysely';
import { asActor, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { requireTeamAction } from '../access';
import { conflictWith } from '../queries';
import { ensureMeetings, meetingSummaries } from './schedule';

// How far to look for the meeting a cancelled one's agenda moves to.
const MOVE_HORIZON_DAYS = 63;

/**
 * An exception to the series for one meeting: cancelled (its families move to the next meeting),
 * moved to another day or time, or held elsewhere.
 */
export function updateMeeting(ctx: Ctx, meetingId: string, input: UpdateMeetingRequest) {
  return asActor(ctx, async (tx) => {
    const m = await tx
      .selectFrom('meeting')
      .selectAll()
      .where('id', '=', meetingId)
      .forUpdate()
      .executeTakeFirst();
    if (!m) throw new AppError('not_found');
    await requireTeamAction(tx, ctx, m.team_id, 'team:manageMeetings');
    const [current] = await meetingSummaries(tx, { ids: [meetingId] });
    if (m.version !== input.version) throw conflictWith(current);
    const date = input.date ?? m.date;
    if (date !== m.date) {
      const day = parseLocalDate(date);
      await ensureMeetings(tx, ctx, m.team_id, day, day);
      const taken = await tx
        .selectFrom('meeting')
        .select('id')
        .where('team_id', '=', m.team_id)
        .where('date', '=', date)
        .where('status', '=', 'scheduled')
        .where('id', '<>', meetingId)
        .executeTakeFirst();
      if (taken) throw new AppError('meeting_date_taken');
    }
    await tx
      .updateTable('meeting')
      .set({
        date,
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.startTime !== undefined ? { start_time: input.startTime } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
        ...(input.onlineUrl !== undefined ? { online_url: input.onlineUrl } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        version: m.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', meetingId)
      .execute();
    let agendaMovedTo = null;
    if (input.status === 'cancelled' && m.status !== 'cancelled') {
      const after = parseLocalDate(date);
      await ensureMeetings(tx, ctx, m.team_id, addDays(after, 1), addDays(after, MOVE_HORIZON_DAYS));
      const next = await tx
        .selectFrom('meeting')
        .select(['id', 'date'])
        .where('team_id', '=', m.team_id)
        .where('date', '>', date)
        .where('status', '=', 'scheduled')
        .orderBy('date')
        .limit(1)
        .executeTakeFirst();
      if (next) {
        const { rows } = await sql<{ moved: number }>`
          SELECT lumo_move_agenda(${meetingId}, ${next.id}) AS moved`.execute(tx);
        agendaMovedTo = { meetingId: next.id, date: next.date, items: Number(rows[0]?.moved ?? 0) };
      }
    }
    const [meeting] = await meetingSummaries(tx, { ids: [meetingId] });
    return { ...meeting!, agendaMovedTo };
  });
}
