import { type AgendaEntry, isExperimentDue, type MeetingPage, parseLocalDate } from '@lumo/domain';
import { sql } from 'kysely';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { familiesAccess, requireTeamAction, runFamilyCommand, todayOf } from '../access';
import { loadGenograms } from '../genogram/load';
import { childRefs, familyPeople, familyRef, staffColumns, staffRef } from '../queries';
import { loadDiscussions, loadExperiments, loadHypotheses } from '../records/load';
import { carryOverDueExperiments } from './carry-over';
import { meetingSummaries } from './schedule';

const PREVIOUS_DISCUSSIONS = 3;

/**
 * A meeting opened on the shared screen: every family on its agenda with its genogram, its
 * hypotheses and experiments (those due today marked), this meeting's record and its last three
 * discussions. All families are read together, a fixed number of statements whatever their count.
 */
export function getMeeting(ctx: Ctx, meetingId: string): Promise<MeetingPage> {
  return runFamilyCommand(ctx, async (tx) => {
    const m = await tx
      .selectFrom('meeting')
      .select(['team_id', 'date'])
      .where('id', '=', meetingId)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found');
    const access = await requireTeamAction(tx, ctx, m.team_id, 'team:read');
    const isMember = access.relationships.includes('member');
    if (isMember) await carryOverDueExperiments(tx, ctx, [meetingId]);
    const [meeting] = await meetingSummaries(tx, { ids: [meetingId] });
    const members = await membersOn(tx, m.team_id, m.date);
    const page = {
      meeting: meeting!,
      team: { id: access.team.id, name: access.team.name },
      members,
      can: access.can,
    };
    if (!isMember) return { ...page, agenda: null, hiddenItems: meeting!.agendaCount };

    const items = await tx
      .selectFrom('agenda_item as ai')
      .innerJoin('family as f', 'f.id', 'ai.family_id')
      .leftJoin('staff_user as u', 'u.id', 'ai.added_by')
      .select([
        'ai.id',
        'ai.family_id',
        'ai.position',
        'ai.origin',
        'f.child_ids',
        'f.version as family_version',
      ])
      .select(staffColumns('u', 'adder'))
      .where('ai.meeting_id', '=', meetingId)
      .orderBy('ai.position')
      .orderBy('ai.created_at')
      .execute();
    const families = [
      ...new Map(items.map((i) => [i.family_id, { id: i.family_id, child_ids: i.child_ids }])).values(),
    ];
    const allowed = await familiesAccess(tx, ctx, families, 'systemic:read');
    const shown = items.filter((i) => allowed.has(i.family_id));
    const familyIds = shown.map((i) => i.family_id);
    const childIds = shown.flatMap((i) => i.child_ids);

    const previous = await previousDiscussions(tx, familyIds, m.date);
    const [hypotheses, experiments] = [
      await loadHypotheses(tx, { familyIds }),
      await loadExperiments(tx, { familyIds }),
    ];
    const discussions = await loadDiscussions(tx, [...shown.map((i) => i.id), ...previous.map((p) => p.id)], {
      hypotheses,
      experiments,
    });
    const children = await childRefs(tx, childIds);
    const people = await familyPeople(
      tx,
      families.filter((f) => allowed.has(f.id)),
      children,
    );
    const genograms = await loadGenograms(
      tx,
      families.filter((f) => allowed.has(f.id)).map((f) => ({ ...f, can: allowed.get(f.id)!.can })),
      todayOf(ctx),
    );
    const meetingDate = parseLocalDate(m.date);

    const agenda: AgendaEntry[] = shown.map((item) => {
      const can = allowed.get(item.family_id)!.can;
      const familyExperiments = experiments.filter((e) => e.familyId === item.family_id);
      return {
        id: item.id,
        position: item.position,
        origin: item.origin,
        addedBy: staffRef(item, 'adder'),
        family: familyRef(
          { id: item.family_id, child_ids: item.child_ids, version: item.family_version },
          children,
          can,
        ),
        people: people.get(item.family_id) ?? [],
        discussion: discussions.get(item.id)!,
        dueExperimentIds: familyExperiments
          .filter((e) =>
            isExperimentDue(
              {
                status: e.status,
                followUpOn: parseLocalDate(e.followUpOn),
                agreedOn: parseLocalDate(e.agreedIn.date),
              },
              meetingDate,
            ),
          )
          .map((e) => e.id),
        hypotheses: hypotheses.filter((h) => h.familyId === item.family_id),
        experiments: familyExperiments,
        previous: previous.filter((p) => p.family_id === item.family_id).map((p) => discussions.get(p.id)!),
        genogram: genograms.get(item.family_id)!,
      };
    });
    if (childIds.length > 0) {
      await appendAudit(tx, ctx, {
        action: 'systemic:read',
        childIds: [...new Set(childIds)],
        basis: [...new Set(shown.map((i) => allowed.get(i.family_id)!.basis))].join(';'),
        purpose: CLIENT_WORK,
        details: { meetingId },
      });
    }
    return { ...page, agenda, hiddenItems: meeting!.agendaCount - shown.length };
  });
}

/** The members on the meeting's day, with their roles in the team. */
async function membersOn(tx: Tx, teamId: string, date: string) {
  const rows = await tx
    .selectFrom('team_member as m')
    .innerJoin('staff_user as u', 'u.id', 'm.user_id')
    .select(['m.team_role'])
    .select(staffColumns('u', 'user'))
    .where('m.team_id', '=', teamId)
    .where(sql<boolean>`(m.valid_from AT TIME ZONE 'Europe/Helsinki')::date <= ${date}::date`)
    .where(
      sql<boolean>`(m.valid_to IS NULL OR (m.valid_to AT TIME ZONE 'Europe/Helsinki')::date > ${date}::date)`,
    )
    .orderBy('u.last_name')
    .orderBy('u.first_name')
    .execute();
  return rows.map((r) => ({ user: staffRef(r, 'user')!, teamRole: r.team_role }));
}

/** Each family's discussions before the meeting's day, newest first, at most three each. */
async function previousDiscussions(tx: Tx, familyIds: readonly string[], before: string) {
  if (familyIds.length === 0) return [];
  const { rows } = await sql<{ id: string; family_id: string }>`
    SELECT id, family_id FROM (
      SELECT ai.id, ai.family_id,
        row_number() OVER (PARTITION BY ai.family_id ORDER BY m.date DESC, ai.created_at DESC) AS n
      FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
      WHERE ai.family_id = ANY(${familyIds}::uuid[]) AND m.date < ${before}::date AND m.status = 'scheduled'
    ) recent
    WHERE n <= ${PREVIOUS_DISCUSSIONS}
    ORDER BY family_id, n`.execute(tx);
  return rows;
}
