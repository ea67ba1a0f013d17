import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';

/**
 * The partner professional's own API against partners in every state of invitation: one invited for
 * every section, one for the network map only, and one each whose access expired, was revoked, or
 * ended when the guardian withdrew her consent.
 */
const partnerKinds = ['invited', 'mapOnly', 'expired', 'revoked', 'consentWithdrawn'] as const;
type PartnerKind = (typeof partnerKinds)[number];
const ended = ['expired', 'revoked', 'consentWithdrawn'] as const;

let env: TestEnv;
let child: ChildFixture;
let worker: Client;
let responsible: StaffFixture;
const partners = {} as Record<PartnerKind, StaffFixture>;
const clients = {} as Record<PartnerKind, Client>;
const grants = {} as Record<PartnerKind, string>;
let multiagencyId = '';
let assessmentId = '';
let partnerOrgId = '';

// Tuesday 10.3.2026 in Helsinki.
beforeAll(async () => {
  env = await startTestEnv({ now: '2026-03-10T09:00:00+02:00' });
  responsible = await env.fx.staff();
  const team = await env.fx.team({ members: [{ user: responsible }] });
  child = await env.fx.child({ team, responsible, firstNames: 'Eevi', lastName: 'Virtanen' });
  const mother = await env.fx.familyMember(child.id, { firstNames: 'Sanna', lastName: 'Virtanen' });
  worker = await env.signIn(responsible.username);

  partnerOrgId = randomUUID();
  await env.db
    .insertInto('organisation')
    .values({
      id: partnerOrgId,
      kind: 'partner',
      code: null,
      name_fi: 'Kuokkalan koulu',
      name_sv: 'Kuokkala skola',
      parent_id: null,
      region: 'Keski-Suomi',
      systemic_training: null,
    })
    .execute();
  for (const kind of partnerKinds) {
    partners[kind] = await env.fx.staff({
      roles: ['partner'],
      firstName: 'Kaisa',
      lastName: `Kuraattori-${kind}`,
    });
    await env.db
      .updateTable('staff_user')
      .set({ organisation_id: partnerOrgId, title: 'Koulukuraattori' })
      .where('id', '=', partners[kind].id)
      .execute();
  }
  const consent = async (scopes: string[]) => {
    const id = randomUUID();
    await env.db
      .insertInto('consent')
      .values({
        id,
        child_id: child.id,
        given_by_person_id: mother.id,
        giver_role: 'guardian',
        given_on: '2026-03-02',
        method: 'written',
        organisation_id: partnerOrgId,
        scopes,
        purpose: 'Koulun tuki',
        valid_until: '2026-06-30',
        recorded_by: responsible.id,
        recorded_at: new Date('2026-03-02T10:00:00Z'),
      })
      .execute();
    return id;
  };
  const grant = async (
    kind: PartnerKind,
    sections: string[],
    options: { consentId?: string; validTo?: Date } = {},
  ) => {
    const id = randomUUID();
    await env.db
      .insertInto('access_relationship')
      .values({
        id,
        user_id: partners[kind].id,
        child_id: child.id,
        kind: 'partner',
        valid_from: new Date('2026-03-02T10:00:00Z'),
        valid_to: options.validTo ?? new Date('2026-06-30T21:00:00Z'),
        reason: null,
        granted_by: responsible.id,
        source_id: null,
        sections,
        purpose: 'Koulunkäynnin tuki monialaisessa arviossa',
        ...(options.consentId
          ? { legal_basis: 'consent', consent_id: options.consentId }
          : { legal_basis: 'statutory', provision: 'lsl_41' }),
      })
      .execute();
    grants[kind] = id;
  };
  const every = ['basic_facts', 'assessment', 'network_map', 'client_plan'];
  await grant('invited', every);
  await grant('mapOnly', ['network_map'], { consentId: await consent(['network_map']) });
  await grant('expired', every, { validTo: new Date('2026-03-09T22:00:00Z') });
  await grant('revoked', every);
  await env.db
    .updateTable('access_relationship')
    .set({ revoked_at: new Date('2026-03-05T10:00:00Z'), revoked_by: responsible.id, revocation: 'revoked' })
    .where('id', '=', grants.revoked)
    .execute();
  const withdrawnConsent = await consent(every);
  await grant('consentWithdrawn', every, { consentId: withdrawnConsent });
  await env.db
    .updateTable('consent')
    .set({
      withdrawn_on: '2026-03-06',
      withdrawal_recorded_at: new Date('2026-03-06T10:00:00Z'),
      withdrawal_recorded_by: responsible.id,
    })
    .where('id', '=', withdrawnConsent)
    .execute();
  for (const kind of partnerKinds) clients[kind] = await env.signIn(partners[kind].username);

  // The child's statutory assessment under way, with multi-agency work on it.
  const notification = await worker.post('/api/notifications', {
    childId: child.id,
    receivedAt: '2026-03-02T10:00:00+02:00',
    notifierCategory: 'school',
  });
  expect(notification.status, JSON.stringify(notification.body)).toBe(201);
  assessmentId = notification.body.assessmentId;
  // A child already in client work: the assessment is set under way directly, as the statutory path's own tests cover how.
  await env.db
    .updateTable('assessment')
    .set({ status: 'in_progress' })
    .where('id', '=', assessmentId)
    .execute();
  const now = env.clock.now();
  multiagencyId = randomUUID();
  await env.db
    .insertInto('multiagency_assessment')
    .values({
      id: multiagencyId,
      assessment_id: assessmentId,
      child_id: child.id,
      phase: 'contributions',
      started_on: '2026-03-03',
      started_by: responsible.id,
      started_at: now,
      updated_at: now,
    })
    .execute();
  const task = (owner: string, position: number, title: string, note = '') => ({
    id: randomUUID(),
    multiagency_id: multiagencyId,
    child_id: child.id,
    card_id: null,
    phase: 'contributions',
    position,
    title_fi: title,
    owner,
    due_on: '2026-03-20',
    done_at: null,
    done_by: null,
    note,
    updated_at: now,
  });
  await env.db
    .insertInto('multiagency_task')
    .values([
      task('partners', 1, 'Kumppanit kirjaavat näkemyksensä'),
      task('team', 2, 'Tiimi valmistelee yhteenvedon', 'Äidin jaksaminen huolettaa'),
    ])
    .execute();
  await env.db
    .insertInto('network_meeting')
    .values({
      id: randomUUID(),
      multiagency_id: multiagencyId,
      child_id: child.id,
      held_on: '2026-03-25',
      start_time: '13:00',
      place: 'Kuokkalan koulu',
      recorded_by: responsible.id,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await env.db
    .insertInto('multiagency_summary')
    .values({
      multiagency_id: multiagencyId,
      child_id: child.id,
      text: 'Luonnos',
      updated_at: now,
      updated_by: responsible.id,
    })
    .execute();
  await env.db
    .insertInto('network_map_version')
    .values({
      id: randomUUID(),
      child_id: child.id,
      version: 1,
      document: JSON.stringify({
        nodes: [
          {
            id: child.id,
            kind: 'child',
            personId: child.id,
            serviceId: null,
            name: 'Eevi Virtanen',
            role: '',
            sector: 'family',
            note: '',
          },
        ],
        ties: [],
      }),
      saved_by: responsible.id,
      saved_at: now,
    })
    .execute();
  const draft = await worker.post(`/api/children/${child.id}/client-plans`, {});
  const edited = await worker.patch(`/api/client-plans/${draft.body.id}`, {
    version: draft.body.version,
    circumstancesToChange: 'Koulunkäynti',
    supportNeeded: 'Koulun tukitoimet',
  });
  const agreed = await worker.post(`/api/client-plans/${draft.body.id}/agree`, {
    version: edited.body.version,
  });
  expect(agreed.status, JSON.stringify(agreed.body)).toBe(200);
});
afterAll(() => env.close());

async function disclosures(kind: PartnerKind, data?: string) {
  let query = env.db
    .selectFrom('disclosure_event')
    .selectAll()
    .where('recipient_user_id', '=', partners[kind].id);
  if (data) query = query.where('data', '=', data);
  return query.execute();
}

const paths = () => [
  `/api/partner/cases/${child.id}`,
  `/api/partner/cases/${child.id}/network-map`,
  `/api/partner/cases/${child.id}/client-plan`,
  `/api/partner/multiagency-assessments/${multiagencyId}`,
];

describe('the partner’s cases', () => {
  it('lists the case with the child’s basic facts only to a partner given them', async () => {
    const invited = await clients.invited.get('/api/partner/cases');
    expect(invited.status).toBe(200);
    expect(invited.body.cases).toEqual([
      expect.objectContaining({
        childId: child.id,
        grantId: grants.invited,
        child: {
          firstNames: 'Eevi',
          lastName: 'Virtanen',
          birthDate: expect.any(String),
          municipality: { fi: 'Jyväskylä', sv: 'Jyväskylä' },
        },
        sections: ['basic_facts', 'assessment', 'network_map', 'client_plan'],
        validUntil: '2026-06-30',
        basis: expect.objectContaining({ kind: 'statutory', provision: 'lsl_41' }),
        invitedBy: expect.objectContaining({ id: responsible.id }),
      }),
    ]);
    expect(await disclosures('invited', 'basic_facts')).toHaveLength(1);
    const mapOnly = await clients.mapOnly.get('/api/partner/cases');
    expect(mapOnly.body.cases).toEqual([
      expect.objectContaining({
        child: null,
        label: expect.stringMatching(/^[0-9A-F]{6}$/),
        sections: ['network_map'],
      }),
    ]);
    expect(JSON.stringify(mapOnly.body)).not.toMatch(/Eevi|Virtanen/);
    expect(await disclosures('mapOnly', 'basic_facts')).toEqual([]);
  });

  it('shows nothing at all to an expired, revoked or consent-withdrawn invitation', async () => {
    for (const kind of ended) {
      const list = await clients[kind].get('/api/partner/cases');
      expect(list.body.cases, kind).toEqual([]);
      for (const path of paths()) {
        const refused = await clients[kind].get(path);
        const missing = await clients[kind].get(
          path.replace(child.id, randomUUID()).replace(multiagencyId, randomUUID()),
        );
        expect(refused.status, `${kind} ${path}`).toBe(404);
        expect({ ...refused.body.error, requestId: '' }, `${kind} ${path}`).toEqual({
          ...missing.body.error,
          requestId: '',
        });
      }
      expect(await disclosures(kind), kind).toEqual([]);
    }
  });

  it('refuses the partner portal to staff and the staff pages to partners', async () => {
    expect((await worker.get('/api/partner/cases')).status).toBe(403);
    expect((await clients.invited.get(`/api/children/${child.id}`)).status).toBe(404);
    expect((await clients.invited.get(`/api/children/${child.id}/network-map`)).status).toBe(404);
  });

  it('outlines each section she has, and only those', async () => {
    const invited = await clients.invited.get(`/api/partner/cases/${child.id}`);
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({
      multiagencyAssessments: [{ id: multiagencyId, phase: 'contributions', startedOn: '2026-03-03' }],
      networkMapVersion: 1,
      clientPlan: { id: expect.any(String) },
    });
    const mapOnly = await clients.mapOnly.get(`/api/partner/cases/${child.id}`);
    expect(mapOnly.body).toMatchObject({
      child: null,
      multiagencyAssessments: [],
      networkMapVersion: 1,
      clientPlan: null,
    });
  });
});

describe('the sections', () => {
  it('gives the latest network map to a partner with the section, and logs the disclosure', async () => {
    for (const kind of ['invited', 'mapOnly'] as const) {
      const map = await clients[kind].get(`/api/partner/cases/${child.id}/network-map`);
      expect(map.status).toBe(200);
      expect(map.body).toMatchObject({ childId: child.id, version: 1 });
      const [logged] = await disclosures(kind, 'network_map');
      expect(logged).toMatchObject({
        child_id: child.id,
        recipient_organisation_id: partnerOrgId,
        relationship_id: grants[kind],
        legal_basis: kind === 'invited' ? 'statutory' : 'consent',
        decided_by: responsible.id,
      });
    }
  });

  it('gives the agreed client plan only with the client plan section', async () => {
    const plan = await clients.invited.get(`/api/partner/cases/${child.id}/client-plan`);
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ childId: child.id, planNo: 1, supportNeeded: 'Koulun tukitoimet' });
    expect(await disclosures('invited', 'client_plan')).toHaveLength(1);
    const refused = await clients.mapOnly.get(`/api/partner/cases/${child.id}/client-plan`);
    expect(refused.status).toBe(404);
    const denied = await env.db
      .selectFrom('audit_event')
      .select(['action', 'child_ids'])
      .where('actor_id', '=', partners.mapOnly.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toContainEqual({ action: 'partner:readClientPlan', child_ids: [child.id] });
  });

  it('opens the assessment with the partners’ tasks, not the team’s, and the summary only once shared', async () => {
    const read = await clients.invited.get(`/api/partner/multiagency-assessments/${multiagencyId}`);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.tasks.map((t: { title: { fi: string } }) => t.title.fi)).toEqual([
      'Kumppanit kirjaavat näkemyksensä',
    ]);
    expect(JSON.stringify(read.body)).not.toContain('Äidin jaksaminen');
    expect(read.body).toMatchObject({
      summary: null,
      myContribution: null,
      can: ['partner:readAssessment', 'partner:contribute'],
    });
    expect(read.body.meetings).toHaveLength(1);
    await env.db
      .updateTable('multiagency_summary')
      .set({ text: 'Yhteinen näkemys', shared_at: env.clock.now(), shared_by: responsible.id })
      .where('multiagency_id', '=', multiagencyId)
      .execute();
    const shared = await clients.invited.get(`/api/partner/multiagency-assessments/${multiagencyId}`);
    expect(shared.body.summary).toEqual({ text: 'Yhteinen näkemys', sharedAt: expect.any(String) });
    expect(await disclosures('invited', 'assessment')).toHaveLength(2);
    expect((await clients.mapOnly.get(`/api/partner/multiagency-assessments/${multiagencyId}`)).status).toBe(
      404,
    );
  });
});

describe('the partner’s contribution', () => {
  const fields = {
    observations: 'Poissaoloja on ollut kolme viikossa.',
    concerns: 'Väsymys aamuisin.',
    strengths: 'Hyvä kaveripiiri, pitää liikunnasta.',
    proposedSupport: 'Kuraattorin tapaamiset viikoittain.',
    meetingAvailability: 'Ti ja to iltapäivisin.',
  };
  const url = () => `/api/partner/multiagency-assessments/${multiagencyId}/contribution`;

  it('is saved with optimistic locking and reaches the team', async () => {
    const first = await clients.invited.put(url(), { ...fields, version: null, submitted: false });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      ...fields,
      version: 1,
      submittedAt: null,
      author: { id: partners.invited.id },
    });
    expect((await clients.invited.put(url(), { ...fields, version: null, submitted: false })).status).toBe(
      409,
    );
    const submitted = await clients.invited.put(url(), {
      ...fields,
      concerns: 'Väsymys.',
      version: 1,
      submitted: true,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      version: 2,
      concerns: 'Väsymys.',
      submittedAt: expect.any(String),
    });
    const stale = await clients.invited.put(url(), { ...fields, version: 1, submitted: true });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.version).toBe(2);
    const rows = await env.db.selectFrom('multiagency_contribution').selectAll().execute();
    expect(rows).toEqual([
      expect.objectContaining({
        child_id: child.id,
        relationship_id: grants.invited,
        organisation_id: partnerOrgId,
      }),
    ]);
    const read = await clients.invited.get(`/api/partner/multiagency-assessments/${multiagencyId}`);
    expect(read.body.myContribution).toMatchObject({ version: 2 });
  });

  it('is refused without the assessment section, with an ended invitation, and once the assessment is over', async () => {
    for (const kind of ['mapOnly', ...ended] as const) {
      const refused = await clients[kind].put(url(), { ...fields, version: null, submitted: false });
      expect(refused.status, kind).toBe(404);
    }
    await env.db
      .updateTable('assessment')
      .set({ status: 'concluded', conclusion: 'client', concluded_on: '2026-03-10' })
      .where('id', '=', assessmentId)
      .execute();
    try {
      const closed = await clients.invited.put(url(), { ...fields, version: 2, submitted: true });
      expect(closed.status).toBe(409);
      expect(closed.body.error.code).toBe('assessment_not_in_progress');
      const read = await clients.invited.get(`/api/partner/multiagency-assessments/${multiagencyId}`);
      expect(read.body.can).toEqual(['partner:readAssessment']);
    } finally {
      await env.db
        .updateTable('assessment')
        .set({ status: 'in_progress', conclusion: null, concluded_on: null })
        .where('id', '=', assessmentId)
        .execute();
    }
  });

  it('writes every read to the child’s use log', async () => {
    const uses = await env.db
      .selectFrom('audit_event')
      .select(['action', 'child_ids', 'basis', 'outcome'])
      .where('actor_id', '=', partners.invited.id)
      .where('outcome', '=', 'ok')
      .execute();
    for (const action of [
      'partner:readBasicFacts',
      'partner:readNetworkMap',
      'partner:readClientPlan',
      'partner:readAssessment',
      'partner:contribute',
    ])
      expect(uses, action).toContainEqual({
        action,
        child_ids: [child.id],
        basis: 'relationship:partner',
        outcome: 'ok',
      });
  });
});
