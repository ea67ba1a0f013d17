import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

let env: TestEnv;
let anna: StaffFixture;
let mikko: StaffFixture;
let therapist: StaffFixture;
let lead: StaffFixture;
let teamId: string;
let annaClient: Client;
let municipalityId: string;

beforeAll(async () => {
  // Monday 5.10.2026, 10:00 in Helsinki.
  env = await startTestEnv({ now: '2026-10-05T10:00:00+03:00' });
  anna = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  mikko = await env.fx.staff({ firstName: 'Mikko', lastName: 'Laine' });
  therapist = await env.fx.staff({ roles: ['family_therapist'], firstName: 'Terhi', lastName: 'Koskinen' });
  lead = await env.fx.staff({ roles: ['team_lead'], firstName: 'Leena', lastName: 'Lehtonen' });
  const team = await env.fx.team({
    lead,
    members: [{ user: anna }, { user: mikko }, { user: therapist, role: 'family_therapist' }],
  });
  teamId = team.id;
  // Mikko is at the legal limit of 30 child clients.
  for (let i = 0; i < 30; i++) await env.fx.child({ team, responsible: mikko });
  municipalityId = (await env.fx.county()).municipalityId;
  annaClient = await env.signIn(anna.username);
});
afterAll(() => env.close());

async function registerNew(client: Client, firstNames: string, receivedAt: string) {
  const response = await client.post('/api/notifications', {
    child: { firstNames, lastName: 'Polku', birthDate: '2015-06-01', municipalityId },
    notifierCategory: 'school',
    channel: 'e_form',
    content: 'Koulu on huolissaan.',
    receivedAt,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; childId: string; assessmentId: string };
}

describe('from notification to client plan', () => {
  let notification: { id: string; childId: string; assessmentId: string };
  let version: number;

  it('records the urgency assessment once, with who and when', async () => {
    notification = await registerNew(annaClient, 'Eevi', '2026-10-05T08:30:00+03:00');
    const urgency = await annaClient.post(`/api/notifications/${notification.id}/urgency-assessment`, {
      urgent: false,
      immediateMeasures: 'Ei välittömiä toimia; kotikäynti sovitaan.',
    });
    expect(urgency.status, JSON.stringify(urgency.body)).toBe(200);
    expect(urgency.body.urgency).toMatchObject({ urgent: false, assessedBy: { name: 'Anna Virtanen' } });
    expect(urgency.body.can).toEqual(['notification:read']);
    const again = await annaClient.post(`/api/notifications/${notification.id}/urgency-assessment`, {
      urgent: true,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('urgency_already_assessed');
  });

  it('lets only the responsible worker decide to start, and a reason is needed to not start', async () => {
    const terhi = await env.signIn(therapist.username);
    const byTeam = await terhi.post(`/api/assessments/${notification.assessmentId}/start-decision`, {
      decision: 'start',
    });
    expect(byTeam.status).toBe(404);
    const noReason = await annaClient.post(`/api/assessments/${notification.assessmentId}/start-decision`, {
      decision: 'unnecessary',
    });
    expect(noReason.status).toBe(400);
    const notClient = await annaClient.post(`/api/assessments/${notification.assessmentId}/start-decision`, {
      decision: 'within_client_work',
      reason: 'x',
    });
    expect(notClient.status).toBe(409);
    expect(notClient.body.error.code).toBe('start_decision_not_allowed');
    const started = await annaClient.post(`/api/assessments/${notification.assessmentId}/start-decision`, {
      decision: 'start',
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      status: 'in_progress',
      pendingDate: '2026-10-05',
      startDue: { due: '2026-10-14', doneOn: '2026-10-05' },
      completeDue: { due: '2027-01-05', doneOn: null },
      startDecision: { decision: 'start', decidedBy: { name: 'Anna Virtanen' } },
    });
    expect(started.body.can).toContain('assessment:conclude');
    expect(started.body.can).not.toContain('assessment:decideStart');
    const clock = await annaClient.get(`/api/children/${notification.childId}/clock`);
    expect(clock.body.case.phase).toBe('assessment');
  });

  it('records the work with optimistic locking: meetings with the child, views and method', async () => {
    const current = await annaClient.get(`/api/assessments/${notification.assessmentId}`);
    version = current.body.version;
    const saved = await annaClient.patch(`/api/assessments/${notification.assessmentId}`, {
      version,
      participants: [
        { name: 'Anna Virtanen', role: 'vastuusosiaalityöntekijä' },
        { name: 'Opettaja', role: 'koulu' },
      ],
      childMeetings: [
        {
          metInPerson: true,
          date: '2026-10-05',
          metAlone: true,
          place: 'koulu',
          notMetReason: '',
          notes: '',
        },
      ],
      childViews: 'Eevi haluaa, että kotona riidellään vähemmän.',
      childViewsMethod: 'keskustelu ja tunnekortit',
      guardianViews: 'Äiti toivoo tukea arkeen.',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const stale = await annaClient.patch(`/api/assessments/${notification.assessmentId}`, {
      version,
      workingNotes: 'x',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    const noDate = await annaClient.patch(`/api/assessments/${notification.assessmentId}`, {
      version: saved.body.version,
      childMeetings: [
        { metInPerson: true, date: null, metAlone: null, place: '', notMetReason: '', notes: '' },
      ],
    });
    expect(noDate.status).toBe(400);
  });

  it('meets the family-informed deadline when the child and every guardian have been told', async () => {
    const guardian = await env.fx.familyMember(notification.childId, {
      firstNames: 'Maria',
      lastName: 'Polku',
    });
    const childTold = await annaClient.post(
      `/api/assessments/${notification.assessmentId}/family-information`,
      {
        subject: 'notification',
        personId: notification.childId,
        method: 'in_person',
        informedOn: '2026-10-05',
      },
    );
    expect(childTold.status, JSON.stringify(childTold.body)).toBe(200);
    expect(childTold.body.familyInformedDue, JSON.stringify(childTold.body)).toMatchObject({
      due: '2026-10-14',
      doneOn: null,
    });
    const stranger = await annaClient.post(
      `/api/assessments/${notification.assessmentId}/family-information`,
      {
        subject: 'notification',
        personId: anna.id,
        method: 'phone',
        informedOn: '2026-10-05',
      },
    );
    expect(stranger.status).toBe(400);
    env.clock.set('2026-10-07T10:00:00+03:00');
    annaClient = await env.signIn(anna.username);
    const guardianTold = await annaClient.post(
      `/api/assessments/${notification.assessmentId}/family-information`,
      {
        subject: 'notification',
        personId: guardian.id,
        method: 'phone',
        informedOn: '2026-10-06',
      },
    );
    expect(guardianTold.body.familyInformedDue).toMatchObject({ due: '2026-10-14', doneOn: '2026-10-06' });
    const deadlines = await annaClient.get(`/api/children/${notification.childId}/clock`);
    expect(deadlines.body.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['assessmentCompletion']);
  });

  it('concludes: the child becomes a client (§27) and needs a first client plan', async () => {
    const concluded = await annaClient.post(`/api/assessments/${notification.assessmentId}/conclusion`, {
      outcome: 'client',
      reasons: 'Perhe tarvitsee lastensuojelun tukitoimia.',
    });
    expect(concluded.status, JSON.stringify(concluded.body)).toBe(200);
    expect(concluded.body).toMatchObject({
      status: 'concluded',
      conclusion: { outcome: 'client', concludedOn: '2026-10-07' },
    });
    const clock = await annaClient.get(`/api/children/${notification.childId}/clock`);
    expect(clock.body.case).toMatchObject({ phase: 'client', clientSince: '2026-10-07' });
    expect(clock.body.deadlines).toEqual([
      expect.objectContaining({ kind: 'firstClientPlan', due: null, group: 'undated' }),
    ]);
  });

  it('keeps plan versions: a draft is edited with locking, agreeing freezes it and sets the review a year on', async () => {
    const draft = await annaClient.post(`/api/children/${notification.childId}/client-plans`, {});
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body).toMatchObject({ planNo: 1, status: 'draft' });
    expect(
      (await annaClient.post(`/api/children/${notification.childId}/client-plans`, {})).body.error.code,
    ).toBe('client_plan_draft_exists');
    const incomplete = await annaClient.post(`/api/client-plans/${draft.body.id}/agree`, {
      version: draft.body.version,
    });
    expect(incomplete.body.error.code).toBe('client_plan_incomplete');
    const edited = await annaClient.patch(`/api/client-plans/${draft.body.id}`, {
      version: draft.body.version,
      circumstancesToChange: 'Riidat kotona.',
      supportNeeded: 'Perhetyö ja vanhemmuuden tuki.',
      services: [{ service: 'Perhetyö', provider: 'Keski-Suomen hyvinvointialue', timing: 'viikoittain' }],
      goals: [{ goal: 'Riidat vähenevät', estimatedTime: '6 kuukautta' }],
      childViews: 'Eevi toivoo rauhaa.',
      dissentingViews: 'Isä ei pidä perhetyötä tarpeellisena.',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const stale = await annaClient.patch(`/api/client-plans/${draft.body.id}`, {
      version: draft.body.version,
      childViews: 'x',
    });
    expect(stale.status).toBe(409);
    const agreed = await annaClient.post(`/api/client-plans/${draft.body.id}/agree`, {
      version: edited.body.version,
    });
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200);
    expect(agreed.body).toMatchObject({ status: 'agreed', planDate: '2026-10-07', reviewDue: '2027-10-07' });
    const frozen = await annaClient.patch(`/api/client-plans/${draft.body.id}`, {
      version: agreed.body.version,
      childViews: 'x',
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('client_plan_agreed');

    const second = await annaClient.post(`/api/children/${notification.childId}/client-plans`, {});
    expect(second.body).toMatchObject({
      planNo: 2,
      status: 'draft',
      basedOnId: draft.body.id,
      circumstancesToChange: 'Riidat kotona.',
    });
    const earlier = await annaClient.patch(`/api/client-plans/${second.body.id}`, {
      version: second.body.version,
      requestedReviewDate: '2027-02-01',
    });
    const agreedAgain = await annaClient.post(`/api/client-plans/${second.body.id}/agree`, {
      version: earlier.body.version,
    });
    expect(agreedAgain.body).toMatchObject({ planNo: 2, reviewDue: '2027-02-01' });
    const list = await annaClient.get(`/api/children/${notification.childId}/client-plans`);
    expect(list.body.plans.map((p: { planNo: number; status: string }) => [p.planNo, p.status])).toEqual([
      [2, 'agreed'],
      [1, 'agreed'],
    ]);
    const first = await annaClient.get(`/api/client-plans/${draft.body.id}`);
    expect(first.body).toMatchObject({ reviewDue: '2027-10-07', childViews: 'Eevi toivoo rauhaa.' });
    const clock = await annaClient.get(`/api/children/${notification.childId}/clock`);
    expect(clock.body.deadlines).toEqual([
      expect.objectContaining({ kind: 'clientPlanReview', due: '2027-02-01', sourceId: second.body.id }),
    ]);
  });

  it('makes the PDFs in Finnish and Swedish with the child, the worker and the dates, stored exactly as given', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const textOf = async (bytes: Uint8Array) => {
      const pdf = await getDocument({ data: bytes }).promise;
      const parts: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await (await pdf.getPage(n)).getTextContent();
        parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
      }
      return parts.join('\n');
    };
    const summary = await annaClient.post(`/api/assessments/${notification.assessmentId}/documents`, {
      language: 'fi',
    });
    expect(summary.status, JSON.stringify(summary.body)).toBe(201);
    const file = await env.app.inject({
      method: 'GET',
      url: `/api/documents/${summary.body.id}`,
      headers: { cookie: annaClient.cookie! },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const text = await textOf(new Uint8Array(file.rawPayload));
    for (const expected of [
      'Eevi Polku',
      'Anna Virtanen',
      'Testin hyvinvointialue',
      '5.10.2026',
      '14.10.2026',
      '5.1.2027',
      '7.10.2026',
    ])
      expect(text).toContain(expected);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(summary.body.sha256);

    const plans = await annaClient.get(`/api/children/${notification.childId}/client-plans`);
    const plan = await annaClient.post(`/api/client-plans/${plans.body.plans[0].id}/documents`, {
      language: 'sv',
    });
    expect(plan.status).toBe(201);
    const planFile = await env.app.inject({
      method: 'GET',
      url: `/api/documents/${plan.body.id}`,
      headers: { cookie: annaClient.cookie! },
    });
    // A Swedish document is named in Swedish, as the family sees it in the download.
    expect(planFile.headers['content-disposition']).toBe(
      'attachment; filename="klientplan-2-2026-10-07-sv.pdf"',
    );
    const planText = await textOf(new Uint8Array(planFile.rawPayload));
    for (const expected of [
      'Klientplan',
      'Eevi Polku',
      'Anna Virtanen',
      'Testets välfärdsområde',
      '7.10.2026',
      '1.2.2027',
      'Perhetyö',
    ])
      expect(planText).toContain(expected);
    const listed = await annaClient.get(`/api/children/${notification.childId}/documents`);
    expect(
      listed.body.documents.map((d: { kind: string; language: string }) => `${d.kind}:${d.language}`),
    ).toEqual(['client_plan:sv', 'assessment_summary:fi']);
    const logged = await env.db
      .selectFrom('audit_event')
      .select('action')
      .where('actor_id', '=', anna.id)
      .where('action', 'in', ['document:create', 'document:read'])
      .execute();
    expect(logged.map((e) => e.action).sort()).toEqual([
      'document:create',
      'document:create',
      'document:read',
      'document:read',
    ]);
  });
});

describe('the caseload limit (LSL §13b)', () => {
  it('refuses the 31st client with the worker’s count, until the team lead grants an exception with a reason', async () => {
    const notification = await registerNew(annaClient, 'Onni', '2026-10-07T08:00:00+03:00');
    await annaClient.post(`/api/assessments/${notification.assessmentId}/start-decision`, {
      decision: 'start',
    });
    await annaClient.post(`/api/assessments/${notification.assessmentId}/conclusion`, {
      outcome: 'client',
      reasons: 'Tarvitaan lastensuojelun tukitoimia.',
    });
    const refused = await annaClient.put(`/api/children/${notification.childId}/responsible-worker`, {
      workerId: mikko.id,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'caseload_limit_reached',
      details: { workerId: mikko.id, clientCount: 30, limit: 30 },
    });
    expect(refused.body.error.messages.fi).toMatch(/30/);

    const leena = await env.signIn(lead.username);
    const before = await leena.get('/api/caseloads');
    const mikkoRow = before.body.teams[0].members.find(
      (m: { user: { id: string } }) => m.user.id === mikko.id,
    );
    expect(mikkoRow).toMatchObject({ clientCount: 30, atLimit: true, overLimit: false, openOverride: null });
    expect(before.body.teams[0].can).toEqual(['caseload:override']);
    const short = await leena.post(`/api/teams/${teamId}/caseload-overrides`, {
      workerId: mikko.id,
      reason: 'lyhyt',
    });
    expect(short.status).toBe(400);
    const reason = 'Sisarukset samalle työntekijälle; Mikon asiakas siirtyy toiselle ensi viikolla.';
    const granted = await leena.post(`/api/teams/${teamId}/caseload-overrides`, {
      workerId: mikko.id,
      reason,
    });
    expect(granted.status).toBe(201);
    expect(
      (await leena.post(`/api/teams/${teamId}/caseload-overrides`, { workerId: mikko.id, reason })).status,
    ).toBe(409);
    expect(
      (await annaClient.post(`/api/teams/${teamId}/caseload-overrides`, { workerId: mikko.id, reason }))
        .status,
    ).toBe(403);

    const assigned = await annaClient.put(`/api/children/${notification.childId}/responsible-worker`, {
      workerId: mikko.id,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body).toMatchObject({
      clientCount: 31,
      overrideUsed: true,
      responsibleWorker: { name: 'Mikko Laine' },
    });
    // The exception is used up, and the view shows it with its reason; the lead still sees no child.
    const after = await leena.get('/api/caseloads');
    const team = after.body.teams[0];
    expect(team.members.find((m: { user: { id: string } }) => m.user.id === mikko.id)).toMatchObject({
      clientCount: 31,
      overLimit: true,
      openOverride: null,
    });
    expect(team.overrides).toEqual([expect.objectContaining({ reason, consumedAt: expect.any(String) })]);
    expect((await leena.get(`/api/children/${notification.childId}`)).status).toBe(404);
    // Access followed the assignment: Mikko is responsible now, Anna is still in the team.
    const mikkoClient = await env.signIn(mikko.username);
    expect((await mikkoClient.get(`/api/children/${notification.childId}`)).body.myAccess).toContainEqual(
      expect.objectContaining({ kind: 'responsible' }),
    );
    expect((await annaClient.get(`/api/children/${notification.childId}`)).body.myAccess).toEqual([
      expect.objectContaining({ kind: 'team' }),
    ]);
  });

  it('refuses a worker who is not a social worker of the child’s team', async () => {
    const notification = await registerNew(annaClient, 'Aino', '2026-10-07T08:00:00+03:00');
    const response = await annaClient.put(`/api/children/${notification.childId}/responsible-worker`, {
      workerId: therapist.id,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('not_a_team_social_worker');
  });

  it('starts the client relationship from urgent measures, which also counts against the limit', async () => {
    const notification = await registerNew(annaClient, 'Veeti', '2026-10-07T09:00:00+03:00');
    const urgent = await annaClient.post(`/api/notifications/${notification.id}/urgency-assessment`, {
      urgent: true,
      immediateMeasures: 'Kiireellinen sijoitus.',
      clientRelationshipStarts: true,
    });
    expect(urgent.status, JSON.stringify(urgent.body)).toBe(200);
    const clock = await annaClient.get(`/api/children/${notification.childId}/clock`);
    expect(clock.body.case).toMatchObject({ phase: 'client', clientSince: '2026-10-07' });
    expect(clock.body.deadlines.every((d: { group: string }) => d.group === 'urgent')).toBe(true);
  });
});
