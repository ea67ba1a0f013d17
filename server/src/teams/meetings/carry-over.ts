import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { todayOf } from '../access';

/**
 * Puts on these meetings' agendas every family with an open experiment whose follow-up is due:
 * agreed at an earlier meeting of the same team, follow-up date on or before the meeting's day
 * (isExperimentDue in domain/src/teams/meeting-dates.ts). Nobody has to remember to add them; each
 * family comes once, after the items already there, earliest follow-up first. Only meetings still
 * to come whose agenda is open are touched: a past or closed agenda stays as it was.
 */
export async function carryOverDueExperiments(tx: Tx, ctx: Ctx, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return;
  const now = ctx.clock.now();
  await sql`
    INSERT INTO agenda_item (id, meeting_id, family_id, position, origin, created_at, updated_at)
    SELECT gen_random_uuid(), m.id, due.family_id,
      coalesce((SELECT max(a.position) FROM agenda_item a WHERE a.meeting_id = m.id), 0)
        + row_number() OVER (PARTITION BY m.id ORDER BY due.first_due, due.family_id),
      'follow_up', ${now}::timestamptz, ${now}::timestamptz
    FROM meeting m
    CROSS JOIN LATERAL (
      SELECT e.family_id, min(e.follow_up_on) AS first_due
      FROM experiment e
      JOIN agenda_item agreed ON agreed.id = e.agenda_item_id
      JOIN meeting am ON am.id = agreed.meeting_id
      WHERE e.team_id = m.team_id AND e.status = 'open' AND e.follow_up_on <= m.date AND am.date < m.date
        AND NOT EXISTS (SELECT 1 FROM agenda_item x WHERE x.meeting_id = m.id AND x.family_id = e.family_id)
      GROUP BY e.family_id
    ) due
    WHERE m.id = ANY(${meetingIds}::uuid[]) AND m.status = 'scheduled' AND m.agenda_closed_at IS NULL
      AND m.date >= ${todayOf(ctx)}::date
    ON CONFLICT (meeting_id, family_id) DO NOTHING`.execute(tx);
}

/**
 * The other side of carrying over: once an experiment has been looked at, or its follow-up day moved,
 * its family leaves the later open agendas it came onto only for that experiment — unless another of
 * its experiments is due by then, or someone has already written something there (a dilemma, the
 * discussion itself). Returns the agenda items taken off.
 */
export async function withdrawFollowUpsNoLongerDue(
  tx: Tx,
  ctx: Ctx,
  experimentId: string,
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    DELETE FROM agenda_item a
    USING meeting m, experiment x
    WHERE x.id = ${experimentId} AND a.family_id = x.family_id AND m.id = a.meeting_id AND m.team_id = x.team_id
      AND a.origin = 'follow_up' AND a.dilemma = '' AND NOT lumo_discussion_begun(a.id)
      AND m.status = 'scheduled' AND m.agenda_closed_at IS NULL AND m.date >= ${todayOf(ctx)}::date
      AND NOT EXISTS (
        SELECT 1 FROM experiment e
        JOIN agenda_item agreed ON agreed.id = e.agenda_item_id
        JOIN meeting am ON am.id = agreed.meeting_id
        WHERE e.team_id = m.team_id AND e.family_id = a.family_id AND e.status = 'open'
          AND e.follow_up_on <= m.date AND am.date < m.date
      )
    RETURNING a.id`.execute(tx);
  return rows.map((r) => r.id);
}
