import type { MeetingSeries } from '@lumo/domain';
import type { Tx } from '../../platform/db';

export async function seriesOf(
  tx: Tx,
  filter: { teamId: string } | { id: string },
): Promise<MeetingSeries[]> {
  const rows = await tx
    .selectFrom('meeting_series')
    .selectAll()
    .where('teamId' in filter ? 'team_id' : 'id', '=', 'teamId' in filter ? filter.teamId : filter.id)
    .orderBy('starts_on')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    weekday: s.weekday,
    startTime: s.start_time,
    durationMinutes: s.duration_minutes,
    place: s.place,
    onlineUrl: s.online_url,
    startsOn: s.starts_on,
    endsOn: s.ends_on,
    version: s.version,
  }));
}
