import { formatHetu, parseLocalDate } from '@lumo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

let env: TestEnv;
let anna: StaffFixture;
let tiina: StaffFixture;
let coordinatorWithoutTeam: StaffFixture;
let tiinasClient: ChildFixture;
let annaClient: Client;
let tiinaClient: Client;
let municipalityId: string;

beforeAll(async () => {
  env = await startTestEnv({ now: '2027-04-01T12:00:00+03:00' });
  anna = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  tiina = await env.fx.staff({ firstName: 'Tiina', lastName: 'Lahtinen' });
  coordinatorWithoutTeam = await env.fx.staff({ roles: ['coordinator'] });
  await env.fx.team({ members: [{ user: anna }] });
  const north = await env.fx.team({ members: [{ user: tiina }] });
  tiinasClient = await env.fx.child({
    team: north,
    responsible: tiina,
    firstNames: 'Onni',
    lastName: 'Korhonen',
  });
  municipalityId = (await env.fx.county()).municipalityId;
  annaClient = await env.signIn(anna.username);
  tiinaClient = await env.signIn(tiina.username);
});
afterAll(() => env.close());

const newChild = (n: number, extra: Record<string, unknown> = {}) => ({
  child: {
    firstNames: `Lapsi${n}`,
    lastName: 'Ilmoitettu',
    hetu: formatHetu(parseLocalDate('2016-05-14'), 900 + n),
    municipalityId,
  },
  notifierCategory: 'school',
  channel: 'phone',
  content: 'Opettaja on huolissaan lapsen poissaoloista.',
  ...extra,
});

describe('registering a notification (LSL §25)', () => {
  it('counts the deadlines from the Helsinki date received, over Christmas, New Year and Epiphany', async () => {
    // 22.12.2026 22:30 UTC is already 23.12 in Helsinki.
    const response = await annaClient.post('/api/notifications', {
      ...newChild(1),
      receivedAt: '2026-12-22T22:30:00Z',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      pendingDate: '2026-12-23',
      receivedOn: '2026-12-23',
      assessmentStartDue: '2027-01-07',
      familyInformedDue: '2027-01-07',
      assessmentCompleteDue: '2027-03-23',
    });
    const again = await annaClient.get(`/api/notifications/${response.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      assessmentStartDue: '2027-01-07',
      assessmentCompleteDue: '2027-03-23',
    });
  });

  it('moves the 3-month deadline off a Sunday and counts 7 working days over Easter', async () => {
    const endOfNovember = await annaClient.post('/api/notifications', {
      ...newChild(2),
      receivedAt: '2026-11-30T09:00:00+02:00',
    });
    // 30.11 + 3 months is 28.2.2027, a Sunday: Monday 1.3.
    expect(endOfNovember.body).toMatchObject({
      assessmentStartDue: '2026-12-09',
      assessmentCompleteDue: '2027-03-01',
    });
    const beforeEaster = await annaClient.post('/api/notifications', {
      ...newChild(3),
      receivedAt: '2027-03-23T15:00:00+02:00',
    });
    expect(beforeEaster.body).toMatchObject({
      assessmentStartDue: '2027-04-05',
      assessmentCompleteDue: '2027-06-23',
    });
  });

  it('works with the contract’s minimum: an existing child, the time received and the notifier', async () => {
    const response = await tiinaClient.post('/api/notifications', {
      childId: tiinasClient.id,
      receivedAt: '2027-03-30T08:15:00+03:00',
      notifierCategory: 'police',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      childId: tiinasClient.id,
      pendingDate: '2027-03-30',
      assessmentStartDue: '2027-04-08',
      assessmentCompleteDue: '2027-06-30',
      kind: 'notification',
      channel: 'other',
    });
  });

  it('creates a child not yet in the register and opens a case in intake held by the registrar and her team', async () => {
    const response = await annaClient.post('/api/notifications', {
      ...newChild(4),
      receivedAt: '2027-04-01T08:00:00+03:00',
    });
    expect(response.status).toBe(201);
    const childId = response.body.childId;
    const page = await annaClient.get(`/api/children/${childId}`);
    expect(page.status).toBe(200);
    expect(page.body.child).toMatchObject({
      firstNames: 'Lapsi4',
      lastName: 'Ilmoitettu',
      birthDate: '2016-05-14',
    });
    expect(page.body.case.responsibleWorker.name).toBe('Anna Virtanen');
    const clock = await annaClient.get(`/api/children/${childId}/clock`);
    expect(clock.body.case).toMatchObject({ phase: 'intake', status: 'open' });
    // A second notification about the same identity code joins the same case and assessment.
    const second = await annaClient.post('/api/notifications', {
      ...newChild(4),
      notifierCategory: 'health_care',
      receivedAt: '2027-04-01T10:00:00+03:00',
    });
    expect(second.body.childId).toBe(childId);
    expect(second.body.caseId).toBe(response.body.caseId);
    expect(second.body.assessmentId).toBe(response.body.assessmentId);
  });

  it('refuses an invalid identity code, a name for an anonymous notifier and a notification from the future', async () => {
    const badHetu = await annaClient.post('/api/notifications', {
      ...newChild(5),
      child: { firstNames: 'X', lastName: 'Y', hetu: '140516-9001', municipalityId },
      receivedAt: '2027-04-01T08:00:00+03:00',
    });
    expect(badHetu.status).toBe(400);
    expect(badHetu.body.error.code).toBe('invalid_hetu');
    const anonymous = await annaClient.post('/api/notifications', {
      ...newChild(5),
      notifierCategory: 'anonymous',
      notifierName: 'Naapuri',
      receivedAt: '2027-04-01T08:00:00+03:00',
    });
    expect(anonymous.status).toBe(400);
    const future = await annaClient.post('/api/notifications', {
      ...newChild(5),
      receivedAt: '2027-04-02T08:00:00+03:00',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0].path).toBe('body.receivedAt');
  });

  it('refuses to save a suspected sexual or violent offence until the police question is answered (§25(3))', async () => {
    const base = {
      ...newChild(6),
      content: 'Lapsi kertoi, että isä on lyönyt häntä.',
      suspectedOffence: true,
      receivedAt: '2027-04-01T09:00:00+03:00',
    };
    const unanswered = await annaClient.post('/api/notifications', base);
    expect(unanswered.status).toBe(400);
    expect(unanswered.body.error.code).toBe('police_notification_required');
    expect(unanswered.body.error.messages.sv).toMatch(/polisen/);
    const noReason = await annaClient.post('/api/notifications', { ...base, policeNotified: false });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('police_notification_required');
    // Nothing was half-written: the child was not created.
    expect((await annaClient.get(`/api/people?q=Lapsi6`)).body.results).toEqual([]);
    const answered = await annaClient.post('/api/notifications', { ...base, policeNotified: true });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ suspectedOffence: true, policeNotified: true });
  });

  it('attaches a notification about another team’s client to that case without showing the registrar the case', async () => {
    const response = await annaClient.post('/api/notifications', {
      child: { firstNames: 'Onni', lastName: 'Korhonen', hetu: tiinasClient.hetu },
      notifierCategory: 'early_childhood_education',
      receivedAt: '2027-04-01T09:30:00+03:00',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      childId: tiinasClient.id,
      caseId: null,
      assessmentId: null,
      can: [],
    });
    expect((await annaClient.get(`/api/children/${tiinasClient.id}`)).status).toBe(404);
    expect((await annaClient.get(`/api/notifications/${response.body.id}`)).status).toBe(200);
    const seenByTiina = await tiinaClient.get(`/api/notifications/${response.body.id}`);
    expect(seenByTiina.body.caseId).toBe(tiinasClient.caseId);
    const mine = await tiinaClient.get('/api/deadlines?scope=mine');
    expect(mine.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'urgencyAssessment',
        sourceId: response.body.id,
        group: 'urgencyNotAssessed',
      }),
    );
  });

  it('opens a new case for a child whose earlier case closed, even in another team', async () => {
    const first = await annaClient.post('/api/notifications', {
      ...newChild(9),
      receivedAt: '2027-03-01T08:00:00+02:00',
    });
    const closed = await annaClient.post(`/api/assessments/${first.body.assessmentId}/start-decision`, {
      decision: 'unnecessary',
      reason: 'Huoli selvitetty koulun kanssa; ei lastensuojelun tarvetta.',
    });
    expect(closed.body.status).toBe('not_started');
    expect((await annaClient.get(`/api/children/${first.body.childId}/clock`)).body.case.status).toBe(
      'closed',
    );
    const again = await tiinaClient.post('/api/notifications', {
      ...newChild(9),
      receivedAt: '2027-04-01T09:00:00+03:00',
    });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.childId).toBe(first.body.childId);
    expect(again.body.caseId).not.toBe(first.body.caseId);
    expect(again.body.assessmentStartDue).toBe('2027-04-12');
  });

  it('needs a team or a social worker for a new case, and an intake role', async () => {
    const coordinator = await env.signIn(coordinatorWithoutTeam.username);
    const refused = await coordinator.post('/api/notifications', {
      ...newChild(7),
      receivedAt: '2027-04-01T08:00:00+03:00',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('intake_team_required');
    const therapist = await env.fx.staff({ roles: ['family_therapist'] });
    const client = await env.signIn(therapist.username);
    expect(
      (await client.post('/api/notifications', { ...newChild(7), receivedAt: '2027-04-01T08:00:00+03:00' }))
        .status,
    ).toBe(403);
  });

  it('lists the register per child and per municipality, only for children the actor may read', async () => {
    const annas = await annaClient.get('/api/notifications?from=2027-04-01&to=2027-04-01');
    expect(annas.status).toBe(200);
    const children = new Set(annas.body.notifications.map((n: { child: { id: string } }) => n.child.id));
    expect(children.has(tiinasClient.id)).toBe(false);
    expect(annas.body.notifications.length).toBeGreaterThanOrEqual(3);
    const perChild = await tiinaClient.get(`/api/notifications?childId=${tiinasClient.id}`);
    expect(perChild.body.notifications).toHaveLength(2);
    const municipalityId = annas.body.notifications[0].municipality.id;
    const perMunicipality = await annaClient.get(`/api/notifications?municipalityId=${municipalityId}`);
    expect(perMunicipality.body.notifications.length).toBeGreaterThan(annas.body.notifications.length - 1);
  });
});

describe('a pre-birth notification (LSL §25c)', () => {
  it('is pending only from the birth: no deadlines before, the deadlines from the birth date after', async () => {
    const response = await annaClient.post('/api/notifications', {
      kind: 'pre_birth',
      expectedChild: {
        expectedBirthDate: '2027-05-20',
        expectantParent: {
          firstNames: 'Maija',
          lastName: 'Odottava',
          hetu: formatHetu(parseLocalDate('1999-03-03'), 950),
        },
        municipalityId,
      },
      notifierCategory: 'health_care',
      channel: 'letter',
      content: 'Neuvola on huolissaan odottavan äidin päihteiden käytöstä.',
      receivedAt: '2027-03-15T10:00:00+02:00',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'pre_birth',
      pendingDate: null,
      assessmentStartDue: null,
      assessmentCompleteDue: null,
      receivedOn: '2027-03-15',
    });
    const childId = response.body.childId;
    const before = await annaClient.get(`/api/children/${childId}/clock`);
    expect(before.body.expectedBirthDate).toBe('2027-05-20');
    expect(before.body.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['urgencyAssessment']);
    const page = await annaClient.get(`/api/children/${childId}`);
    expect(page.body.family).toEqual([expect.objectContaining({ firstNames: 'Maija', relation: 'mother' })]);

    env.clock.set('2027-04-01T12:00:00+03:00');
    const born = await annaClient.post(`/api/children/${childId}/birth`, {
      birthDate: '2027-03-31',
      firstNames: 'Aino',
    });
    expect(born.status, JSON.stringify(born.body)).toBe(200);
    expect(born.body).toMatchObject({
      pendingDate: '2027-03-31',
      assessmentStartDue: '2027-04-09',
      assessmentCompleteDue: '2027-06-30',
    });
    const notification = await annaClient.get(`/api/notifications/${response.body.id}`);
    expect(notification.body).toMatchObject({ pendingDate: '2027-03-31', assessmentStartDue: '2027-04-09' });
    const again = await annaClient.post(`/api/children/${childId}/birth`, { birthDate: '2027-03-31' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('not_expected_child');
  });
});

describe('the use log', () => {
  it('records registering and reading a notification with the child and the basis', async () => {
    const response = await annaClient.post('/api/notifications', {
      ...newChild(8),
      receivedAt: '2027-04-01T08:00:00+03:00',
    });
    await annaClient.get(`/api/notifications/${response.body.id}`);
    const events = await env.db
      .selectFrom('audit_event')
      .select(['action', 'basis', 'child_ids'])
      .where('actor_id', '=', anna.id)
      .orderBy('seq', 'desc')
      .limit(2)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['notification:read', 'notification:register']);
    for (const e of events) expect(e.child_ids).toEqual([response.body.childId]);
    expect(events[0]?.basis).toBe('relationship:responsible,relationship:team');
  });
});
