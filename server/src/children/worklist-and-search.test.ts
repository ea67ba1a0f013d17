import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

let env: TestEnv;
let anna: StaffFixture;
let mikko: StaffFixture;
let tiina: StaffFixture;
let annasChild: ChildFixture;
let mikkosChild: ChildFixture;
let tiinasChild: ChildFixture;
let guardianId: string;
let annaClient: Client;

beforeAll(async () => {
  env = await startTestEnv();
  anna = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  mikko = await env.fx.staff({ firstName: 'Mikko', lastName: 'Laine' });
  tiina = await env.fx.staff({ firstName: 'Tiina', lastName: 'Lahtinen' });
  const kangas = await env.fx.team({ members: [{ user: anna }, { user: mikko }] });
  const north = await env.fx.team({ members: [{ user: tiina }] });
  annasChild = await env.fx.child({
    team: kangas,
    responsible: anna,
    firstNames: 'Eevi Lilja',
    lastName: 'Aaltonen',
  });
  mikkosChild = await env.fx.child({
    team: kangas,
    responsible: mikko,
    firstNames: 'Onni',
    lastName: 'Bergström',
  });
  tiinasChild = await env.fx.child({
    team: north,
    responsible: tiina,
    firstNames: 'Eevi',
    lastName: 'Korhonen',
  });
  guardianId = (
    await env.fx.familyMember(annasChild.id, { firstNames: 'Maria Johanna', lastName: 'Aaltonen' })
  ).id;
  await env.fx.familyMember(tiinasChild.id, { firstNames: 'Maria', lastName: 'Korhonen' });
  annaClient = await env.signIn(anna.username);
});
afterAll(() => env.close());

describe('the worklist', () => {
  it("lists the worker's own clients and her team's children, each once, with the strongest relationship", async () => {
    const response = await annaClient.get('/api/worklist');
    expect(response.status).toBe(200);
    const rows = response.body.children.map(
      (c: { id: string; relationship: string; responsibleWorker: string }) => [
        c.id,
        c.relationship,
        c.responsibleWorker,
      ],
    );
    expect(rows).toEqual([
      [annasChild.id, 'responsible', 'Anna Virtanen'],
      [mikkosChild.id, 'team', 'Mikko Laine'],
    ]);
  });

  it('does not list children whose relationship has ended', async () => {
    const leaver = await env.fx.staff();
    await env.fx.grant({
      user: leaver,
      childId: annasChild.id,
      kind: 'team',
      validTo: new Date('2025-12-31T22:00:00Z'),
    });
    const client = await env.signIn(leaver.username);
    expect((await client.get('/api/worklist')).body.children).toEqual([]);
  });
});

describe('person search', () => {
  const names = (body: { results: { firstNames: string; lastName: string }[] }) =>
    body.results.map((r) => `${r.firstNames} ${r.lastName}`).sort();

  it('finds by name only the people the worker has a relationship with: children and their family', async () => {
    const response = await annaClient.get('/api/people?q=eevi');
    expect(names(response.body)).toEqual(['Eevi Lilja Aaltonen']);
    const family = await annaClient.get('/api/people?q=maria');
    expect(names(family.body)).toEqual(['Maria Johanna Aaltonen']);
    expect(family.body.results[0].children).toEqual([{ id: annasChild.id, name: 'Eevi Lilja Aaltonen' }]);
  });

  it('matches every word against the start of a first or last name', async () => {
    expect(names((await annaClient.get('/api/people?q=lil%20aalto')).body)).toEqual(['Eevi Lilja Aaltonen']);
    expect(names((await annaClient.get('/api/people?q=johanna')).body)).toEqual(['Maria Johanna Aaltonen']);
    expect(names((await annaClient.get('/api/people?q=ilja')).body)).toEqual([]);
  });

  it('finds by the full personal identity code, and never a stranger’s', async () => {
    const own = await annaClient.get(`/api/people?q=${annasChild.hetu}`);
    expect(own.body.results.map((r: { id: string }) => r.id)).toEqual([annasChild.id]);
    const stranger = await annaClient.get(`/api/people?q=${tiinasChild.hetu}`);
    expect(stranger.body.results).toEqual([]);
  });

  it('treats LIKE wildcards as plain characters', async () => {
    expect((await annaClient.get('/api/people?q=%25%25')).body.results).toEqual([]);
    expect((await annaClient.get('/api/people?q=__')).body.results).toEqual([]);
  });

  it('finds the guardian through the child for a team member too', async () => {
    const client = await env.signIn(mikko.username);
    const response = await client.get('/api/people?q=maria');
    expect(response.body.results.map((r: { id: string }) => r.id)).toEqual([guardianId]);
  });
});

describe('correcting the child’s contact facts', () => {
  it('saves with the version read, and refuses a stale version with a conflict that loses nothing', async () => {
    const page = await annaClient.get(`/api/children/${annasChild.id}`);
    const version = page.body.child.version;
    const mikkoClient = await env.signIn(mikko.username);
    expect(
      (await mikkoClient.patch(`/api/children/${annasChild.id}`, { version, phone: '040 111 1111' })).status,
    ).toBe(200);
    const stale = await annaClient.patch(`/api/children/${annasChild.id}`, {
      version,
      phone: '040 222 2222',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    const after = await annaClient.get(`/api/children/${annasChild.id}`);
    expect(after.body.child).toMatchObject({ phone: '040 111 1111', version: version + 1 });
  });

  it('hides the address of a child under a non-disclosure order', async () => {
    await env.db
      .updateTable('person')
      .set({ non_disclosure: true })
      .where('id', '=', annasChild.id)
      .execute();
    const page = await annaClient.get(`/api/children/${annasChild.id}`);
    expect(page.body.child).toMatchObject({
      nonDisclosure: true,
      streetAddress: '',
      postalCode: '',
      postOffice: '',
    });
    await env.db
      .updateTable('person')
      .set({ non_disclosure: false })
      .where('id', '=', annasChild.id)
      .execute();
  });
});

describe('emergency access', () => {
  it('needs a team lead and a reason of at least 10 characters', async () => {
    expect(
      (
        await annaClient.post(`/api/children/${tiinasChild.id}/emergency-access`, {
          reason: 'Kiireellinen tilanne',
        })
      ).status,
    ).toBe(403);
    const lead = await env.fx.staff({ roles: ['team_lead'] });
    const leadClient = await env.signIn(lead.username);
    const short = await leadClient.post(`/api/children/${tiinasChild.id}/emergency-access`, {
      reason: ' lyhyt ',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0]).toMatchObject({ path: 'body.reason', code: 'too_short' });
    const missing = await leadClient.post(`/api/children/${tiinasChild.id}/emergency-access`, {});
    expect(missing.status).toBe(400);
    expect((await leadClient.get(`/api/children/${tiinasChild.id}`)).status).toBe(404);
  });

  it('opens the child for two hours, and the responsible worker and the child’s team lead see it', async () => {
    const leadOfNorth = await env.fx.staff({
      roles: ['team_lead'],
      firstName: 'Matti',
      lastName: 'Karjalainen',
    });
    await env.db
      .updateTable('team')
      .set({ lead_id: leadOfNorth.id })
      .where(
        'id',
        '=',
        (
          await env.db
            .selectFrom('child_case')
            .select('team_id')
            .where('child_id', '=', tiinasChild.id)
            .executeTakeFirstOrThrow()
        ).team_id!,
      )
      .execute();
    const onCall = await env.fx.staff({ roles: ['team_lead'], firstName: 'Leena', lastName: 'Lehtonen' });
    const leena = await env.signIn(onCall.username);
    const reason = 'Poliisi pyytää tietoja kiireellisesti illalla';
    const granted = await leena.post(`/api/children/${tiinasChild.id}/emergency-access`, { reason });
    expect(granted.status).toBe(201);
    expect(new Date(granted.body.validTo).getTime() - new Date(granted.body.validFrom).getTime()).toBe(
      2 * 3_600_000,
    );
    const page = await leena.get(`/api/children/${tiinasChild.id}`);
    expect(page.status).toBe(200);
    expect(page.body.myAccess).toEqual([{ kind: 'emergency', validTo: granted.body.validTo }]);
    // Emergency access reads and corrects; decisions and the use log stay with those who work with the child.
    expect(page.body.can).toEqual([
      'child:read',
      'child:update',
      'notification:read',
      'assessment:read',
      'clientPlan:read',
      'document:read',
      'networkMap:read',
      'partnerAccess:read',
      'consent:read',
      'multiagency:read',
      'consultation:read',
    ]);

    const tiinaClient = await env.signIn(tiina.username);
    const tiinasView = await tiinaClient.get(`/api/children/${tiinasChild.id}`);
    expect(tiinasView.body.accessGrants).toContainEqual(
      expect.objectContaining({
        kind: 'emergency',
        reason,
        user: expect.objectContaining({ name: 'Leena Lehtonen' }),
      }),
    );
    const notices = (await tiinaClient.get('/api/worklist')).body.emergencyAccessNotices;
    expect(notices).toEqual([
      expect.objectContaining({ reason, child: { id: tiinasChild.id, name: 'Eevi Korhonen' } }),
    ]);
    const matti = await env.signIn(leadOfNorth.username);
    const review = await matti.get('/api/emergency-accesses');
    expect(review.body.accesses).toEqual([
      expect.objectContaining({ reason, user: expect.objectContaining({ name: 'Leena Lehtonen' }) }),
    ]);

    // A fresh sign-in after the idle limit: the grant, not the session, is what expires here.
    env.clock.advance(2 * 3_600_000 - 1000);
    const later = await env.signIn(onCall.username);
    expect((await later.get(`/api/children/${tiinasChild.id}`)).status).toBe(200);
    env.clock.advance(1000);
    expect((await later.get(`/api/children/${tiinasChild.id}`)).status).toBe(404);
  });

  it('is refused to a team lead who already works with the child', async () => {
    const leadInTeam = await env.fx.staff({ roles: ['team_lead', 'social_worker'] });
    await env.fx.grant({ user: leadInTeam, childId: annasChild.id, kind: 'team' });
    const client = await env.signIn(leadInTeam.username);
    const response = await client.post(`/api/children/${annasChild.id}/emergency-access`, {
      reason: 'Kiireellinen asia päivystyksessä',
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('emergency_access_not_needed');
  });

  it('answers an unknown child like any other missing one', async () => {
    const lead = await env.fx.staff({ roles: ['team_lead'] });
    const client = await env.signIn(lead.username);
    const response = await client.post(
      '/api/children/01900000-0000-7000-8000-000000000000/emergency-access',
      { reason: 'Kiireellinen asia päivystyksessä' },
    );
    expect(response.status).toBe(404);
  });
});
