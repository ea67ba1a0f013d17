import { daysBetween, parseLocalDate } from '@lumo/domain';
import { asActor, type Ctx } from '../../platform/context';
import { requireTeamAction, todayOf } from '../access';
import { fieldError } from '../queries';
import { carryOverDueExperiments } from './carry-over';
import { ensureMeetings, meetingSummaries, nextMeetingId } from './schedule';

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
    // Only the next meeting takes the due follow-ups here: a list reaching months ahead would
    // otherwise put the family on every one of them, and those items would outlive the follow-up.
    const nextId = await nextMeetingId(tx, ctx, teamId, todayOf(ctx));
    if (access.relationships.includes('member') && nextId && meetings.some((m) => m.id === nextId)) {
      await carryOverDueExperiments(tx, ctx, [nextId]);
      meetings = await meetingSummaries(tx, { teamId, from, to });
    }
    return { meetings };
  });
}
