import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';

// Tuesday 10 March 2026, 9.00 in Helsinki.
const NOW = '2026-03-10T09:00:00+02:00';

let env: TestEnv;
let consultant: StaffFixture;
let worker: StaffFixture;
let lead: StaffFixture;
let newcomer: StaffFixture;
let team: { id: string; members: StaffFixture[] };
let eevi: ChildFixture;
let kaisa: Client;

beforeAll(async () => {
  env = await startTestEnv({ now: NOW });
  consultant = await env.fx.staff({
    roles: ['consultant_social_worker'],
    firstName: 'Kaisa',
    lastName: 'Mäkelä',
  });
  worker = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  lead = await env.fx.staff({ roles: ['team_lead'], firstName: 'Leena', lastName: 'Lehtonen' });
  newcomer = await env.fx.staff({ roles: ['family_therapist'], firstName: 'Terhi', lastName: 'Koskinen' });
  team = await env.fx.team({
    lead,
    name: 'Tiimi Kangas',
    members: [{ user: consultant, role: 'consultant_social_worker' }, { user: worker }],
  });
  eevi = await env.fx.child({ team, responsible: worker, firstNames: 'Eevi', lastName: 'Aalto' });
  kaisa = await env.signIn(consultant.username);
});
afterAll(() => env.close());

const childVisible = async (client: Client, child: ChildFixture) =>
  (await client.get(`/api/children/${child.id}`)).status === 200;

describe('joining and leaving a team grant and end access on their days', () => {
  it('a member who joins today sees every child of the team at once', async () => {
    const terhi = await env.signIn(newcomer.username);
    expect(await childVisible(terhi, eevi)).toBe(false);

    const joined = await kaisa.post(`/api/teams/${team.id}/members`, {
      userId: newcomer.id,
      teamRole: 'family_therapist',
      joinsOn: '2026-03-10',
    });

    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      teamRole: 'family_therapist',
      joinsOn: '2026-03-10',
      leavesOn: null,
      status: 'current',
      relationshipsChanged: 1,
    });
    expect(await childVisible(terhi, eevi)).toBe(true);
    const grant = await env.db
      .selectFrom('access_relationship')
      .selectAll()
      .where('user_id', '=', newcomer.id)
      .executeTakeFirstOrThrow();
    expect(grant).toMatchObject({
      kind: 'team',
      source_id: team.id,
      granted_by: consultant.id,
      valid_to: null,
    });
    expect(grant.valid_from.toISOString()).toBe(new Date(NOW).toISOString());
  });

  it('a planned leaving ends access at the start of that day, not before', async () => {
    const members = (await kaisa.get(`/api/teams/${team.id}`)).body.members;
    const terhiMember = members.find((m: { user: { id: string } }) => m.user.id === newcomer.id);
    const left = await kaisa.patch(`/api/teams/${team.id}/members/${terhiMember.id}`, {
      version: terhiMember.version,
      leavesOn: '2026-04-01',
    });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ leavesOn: '2026-04-01', status: 'current', version: 2 });
    expect(await childVisible(await env.signIn(newcomer.username), eevi)).toBe(true);
    try {
      // Sessions end after 30 idle minutes, so each jump in time signs in again.
      env.clock.set('2026-03-31T23:59:00+03:00');
      expect(await childVisible(await env.signIn(newcomer.username), eevi)).toBe(true);
      env.clock.set('2026-04-01T00:00:01+03:00');
      expect(await childVisible(await env.signIn(newcomer.username), eevi)).toBe(false);
    } finally {
      env.clock.set(NOW);
    }
  });

  it('a member who joins in the future sees nothing until that day, and leaving today ends access at once', async () => {
    const later = await env.fx.staff({ roles: ['family_worker'] });
    const joined = await kaisa.post(`/api/teams/${team.id}/members`, {
      userId: later.id,
      teamRole: 'family_worker',
      joinsOn: '2026-03-16',
    });
    expect(joined.body.status).toBe('planned');
    expect(await childVisible(await env.signIn(later.username), eevi)).toBe(false);
    try {
      env.clock.set('2026-03-16T08:00:00+02:00');
      const pekka = await env.signIn(later.username);
      expect(await childVisible(pekka, eevi)).toBe(true);
      const leaves = await (await env.signIn(consultant.username)).patch(
        `/api/teams/${team.id}/members/${joined.body.id}`,
        { version: joined.body.version, leavesOn: '2026-03-16' },
      );
      expect(leaves.body.status).toBe('ended');
      expect(await childVisible(pekka, eevi)).toBe(false);
      const again = await (await env.signIn(consultant.username)).patch(
        `/api/teams/${team.id}/members/${joined.body.id}`,
        { version: leaves.body.version, leavesOn: null },
      );
      expect(again.body.error.code).toBe('membership_ended');
    } finally {
      env.clock.set(NOW);
    }
  });

  it('refuses days in the past, overlapping memberships and stale edits', async () => {
    const past = await kaisa.post(`/api/teams/${team.id}/members`, {
      userId: newcomer.id,
      teamRole: 'family_therapist',
      joinsOn: '2026-03-09',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('membership_date_in_past');

    const twice = await kaisa.post(`/api/teams/${team.id}/members`, {
      userId: worker.id,
      teamRole: 'social_worker',
      joinsOn: '2026-05-01',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_member');

    const annaMember = (await kaisa.get(`/api/teams/${team.id}`)).body.members.find(
      (m: { user: { id: string } }) => m.user.id === worker.id,
    );
    const stale = await kaisa.patch(`/api/teams/${team.id}/members/${annaMember.id}`, {
      version: annaMember.version + 1,
      teamRole: 'coordinator',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ id: annaMember.id, teamRole: 'social_worker' });
  });

  it('lets the consultant and the lead manage members, not other members or outsiders', async () => {
    const someone = await env.fx.staff();
    const anna = await env.signIn(worker.username);
    const byMember = await anna.post(`/api/teams/${team.id}/members`, {
      userId: someone.id,
      teamRole: 'social_worker',
      joinsOn: '2026-03-20',
    });
    expect(byMember.status).toBe(403);
    const outsider = await env.signIn((await env.fx.staff()).username);
    expect((await outsider.get(`/api/teams/${team.id}`)).status).toBe(404);

    const leena = await env.signIn(lead.username);
    const byLead = await leena.post(`/api/teams/${team.id}/members`, {
      userId: someone.id,
      teamRole: 'social_worker',
      joinsOn: '2026-03-20',
    });
    expect(byLead.status).toBe(201);
    // The lead manages the team without standing access to its children (decision 0005).
    expect(await childVisible(leena, eevi)).toBe(false);
  });
});

describe('the team page', () => {
  it('shows members with roles, families grouped with siblings, and the next meeting', async () => {
    const aino = await env.fx.child({ team, responsible: worker, firstNames: 'Aino', lastName: 'Berg' });
    const oiva = await env.fx.child({ team, responsible: worker, firstNames: 'Oiva', lastName: 'Berg' });
    await env.db
      .insertInto('family_link')
      .values([
        { id: crypto.randomUUID(), child_id: aino.id, person_id: oiva.id, relation: 'sibling' },
        { id: crypto.randomUUID(), child_id: oiva.id, person_id: aino.id, relation: 'sibling' },
      ])
      .execute();
    const series = await kaisa.post(`/api/teams/${team.id}/meeting-series`, {
      weekday: 2,
      startTime: '09:00',
      place: 'Kokoushuone Kangas',
      startsOn: '2026-01-06',
    });
    expect(series.status).toBe(201);

    const page = await kaisa.get(`/api/teams/${team.id}`);

    expect(page.status).toBe(200);
    expect(page.body.team).toMatchObject({ name: 'Tiimi Kangas', lead: { name: 'Leena Lehtonen' } });
    expect(
      page.body.members.map((m: { user: { name: string }; teamRole: string }) => [m.user.name, m.teamRole]),
    ).toEqual(
      expect.arrayContaining([
        ['Kaisa Mäkelä', 'consultant_social_worker'],
        ['Anna Virtanen', 'social_worker'],
      ]),
    );
    const families = page.body.families.map(
      (f: { name: string; familyId: string | null; children: unknown[] }) => [
        f.name,
        f.familyId,
        f.children.length,
      ],
    );
    expect(families).toEqual([
      ['Aalto', null, 1],
      ['Berg', null, 2],
    ]);
    expect(page.body.nextMeeting).toMatchObject({
      date: '2026-03-10',
      startTime: '09:00',
      place: 'Kokoushuone Kangas',
    });
    expect(page.body.can).toEqual([
      'team:read',
      'team:manageMembers',
      'team:manageMeetings',
      'agenda:add',
      'agenda:arrange',
    ]);

    const leenasPage = await (await env.signIn(lead.username)).get(`/api/teams/${team.id}`);
    expect(leenasPage.body.families).toBeNull();
    expect(leenasPage.body.can).toEqual(['team:read', 'team:manageMembers', 'team:manageMeetings']);
  });

  it('lists the actor’s teams and finds colleagues to add by name', async () => {
    const teams = await kaisa.get('/api/teams');
    expect(teams.body.teams).toEqual([
      expect.objectContaining({ name: 'Tiimi Kangas', myRole: 'consultant_social_worker' }),
    ]);
    const found = await kaisa.get('/api/staff?q=terhi kos');
    expect(found.body.results.map((r: { name: string }) => r.name)).toEqual(['Terhi Koskinen']);
  });
});
