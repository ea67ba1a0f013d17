import { addDays, type LocalDate, type MeetingSummary, parseLocalDate, weeklyDates } from '@lumo/domain';
import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { newId } from '../../platform/ids';
import { anyOf } from '../queries';

/**
 * Makes a meeting row for every date of the team's series between from and to that has none yet.
 * A series is a rule; its dates become rows when someone looks at them, so that agenda items and
 * exceptions have a meeting to belong to. Idempotent: concurrent calls make each row once.
 */
export async function ensureMeetings(tx: Tx, ctx: Ctx, teamId: string, from: LocalDate, to: LocalDate) {
  const series = await tx
    .selectFrom('meeting_series')
    .select(['id', 'weekday', 'starts_on', 'ends_on'])
    .where('team_id', '=', teamId)
    .where('starts_on', '<=', to)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', from)]))
    .execute();
  const now = ctx.clock.now();
  for (const s of series) {
    const dates = weeklyDates(
      {
        weekday: s.weekday,
        startsOn: parseLocalDate(s.starts_on),
        endsOn: s.ends_on ? parseLocalDate(s.ends_on) : null,
      },
      from,
      to,
    );
    if (dates.length === 0) continue;
    const ids = dates.map(() => newId(now.getTime()));
    await sql`
      INSERT INTO meeting (id, team_id, series_id, occurs_on, date, created_at, updated_at)
      SELECT d.id, ${teamId}::uuid, ${s.id}::uuid, d.day, d.day, ${now}::timestamptz, ${now}::timestamptz
      FROM unnest(${ids}::uuid[], ${dates}::date[]) AS d(id, day)
      ON CONFLICT (series_id, occurs_on) DO NOTHING`.execute(tx);
  }
}

// Far enough ahead to pass holidays and a cancelled week or two.
const NEXT_MEETING_HORIZON_DAYS = 63;

/** The team's next meeting that is not cancelled, today included. */
export async function nextMeetingId(tx: Tx, ctx: Ctx, teamId: string, today: LocalDate) {
  await ensureMeetings(tx, ctx, teamId, today, addDays(today, NEXT_MEETING_HORIZON_DAYS));
  const row = await tx
    .selectFrom('meeting as m')
    .innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select('m.id')
    .where('m.team_id', '=', teamId)
    .where('m.date', '>=', today)
    .where('m.status', '=', 'scheduled')
    .orderBy('m.date')
    .orderBy(sql`coalesce(m.start_time, s.start_time)`)
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Meetings as lists show them, each with its effective time and place and its agenda's size. */
export async function meetingSummaries(
  tx: Tx,
  filter: { teamId: string; from: LocalDate; to: LocalDate } | { ids: readonly string[] },
): Promise<MeetingSummary[]> {
  let query = tx
    .selectFrom('meeting as m')
    .innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select(['m.id', 'm.team_id', 'm.series_id', 'm.occurs_on', 'm.date', 'm.status', 'm.note', 'm.version'])
    .select(['m.agenda_closed_at', 's.duration_minutes'])
    .select((eb) => [
      eb.fn.coalesce('m.start_time', 's.start_time').as('start_time'),
      eb.fn.coalesce('m.place', 's.place').as('place'),
      eb.fn.coalesce('m.online_url', 's.online_url').as('online_url'),
      sql<boolean>`m.date <> m.occurs_on OR m.start_time IS NOT NULL`.as('moved'),
    ]);
  query =
    'ids' in filter
      ? query.where('m.id', '=', anyOf(filter.ids))
      : query
          .where('m.team_id', '=', filter.teamId)
          .where('m.date', '>=', filter.from)
          .where('m.date', '<=', filter.to);
  const rows = await query.orderBy('m.date').execute();
  if (rows.length === 0) return [];
  const countOf = await agendaCounts(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((m) => ({
    id: m.id,
    teamId: m.team_id,
    seriesId: m.series_id,
    occursOn: m.occurs_on,
    date: m.date,
    startTime: m.start_time,
    durationMinutes: m.duration_minutes,
    place: m.place,
    onlineUrl: m.online_url,
    status: m.status,
    moved: m.moved,
    note: m.note,
    agendaClosed: m.agenda_closed_at !== null,
    agendaCount: countOf.get(m.id) ?? 0,
    version: m.version,
  }));
}

/** How many families each meeting's agenda has, counting those the actor may not see. */
export async function agendaCounts(tx: Tx, meetingIds: readonly string[]): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const { rows } = await sql<{ meeting_id: string; items: number }>`
    SELECT meeting_id, items FROM lumo_agenda_counts(${meetingIds}::uuid[])`.execute(tx);
  return new Map(rows.map((c) => [c.meeting_id, Number(c.items)]));
}
