import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';
import { invite, partnerOrganisation, partnerProfessional } from '../test-support';

// Tuesday 10 March 2026, 9.00 in Helsinki.
const NOW = '2026-03-10T09:00:00+02:00';

let env: TestEnv;
let worker: StaffFixture;
let child: ChildFixture;
let anna: Client;
let pekka: Client;
let stranger: Client;
let developer: Client;
let assessmentId = '';
let multiagencyId = '';
/** Eight partners invited into the assessment, and one given only the network map. */
const partners: StaffFixture[] = [];
let mapOnly: StaffFixture;
const grants: string[] = [];

beforeAll(async () => {
  env = await startTestEnv({ now: NOW });
  worker = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  const colleague = await env.fx.staff({ roles: ['family_worker'] });
  const team = await env.fx.team({ members: [{ user: worker }, { user: colleague, role: 'family_worker' }] });
  child = await env.fx.child({ team, responsible: worker, firstNames: 'Eevi', lastName: 'Aalto' });
  anna = await env.signIn(worker.username);
  pekka = await env.signIn(colleague.username);
  stranger = await env.signIn((await env.fx.staff()).username);
  developer = await env.signIn((await env.fx.staff({ roles: ['development_coordinator'] })).username);
  for (let i = 0; i < 8; i++) {
    const organisation = await partnerOrganisation(env, { name: `Kumppani ${i + 1}` });
    partners.push(
      await partnerProfessional(env, organisation.id, {
        firstName: `Kumppani${i + 1}`,
        lastName: 'Ammattilainen',
      }),
    );
  }
  mapOnly = await partnerProfessional(env, (await partnerOrganisation(env, { name: 'Seurakunta' })).id);
  const notification = await anna.post('/api/notifications', {
    childId: child.id,
    receivedAt: '2026-03-09T10:00:00+02:00',
    notifierCategory: 'school',
  });
  assessmentId = notification.body.assessmentId;
  const assessment = await anna.get(`/api/assessments/${assessmentId}`);
  const patched = await anna.patch(`/api/assessments/${assessmentId}`, {
    version: assessment.body.version,
    childViews: 'Eevi haluaa, että kotona olisi rauhallisempaa.',
    childViewsMethod: 'Tapaaminen koulussa',
    guardianViews: 'Äiti toivoo tukea arkeen.',
  });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
});
afterAll(() => env.close());

describe('the action cards of the county', () => {
  it('development coordinators keep them; workers read them', async () => {
    const cards = [
      {
        phase: 'preparation',
        position: 1,
        title: { fi: 'Selvitä lapsen verkosto', sv: '' },
        owner: 'responsible_worker',
        dueWorkingDays: 2,
      },
      {
        phase: 'invitations',
        position: 1,
        title: { fi: 'Kutsu kumppanit', sv: '' },
        owner: 'responsible_worker',
        dueWorkingDays: 3,
      },
      {
        phase: 'contributions',
        position: 1,
        title: { fi: 'Kumppanien näkemykset', sv: '' },
        owner: 'partners',
        dueWorkingDays: 10,
      },
      {
        phase: 'joint_meeting',
        position: 1,
        title: { fi: 'Yhteinen verkostopalaveri', sv: '' },
        owner: 'team',
        dueWorkingDays: 15,
      },
    ];
    for (const card of cards) {
      const created = await developer.post('/api/action-cards', {
        ...card,
        instructions: { fi: 'Ohje', sv: '' },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const refused = await anna.post('/api/action-cards', { ...cards[0], instructions: { fi: '', sv: '' } });
    expect(refused.status).toBe(403);
    const listed = await anna.get('/api/action-cards');
    expect(listed.body.cards.map((c: { title: { fi: string } }) => c.title.fi)).toEqual(
      cards.map((c) => c.title.fi),
    );
    expect(listed.body.can).toEqual([]);
    const retired = await developer.patch(`/api/action-cards/${listed.body.cards[3].id}`, {
      version: listed.body.cards[3].version,
      active: false,
    });
    expect(retired.status).toBe(200);
  });
});

describe('a multi-agency assessment', () => {
  it('starts on the open service-need assessment with the county’s active cards as dated tasks', async () => {
    const before = await anna.get(`/api/children/${child.id}/multiagency-assessments`);
    expect(before.body).toMatchObject({ assessments: [], openAssessmentId: assessmentId });
    const started = await pekka.post(`/api/assessments/${assessmentId}/multiagency`);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    multiagencyId = started.body.id;
    expect(started.body).toMatchObject({
      phase: 'preparation',
      startedOn: '2026-03-10',
      partners: [],
      contributions: [],
    });
    // Working days from Tuesday 10 March: 2 → Thursday 12th, 3 → Friday 13th, 10 → Tuesday 24th.
    expect(
      started.body.tasks.map((t: { title: { fi: string }; dueOn: string }) => [t.title.fi, t.dueOn]),
    ).toEqual([
      ['Selvitä lapsen verkosto', '2026-03-12'],
      ['Kutsu kumppanit', '2026-03-13'],
      ['Kumppanien näkemykset', '2026-03-24'],
    ]);
    const twice = await anna.post(`/api/assessments/${assessmentId}/multiagency`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('multiagency_exists');
    expect((await stranger.post(`/api/assessments/${assessmentId}/multiagency`)).status).toBe(404);
  });

  it('tasks are done by whoever does them, with who and by when', async () => {
    const opened = await anna.get(`/api/multiagency-assessments/${multiagencyId}`);
    const task = opened.body.tasks[0];
    const done = await pekka.patch(`/api/multiagency-tasks/${task.id}`, {
      version: task.version,
      done: true,
      assignee: 'Pekka',
      note: 'Verkostokartta piirretty',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ assignee: 'Pekka', note: 'Verkostokartta piirretty', overdue: false });
    expect(done.body.doneAt).not.toBeNull();
    const stale = await anna.patch(`/api/multiagency-tasks/${task.id}`, {
      version: task.version,
      done: false,
    });
    expect(stale.status).toBe(409);
    expect(
      (await stranger.patch(`/api/multiagency-tasks/${task.id}`, { version: 2, done: false })).status,
    ).toBe(404);
  });

  it('invitations are partner grants for the assessment section; the phase moves on', async () => {
    for (const partner of partners)
      grants.push((await invite(anna, child.id, partner, { sections: ['assessment'] })).id);
    await invite(anna, child.id, mapOnly, { sections: ['network_map'] });
    const opened = await anna.get(`/api/multiagency-assessments/${multiagencyId}`);
    expect(opened.body.partners).toHaveLength(8);
    expect(opened.body.partners[0]).toMatchObject({
      sections: ['assessment'],
      status: 'active',
      contributionSubmittedAt: null,
    });
    expect(opened.body.partners.map((p: { partner: { id: string } }) => p.partner.id)).not.toContain(
      mapOnly.id,
    );
    const moved = await anna.patch(`/api/multiagency-assessments/${multiagencyId}`, {
      version: opened.body.version,
      phase: 'contributions',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.phase).toBe('contributions');
    const stale = await pekka.patch(`/api/multiagency-assessments/${multiagencyId}`, {
      version: opened.body.version,
      phase: 'joint_meeting',
    });
    expect(stale.status).toBe(409);
  });

  it('every perspective side by side: the child’s, the guardians’ and each partner’s own, and the read is logged', async () => {
    // As the partner portal writes them: each partner her own, the last one still a draft.
    const relationships = await env.db
      .selectFrom('access_relationship')
      .select(['id', 'user_id'])
      .where('id', 'in', grants)
      .execute();
    const now = env.clock.now();
    for (const [i, partner] of partners.entries()) {
      const organisation = await env.db
        .selectFrom('staff_user')
        .select('organisation_id')
        .where('id', '=', partner.id)
        .executeTakeFirstOrThrow();
      await env.db
        .insertInto('multiagency_contribution')
        .values({
          id: crypto.randomUUID(),
          multiagency_id: multiagencyId,
          child_id: child.id,
          author_id: partner.id,
          organisation_id: organisation.organisation_id,
          relationship_id: relationships.find((r) => r.user_id === partner.id)!.id,
          observations: `Havainto ${i + 1}`,
          concerns: `Huoli ${i + 1}`,
          strengths: `Vahvuus ${i + 1}`,
          proposed_support: `Tuki ${i + 1}`,
          meeting_availability: 'Tiistaisin',
          submitted_at: i < 7 ? now : null,
          created_at: new Date(now.getTime() + i),
          updated_at: now,
        })
        .execute();
    }
    const opened = await anna.get(`/api/multiagency-assessments/${multiagencyId}`);
    expect(opened.status).toBe(200);
    expect(opened.body.childViews).toEqual({
      text: 'Eevi haluaa, että kotona olisi rauhallisempaa.',
      method: 'Tapaaminen koulussa',
    });
    expect(opened.body.guardianViews).toBe('Äiti toivoo tukea arkeen.');
    expect(opened.body.contributions).toHaveLength(8);
    expect(opened.body.contributions[0]).toMatchObject({
      author: {
        id: partners[0]!.id,
        name: 'Kumppani1 Ammattilainen',
        organisation: { name: { fi: 'Kumppani 1' } },
      },
      observations: 'Havainto 1',
      concerns: 'Huoli 1',
      strengths: 'Vahvuus 1',
      proposedSupport: 'Tuki 1',
      meetingAvailability: 'Tiistaisin',
    });
    expect(opened.body.contributions[7].submittedAt).toBeNull();
    expect(
      opened.body.partners.filter(
        (p: { contributionSubmittedAt: string | null }) => p.contributionSubmittedAt,
      ),
    ).toHaveLength(7);
    const audit = await env.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id', 'details'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'multiagency:read',
      actor_id: worker.id,
      details: { multiagencyId },
    });
    const listed = await pekka.get(`/api/children/${child.id}/multiagency-assessments`);
    expect(listed.body.assessments).toMatchObject([
      { id: multiagencyId, phase: 'contributions', contributions: 7 },
    ]);
  });

  it('the database shows a partner her own contribution and no one else’s', async () => {
    const seen = await env.db.transaction().execute(async (tx) => {
      await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${partners[0]!.id}, true),
        set_config('lumo.now', ${env.clock.now().toISOString()}, true)`.execute(tx);
      return (await sql<{ author_id: string }>`SELECT author_id FROM multiagency_contribution`.execute(tx))
        .rows;
    });
    expect(seen).toEqual([{ author_id: partners[0]!.id }]);
  });

  it('a joint network meeting is recorded with who came, what was said and the next steps', async () => {
    const recorded = await anna.post(`/api/multiagency-assessments/${multiagencyId}/meetings`, {
      heldOn: '2026-03-10',
      startTime: '13:00',
      place: 'Kuokkalan koulu',
      attendees: [
        { name: 'Kumppani1 Ammattilainen', role: 'Koulukuraattori', organisation: 'Kumppani 1' },
        { name: 'Maria Aalto', role: 'Äiti', organisation: '' },
      ],
      record: 'Sovittiin yhteisestä tuesta.',
      nextSteps: [{ what: 'Perhetyö alkaa', who: 'Pekka', dueOn: '2026-03-20' }],
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({
      heldOn: '2026-03-10',
      startTime: '13:00',
      recordedBy: { id: worker.id },
    });
    const changed = await pekka.patch(`/api/network-meetings/${recorded.body.id}`, {
      version: recorded.body.version,
      record: 'Sovittiin yhteisestä tuesta ja seurannasta.',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.record).toBe('Sovittiin yhteisestä tuesta ja seurannasta.');
    const badTime = await anna.post(`/api/multiagency-assessments/${multiagencyId}/meetings`, {
      heldOn: '2026-03-10',
      startTime: '25:00',
      attendees: [],
      record: '',
      nextSteps: [],
    });
    expect(badTime.status).toBe(400);
    const opened = await anna.get(`/api/multiagency-assessments/${multiagencyId}`);
    expect(opened.body.meetings).toHaveLength(1);
  });

  it('the summary is shared with the partners only by the responsible worker, and an edit takes it back', async () => {
    const saved = await pekka.put(`/api/multiagency-assessments/${multiagencyId}/summary`, {
      version: null,
      text: 'Yhteinen näkemys: Eevi tarvitsee tukea koulussa ja kotona.',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.summary).toMatchObject({ sharedWithPartners: false, version: 1 });
    const summarySeen = () =>
      env.db.transaction().execute(async (tx) => {
        await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${partners[1]!.id}, true),
          set_config('lumo.now', ${env.clock.now().toISOString()}, true)`.execute(tx);
        return (await sql<{ text: string }>`SELECT text FROM multiagency_summary`.execute(tx)).rows.length;
      });
    expect(await summarySeen()).toBe(0);
    expect(
      (
        await pekka.post(`/api/multiagency-assessments/${multiagencyId}/summary/share`, {
          version: 1,
          shared: true,
        })
      ).status,
    ).toBe(404);
    const shared = await anna.post(`/api/multiagency-assessments/${multiagencyId}/summary/share`, {
      version: 1,
      shared: true,
    });
    expect(shared.status).toBe(200);
    expect(shared.body.summary).toMatchObject({
      sharedWithPartners: true,
      sharedBy: { id: worker.id },
      version: 2,
    });
    expect(await summarySeen()).toBe(1);
    const edited = await pekka.put(`/api/multiagency-assessments/${multiagencyId}/summary`, {
      version: 2,
      text: 'Muokattu yhteenveto',
    });
    expect(edited.body.summary).toMatchObject({ sharedWithPartners: false, version: 3 });
    expect(await summarySeen()).toBe(0);
  });

  it('a revoked partner stays listed as revoked, and sees nothing more', async () => {
    await anna.post(`/api/children/${child.id}/partner-access/${grants[1]}/revoke`, {});
    const opened = await anna.get(`/api/multiagency-assessments/${multiagencyId}`);
    expect(opened.body.partners.find((p: { grantId: string }) => p.grantId === grants[1]).status).toBe(
      'revoked',
    );
    const seen = await env.db.transaction().execute(async (tx) => {
      await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${partners[1]!.id}, true),
        set_config('lumo.now', ${env.clock.now().toISOString()}, true)`.execute(tx);
      return (
        await sql`SELECT 1 FROM multiagency_contribution UNION ALL SELECT 1 FROM network_meeting`.execute(tx)
      ).rows;
    });
    expect(seen).toEqual([]);
  });

  it('someone outside the case gets what a missing assessment gets', async () => {
    for (const url of [
      `/api/multiagency-assessments/${multiagencyId}`,
      `/api/children/${child.id}/multiagency-assessments`,
    ]) {
      const refused = await stranger.get(url);
      expect(refused.status, url).toBe(404);
      expect(refused.body.error.code).toBe('not_found');
    }
    expect((await anna.get(`/api/multiagency-assessments/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
