import { daysBetween, parseLocalDate } from '@lumo/domain';
import { asActor, type Ctx } from '../../platform/context';
import { requireTeamAction, todayOf } from '../access';
import { fieldError } from '../queries';
import { carryOverDueExperiments } from './carry-over';
import { ensureMeetings, meetingSummaries } from './schedule';

const MAX_RANGE_DAYS = 366;

/** The team's meetings between two days, cancelled and moved ones included. */
export function listMeetings(ctx: Ctx, teamId: string, range: { from: string; to: string }) {
  return asActor(ctx, async (tx) => {
    const access = await requireTeamAction(tx, ctx, teamId, 'team:read');
    const from = parseLocalDate(range.from);
    const to = parseLocalDate(range.to);
    const days = daysBetween(from, to);
    if (days < 0) throw fieldError('querystring.to', 'date_order');
    if (days > MAX_RANGE_DAYS) throw fieldError('querystring.to', 'too_long');
    await ensureMeetings(tx, ctx, teamId, from, to);
    let meetings = await meetingSummaries(tx, { teamId, from, to });
    const coming = meetings.filter((m) => m.date >= todayOf(ctx)).map((m) => m.id);
    if (access.relationships.includes('member') && coming.length > 0) {
      await carryOverDueExperiments(tx, ctx, coming);
      meetings = await meetingSummaries(tx, { teamId, from, to });
    }
    return { meetings };
  });
}
