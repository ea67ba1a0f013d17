import { type CreateMeetingSeriesRequest, type LocalDate, parseLocalDate, seriesOverlap } from '@lumo/domain';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { requireTeamAction } from '../access';
import { lockTeam } from '../membership/add-member';
import { fieldError } from '../queries';
import { seriesOf } from './series';

/** A team meets weekly in one series at a time; a new weekday or time of year is a new series. */
export async function refuseOverlap(
  tx: Tx,
  teamId: string,
  period: { startsOn: string; endsOn: string | null },
  exceptId?: string,
) {
  const others = (await seriesOf(tx, { teamId })).filter((s) => s.id !== exceptId);
  const asDates = (p: { startsOn: string; endsOn: string | null }) => ({
    startsOn: parseLocalDate(p.startsOn),
    endsOn: p.endsOn ? parseLocalDate(p.endsOn) : null,
  });
  if (others.some((s) => seriesOverlap(asDates(s), asDates(period)))) throw new AppError('series_overlap');
}

/** Sets up the team's weekly meeting: weekday, time, place or link, first and last day. */
export function createMeetingSeries(ctx: Ctx, teamId: string, input: CreateMeetingSeriesRequest) {
  return asActor(ctx, async (tx) => {
    await requireTeamAction(tx, ctx, teamId, 'team:manageMeetings');
    if (input.endsOn !== null && (input.endsOn as LocalDate) < (input.startsOn as LocalDate))
      throw fieldError('body.endsOn', 'date_order');
    await lockTeam(tx, teamId);
    await refuseOverlap(tx, teamId, input);
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('meeting_series')
      .values({
        id,
        team_id: teamId,
        weekday: input.weekday,
        start_time: input.startTime,
        duration_minutes: input.durationMinutes,
        place: input.place,
        online_url: input.onlineUrl,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const [series] = await seriesOf(tx, { id });
    return series!;
  });
}
