import type { LocalDate, UpdateMeetingSeriesRequest } from '@lumo/domain';
import { asActor, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { requireTeamAction } from '../access';
import { lockTeam } from '../membership/add-member';
import { anyOf, conflictWith, fieldError } from '../queries';
import { refuseOverlap } from './create-series';
import { agendaCounts } from './schedule';
import { seriesOf } from './series';

/**
 * Changes the series' time, length, place or link (for its meetings that have none of their own),
 * or its last day. Ending it earlier removes its later meetings, unless families are on their agendas.
 */
export function updateMeetingSeries(ctx: Ctx, seriesId: string, input: UpdateMeetingSeriesRequest) {
  return asActor(ctx, async (tx) => {
    const row = await tx
      .selectFrom('meeting_series')
      .select('team_id')
      .where('id', '=', seriesId)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    await requireTeamAction(tx, ctx, row.team_id, 'team:manageMeetings');
    await lockTeam(tx, row.team_id);
    const [current] = await seriesOf(tx, { id: seriesId });
    if (current!.version !== input.version) throw conflictWith(current);
    const endsOn = input.endsOn === undefined ? current!.endsOn : input.endsOn;
    if (endsOn !== null && (endsOn as LocalDate) < (current!.startsOn as LocalDate))
      throw fieldError('body.endsOn', 'date_order');
    if (endsOn !== current!.endsOn) {
      await refuseOverlap(tx, row.team_id, { startsOn: current!.startsOn, endsOn }, seriesId);
      if (endsOn !== null) {
        const later = await tx
          .selectFrom('meeting')
          .select('id')
          .where('series_id', '=', seriesId)
          .where('occurs_on', '>', endsOn)
          .execute();
        // Counted whether or not the actor may see the families (a lead may not).
        if (
          (
            await agendaCounts(
              tx,
              later.map((m) => m.id),
            )
          ).size > 0
        )
          throw new AppError('meetings_have_agenda');
        if (later.length > 0)
          await tx
            .deleteFrom('meeting')
            .where('id', '=', anyOf(later.map((m) => m.id)))
            .execute();
      }
    }
    await tx
      .updateTable('meeting_series')
      .set({
        ...(input.startTime !== undefined ? { start_time: input.startTime } : {}),
        ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
        ...(input.onlineUrl !== undefined ? { online_url: input.onlineUrl } : {}),
        ends_on: endsOn,
        version: current!.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', seriesId)
      .execute();
    const [series] = await seriesOf(tx, { id: seriesId });
    return series!;
  });
}
