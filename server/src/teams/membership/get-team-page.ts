import type { ChildRef, LocalDate, TeamPage } from '@lumo/domain';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { requireTeamAction, todayOf } from '../access';
import { carryOverDueExperiments } from '../meetings/carry-over';
import { meetingSummaries, nextMeetingId } from '../meetings/schedule';
import { seriesOf } from '../meetings/series';
import { anyOf, childRefs, familyName, staffColumns, staffRef } from '../queries';
import { loadMembers } from './members';

/**
 * The team page: its members with their roles, the families whose cases it holds, its weekly
 * meeting and the next one. The lead sees the team without its families (decision 0005).
 */
export function getTeamPage(ctx: Ctx, teamId: string): Promise<TeamPage> {
  return asActor(ctx, async (tx) => {
    const access = await requireTeamAction(tx, ctx, teamId, 'team:read');
    const today = todayOf(ctx);
    const team = await tx
      .selectFrom('team as t')
      .leftJoin('staff_user as l', 'l.id', 't.lead_id')
      .select(['t.id', 't.name'])
      .select(staffColumns('l', 'lead'))
      .where('t.id', '=', teamId)
      .executeTakeFirstOrThrow();
    const municipalities = await tx
      .selectFrom('team_municipality as tm')
      .innerJoin('organisation as o', 'o.id', 'tm.municipality_id')
      .select('o.name_fi')
      .where('tm.team_id', '=', teamId)
      .orderBy('o.name_fi')
      .execute();
    const members = await loadMembers(tx, ctx, { teamId });
    const isMember = access.relationships.includes('member');
    const nextId = await nextMeetingId(tx, ctx, teamId, today);
    if (nextId && isMember) await carryOverDueExperiments(tx, ctx, [nextId]);
    const [nextMeeting] = nextId ? await meetingSummaries(tx, { ids: [nextId] }) : [];
    const families = isMember ? await teamFamilies(tx, teamId, today) : null;
    if (families && families.length > 0) {
      await appendAudit(tx, ctx, {
        action: 'team:read',
        childIds: families.flatMap((f) => f.children.map((c) => c.id)),
        basis: 'relationship:team',
        purpose: CLIENT_WORK,
        details: { teamId },
      });
    }
    return {
      team: {
        id: team.id,
        name: team.name,
        lead: staffRef(team, 'lead'),
        municipalities: municipalities.map((m) => m.name_fi),
      },
      members: members.filter((m) => m.status !== 'ended'),
      formerMembers: members.filter((m) => m.status === 'ended'),
      families,
      series: await seriesOf(tx, { teamId }),
      nextMeeting: nextMeeting ?? null,
      can: access.can,
    };
  });
}

/**
 * The children whose open cases the team holds, as families: the families already made, and the
 * other children grouped with their siblings, as a family would be proposed for them.
 */
async function teamFamilies(tx: Tx, teamId: string, today: LocalDate) {
  const children = await tx
    .selectFrom('child_case as c')
    .innerJoin('person as p', 'p.id', 'c.child_id')
    .leftJoin('staff_user as w', 'w.id', 'c.responsible_worker_id')
    .leftJoin('family_child as fc', 'fc.child_id', 'c.child_id')
    .select(['p.id', 'p.first_names', 'p.last_name', 'p.birth_date', 'fc.family_id'])
    .select(staffColumns('w', 'worker'))
    .where('c.team_id', '=', teamId)
    .where('c.status', '=', 'open')
    .execute();
  const workerOf = new Map(children.map((c) => [c.id, staffRef(c, 'worker')]));
  const familyIds = [...new Set(children.flatMap((c) => (c.family_id ? [c.family_id] : [])))];
  const families = familyIds.length
    ? await tx.selectFrom('family').select(['id', 'child_ids']).where('id', '=', anyOf(familyIds)).execute()
    : [];
  const refs = await childRefs(tx, [...children.map((c) => c.id), ...families.flatMap((f) => f.child_ids)]);

  // Children in no family yet are grouped with their siblings among them.
  const loose = children.filter((c) => !c.family_id).map((c) => c.id);
  const siblings = loose.length
    ? await tx
        .selectFrom('family_link')
        .select(['child_id', 'person_id'])
        .where('child_id', '=', anyOf(loose))
        .where('person_id', '=', anyOf(loose))
        .where('relation', 'in', ['sibling', 'half_sibling'])
        .execute()
    : [];
  const groupOf = new Map(loose.map((id) => [id, id]));
  const root = (id: string): string => {
    const parent = groupOf.get(id)!;
    return parent === id ? id : root(parent);
  };
  for (const s of siblings) groupOf.set(root(s.person_id), root(s.child_id));
  const proposed = new Map<string, string[]>();
  for (const id of loose) proposed.set(root(id), [...(proposed.get(root(id)) ?? []), id]);

  const [discussed, experiments] = familyIds.length
    ? [
        await tx
          .selectFrom('agenda_item as ai')
          .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
          .select(['ai.family_id', (eb) => eb.fn.max('m.date').as('last')])
          .where('ai.family_id', '=', anyOf(familyIds))
          .where('m.date', '<=', today)
          .where('m.status', '=', 'scheduled')
          .groupBy('ai.family_id')
          .execute(),
        await tx
          .selectFrom('experiment')
          .select([
            'family_id',
            (eb) => eb.fn.countAll<number>().as('open'),
            (eb) => eb.fn.min('follow_up_on').as('next'),
          ])
          .where('family_id', '=', anyOf(familyIds))
          .where('status', '=', 'open')
          .groupBy('family_id')
          .execute(),
      ]
    : [[], []];
  const lastOf = new Map(discussed.map((d) => [d.family_id, d.last as string]));
  const openOf = new Map(experiments.map((e) => [e.family_id, e]));

  const entry = (familyId: string | null, childIds: string[]) => {
    const kids = childIds
      .flatMap((id) => {
        const ref = refs.get(id);
        return ref ? [ref] : [];
      })
      .sort((a: ChildRef, b: ChildRef) => (a.birthDate ?? '').localeCompare(b.birthDate ?? ''));
    const open = familyId ? openOf.get(familyId) : undefined;
    return {
      familyId,
      name: familyName(kids),
      children: kids.map((k) => ({ ...k, responsibleWorker: workerOf.get(k.id) ?? null })),
      lastDiscussedOn: (familyId && lastOf.get(familyId)) || null,
      openExperiments: Number(open?.open ?? 0),
      nextFollowUpOn: (open?.next as string | undefined) ?? null,
    };
  };
  const visible = new Set(families.map((f) => f.id));
  return [
    ...families.map((f) => entry(f.id, f.child_ids)),
    // A family some of whose children the actor may not see shows with the children she may.
    ...familyIds
      .filter((id) => !visible.has(id))
      .map((id) =>
        entry(
          id,
          children.filter((c) => c.family_id === id).map((c) => c.id),
        ),
      ),
    ...[...proposed.values()].map((ids) => entry(null, ids)),
  ].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}
