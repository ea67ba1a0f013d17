import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerOrganisation, partnerProfessional } from './network/test-support';
import type { ChildFixture, StaffFixture } from './testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from './testing/harness';

/**
 * Every API route against every kind of actor. A new route without a row here fails the last
 * test, so access is decided on purpose, never by accident.
 */

const actors = [
  'responsible',
  'sameTeam',
  'otherTeam',
  'teamLead',
  'emergency',
  'emergencyWithoutReason',
  'expired',
  'signedOut',
  // Partner professionals of a school, each invited into the child's case by the responsible worker:
  // for every section; for the basic facts only; until a day now past; revoked; on a consent since
  // withdrawn. None of them is anything to the child's staff routes.
  'partnerInvited',
  'partnerOtherSection',
  'partnerExpired',
  'partnerRevoked',
  'partnerConsentWithdrawn',
] as const;
type ActorKind = (typeof actors)[number];
const partnerActors = [
  'partnerInvited',
  'partnerOtherSection',
  'partnerExpired',
  'partnerRevoked',
  'partnerConsentWithdrawn',
] as const;
type PartnerActor = (typeof partnerActors)[number];

/** The agency network around the child: the register's entries, her map, consent and assessment. */
const network = {
  schoolId: '',
  guardianId: '',
  serviceId: '',
  contactId: '',
  modelId: '',
  cardId: '',
  multiagencyId: '',
  taskId: '',
  meetingId: '',
};

let env: TestEnv;
let child: ChildFixture;
let teamId: string;
/** The statutory clock of the child: a notification, its assessment, an agreed plan and its document. */
const clock = { notificationId: '', assessmentId: '', planId: '', documentId: '' };
const clients = {} as Record<ActorKind, Client>;
const users = {} as Record<Exclude<ActorKind, 'signedOut'>, StaffFixture>;

beforeAll(async () => {
  env = await startTestEnv();
  users.responsible = await env.fx.staff();
  users.sameTeam = await env.fx.staff({ roles: ['family_therapist'] });
  users.otherTeam = await env.fx.staff();
  users.teamLead = await env.fx.staff({ roles: ['team_lead'] });
  users.emergency = await env.fx.staff({ roles: ['team_lead'] });
  users.emergencyWithoutReason = await env.fx.staff({ roles: ['team_lead'] });
  users.expired = await env.fx.staff();
  network.schoolId = (await partnerOrganisation(env, { name: 'Kuokkalan koulu' })).id;
  for (const kind of partnerActors) users[kind] = await partnerProfessional(env, network.schoolId);
  const team = await env.fx.team({
    lead: users.teamLead,
    members: [{ user: users.responsible }, { user: users.sameTeam, role: 'family_therapist' }],
  });
  teamId = team.id;
  const otherTeam = await env.fx.team({ members: [{ user: users.otherTeam }] });
  child = await env.fx.child({ team, responsible: users.responsible });
  await env.fx.child({ team: otherTeam, responsible: users.otherTeam });
  await env.fx.grant({
    user: users.expired,
    childId: child.id,
    kind: 'team',
    validFrom: new Date('2024-01-01'),
    validTo: new Date('2025-06-01'),
  });
  for (const kind of actors) {
    clients[kind] = kind === 'signedOut' ? env.anonymous() : await env.signIn(users[kind].username);
  }
  const granted = await clients.emergency.post(`/api/children/${child.id}/emergency-access`, {
    reason: 'Kiireellinen virka-apupyyntö poliisilta',
  });
  expect(granted.status).toBe(201);
  const refused = await clients.emergencyWithoutReason.post(`/api/children/${child.id}/emergency-access`, {
    reason: '',
  });
  expect(refused.status).toBe(400);
  const notification = await clients.responsible.post('/api/notifications', {
    childId: child.id,
    receivedAt: '2026-03-09T10:00:00+02:00',
    notifierCategory: 'school',
  });
  expect(notification.status).toBe(201);
  clock.notificationId = notification.body.id;
  clock.assessmentId = notification.body.assessmentId;
  const draft = await clients.responsible.post(`/api/children/${child.id}/client-plans`, {});
  const edited = await clients.responsible.patch(`/api/client-plans/${draft.body.id}`, {
    version: draft.body.version,
    circumstancesToChange: 'Koulunkäynti',
    supportNeeded: 'Perhetyö',
  });
  const agreed = await clients.responsible.post(`/api/client-plans/${draft.body.id}/agree`, {
    version: edited.body.version,
  });
  expect(agreed.status).toBe(200);
  clock.planId = draft.body.id;
  const document = await clients.responsible.post(`/api/client-plans/${clock.planId}/documents`, {
    language: 'fi',
  });
  expect(document.status).toBe(201);
  clock.documentId = document.body.id;
});
afterAll(() => env.close());

/**
 * The systemic team workspace of the child's team: a family of the child, a weekly series, a
 * discussion on today's meeting and one on a later meeting, and one of each record written in it.
 */
const systemic = {
  familyId: '',
  seriesId: '',
  memberId: '',
  meetingId: '',
  laterMeetingId: '',
  itemId: '',
  laterItemId: '',
  hypothesisId: '',
  entryId: '',
  experimentId: '',
  eventId: '',
};
let freshRows = 0;

beforeAll(async () => {
  const family = await clients.responsible.post('/api/families', { childIds: [child.id] });
  systemic.familyId = family.body.id;
  const lead = await env.signIn(users.teamLead.username);
  const series = await lead.post(`/api/teams/${teamId}/meeting-series`, {
    weekday: 2,
    startTime: '09:00',
    startsOn: '2026-01-06',
  });
  systemic.seriesId = series.body.id;
  const newcomer = await env.fx.staff({ roles: ['family_worker'] });
  const member = await lead.post(`/api/teams/${teamId}/members`, {
    userId: newcomer.id,
    teamRole: 'family_worker',
    joinsOn: '2026-04-01',
  });
  systemic.memberId = member.body.id;
  const meetings = await clients.responsible.get(
    `/api/teams/${teamId}/meetings?from=2026-03-10&to=2026-03-31`,
  );
  systemic.meetingId = meetings.body.meetings[0].id;
  systemic.laterMeetingId = meetings.body.meetings[2].id;
  const item = await clients.responsible.post(`/api/meetings/${systemic.meetingId}/agenda`, {
    familyId: systemic.familyId,
    dilemma: 'Mikä pitää huolta yllä?',
  });
  systemic.itemId = item.body.id;
  const later = await clients.responsible.post(`/api/meetings/${systemic.laterMeetingId}/agenda`, {
    familyId: systemic.familyId,
  });
  systemic.laterItemId = later.body.id;
  const on = (path: string, body: unknown) =>
    clients.responsible.post(`/api/agenda-items/${systemic.itemId}/${path}`, body);
  systemic.hypothesisId = (await on('hypotheses', { text: 'Hypoteesi' })).body.id;
  systemic.entryId = (await on('entries', { kind: 'decision', text: 'Päätös' })).body.id;
  systemic.experimentId = (
    await on('experiments', { action: 'Kokeilu', who: 'Äiti', followUpOn: '2026-03-20' })
  ).body.id;
  await clients.responsible.put(`/api/agenda-items/${systemic.itemId}/summary`, {
    version: null,
    text: 'Yhteenveto',
  });
  systemic.eventId = (
    await clients.responsible.post(`/api/families/${systemic.familyId}/timeline-events`, {
      occurredOn: '2024-06-01',
      kind: 'move',
      title: 'Muutto',
    })
  ).body.id;
  expect(Object.values(systemic).every(Boolean), JSON.stringify(systemic)).toBe(true);
});

/**
 * The partners' invitations, and the network around the child: a service of the register with a
 * contact and a collaboration model, an action card, a saved network map, and a multi-agency
 * assessment on her service-need assessment with a task, a joint meeting and a summary.
 */
beforeAll(async () => {
  const responsible = clients.responsible;
  const lead = await env.signIn(users.teamLead.username);
  network.guardianId = (await env.fx.familyMember(child.id)).id;
  const invite = (
    kind: PartnerActor,
    sections: string[],
    basis: unknown = { kind: 'statutory', provision: 'lsl_25' },
  ) =>
    responsible.post(`/api/children/${child.id}/partner-access`, {
      userId: users[kind].id,
      sections,
      validUntil: '2026-06-30',
      purpose: 'Monialainen palvelutarpeen arviointi',
      basis,
    });
  expect(
    (await invite('partnerInvited', ['basic_facts', 'assessment', 'network_map', 'client_plan'])).status,
  ).toBe(201);
  expect((await invite('partnerOtherSection', ['basic_facts'])).status).toBe(201);
  const revoked = await invite('partnerRevoked', ['assessment']);
  expect(
    (await responsible.post(`/api/children/${child.id}/partner-access/${revoked.body.id}/revoke`, {})).status,
  ).toBe(200);
  const consent = await responsible.post(`/api/children/${child.id}/consents`, {
    givenByPersonId: network.guardianId,
    giverRole: 'guardian',
    givenOn: '2026-03-10',
    method: 'written',
    organisationId: network.schoolId,
    scopes: ['assessment'],
    purpose: 'Koulun näkemys arviointiin',
    validUntil: '2026-06-30',
  });
  expect(
    (await invite('partnerConsentWithdrawn', ['assessment'], { kind: 'consent', consentId: consent.body.id }))
      .status,
  ).toBe(201);
  expect(
    (await responsible.post(`/api/consents/${consent.body.id}/withdraw`, { withdrawnOn: '2026-03-10' }))
      .status,
  ).toBe(200);
  // An invitation that ran out at the end of February, written as it stood: the API gives no access
  // that has already ended.
  await env.db
    .insertInto('access_relationship')
    .values({
      id: randomUUID(),
      user_id: users.partnerExpired.id,
      child_id: child.id,
      kind: 'partner',
      valid_from: new Date('2026-01-12T08:00:00Z'),
      valid_to: new Date('2026-02-28T22:00:00Z'),
      reason: null,
      granted_by: users.responsible.id,
      source_id: null,
      sections: ['basic_facts', 'assessment', 'network_map', 'client_plan'],
      legal_basis: 'statutory',
      provision: 'lsl_25',
      purpose: 'Monialainen palvelutarpeen arviointi',
    })
    .execute();

  network.serviceId = (
    await lead.post('/api/partnership/services', {
      organisationId: network.schoolId,
      type: 'school',
      name: { fi: 'Kuokkalan koulun oppilashuolto', sv: '' },
      region: 'Keski-Suomi',
      municipalityCodes: ['179'],
    })
  ).body.id;
  network.contactId = (
    await lead.post(`/api/partnership/organisations/${network.schoolId}/contacts`, {
      name: 'Sari Kuraattori',
    })
  ).body.id;
  network.modelId = (
    await lead.post('/api/partnership/models', {
      name: { fi: 'Koulun ja lastensuojelun yhteistyö', sv: '' },
      steps: [{ title: 'Huoli herää', owner: 'Koulukuraattori', actionCard: 'Keskustele huoltajan kanssa.' }],
    })
  ).body.id;
  network.cardId = (
    await lead.post('/api/action-cards', {
      phase: 'preparation',
      position: 1,
      title: { fi: 'Selvitä lapsen verkosto', sv: '' },
      instructions: { fi: '', sv: '' },
      owner: 'responsible_worker',
      dueWorkingDays: 5,
    })
  ).body.id;
  const map = await responsible.put(`/api/children/${child.id}/network-map`, {
    baseVersion: 0,
    document: {
      nodes: [
        {
          id: child.id,
          kind: 'child',
          personId: child.id,
          serviceId: null,
          name: 'Lapsi',
          role: '',
          sector: 'family',
          note: '',
        },
      ],
      ties: [],
    },
  });
  expect(map.status).toBe(200);
  const multiagency = await responsible.post(`/api/assessments/${clock.assessmentId}/multiagency`);
  expect(multiagency.status, JSON.stringify(multiagency.body)).toBe(201);
  network.multiagencyId = multiagency.body.id;
  network.taskId = multiagency.body.tasks[0].id;
  network.meetingId = (
    await responsible.post(`/api/multiagency-assessments/${network.multiagencyId}/meetings`, {
      heldOn: '2026-03-10',
      attendees: [],
      record: 'Muistio',
      nextSteps: [],
    })
  ).body.id;
  await responsible.put(`/api/multiagency-assessments/${network.multiagencyId}/summary`, {
    version: null,
    text: 'Yhteenveto',
  });
  expect(Object.values(network).every(Boolean), JSON.stringify(network)).toBe(true);
});

/**
 * Consultations: the other team's worker is also in the expert pool (child psychiatry, Keski-Suomi),
 * so she sees the pool's requests, never the child; the responsible worker has sent one to the pool.
 * Another account of the pool is the one the team leads' profile edits are tried on.
 */
const consultations = { id: '', poolMemberId: '' };

beforeAll(async () => {
  const { id } = await env.fx.staff({ roles: ['consultant_social_worker'] });
  consultations.poolMemberId = id;
  for (const userId of [users.otherTeam.id, id])
    await env.db
      .insertInto('expert_profile')
      .values({
        user_id: userId,
        expertise: ['child_psychiatry'],
        region: 'Keski-Suomi',
        updated_at: env.clock.now(),
      })
      .execute();
  const sent = await clients.responsible.post(`/api/children/${child.id}/consultations`, {
    expertise: 'child_psychiatry',
    question: 'Miten tukea koulua pelkäävää 8-vuotiasta?',
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  consultations.id = sent.body.id;
});

/** The current version of a row, so that each actor's edit is tried against the latest. */
async function versionOf(table: string, key: string, id: string): Promise<number> {
  const { rows } = await sql<{
    version: number;
  }>`SELECT version FROM ${sql.table(table)} WHERE ${sql.ref(key)} = ${id}`.execute(env.db);
  return rows[0]!.version;
}

/** A new row of the child's family for each actor to remove, written directly as the owner. */
async function freshRow(kind: 'agenda_item' | 'record_entry' | 'discussion_attendee' | 'timeline_event') {
  freshRows++;
  const id = randomUUID();
  const now = env.clock.now();
  const by = users.responsible.id;
  const familyId = systemic.familyId;
  if (kind === 'agenda_item') {
    const meetingId = randomUUID();
    // Before any experiment was agreed, so that none is due there and the item may go.
    const day = `2025-01-${String(freshRows).padStart(2, '0')}`;
    await env.db
      .insertInto('meeting')
      .values({
        id: meetingId,
        team_id: teamId,
        series_id: systemic.seriesId,
        occurs_on: day,
        date: day,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await env.db
      .insertInto('agenda_item')
      .values({
        id,
        meeting_id: meetingId,
        family_id: familyId,
        position: 1,
        origin: 'added',
        created_at: now,
        updated_at: now,
      })
      .execute();
  } else if (kind === 'record_entry') {
    await env.db
      .insertInto('record_entry')
      .values({
        id,
        family_id: familyId,
        agenda_item_id: systemic.itemId,
        kind: 'decision',
        text: 'x',
        created_by: by,
        created_at: now,
        updated_at: now,
        updated_by: by,
      })
      .execute();
  } else if (kind === 'discussion_attendee') {
    await env.db
      .insertInto('discussion_attendee')
      .values({
        id,
        family_id: familyId,
        agenda_item_id: systemic.itemId,
        label: `Vieras ${freshRows}`,
        added_by: by,
        added_at: now,
      })
      .execute();
  } else {
    await env.db
      .insertInto('timeline_event')
      .values({
        id,
        family_id: familyId,
        occurred_on: '2020-01-01',
        kind: 'other',
        title: 'x',
        created_by: by,
        created_at: now,
        updated_at: now,
        updated_by: by,
      })
      .execute();
  }
  return id;
}

async function assessmentVersion(): Promise<number> {
  const row = await env.db
    .selectFrom('assessment')
    .select('version')
    .where('id', '=', clock.assessmentId)
    .executeTakeFirstOrThrow();
  return row.version;
}

async function childVersion(): Promise<number> {
  const row = await env.db
    .selectFrom('person')
    .select('version')
    .where('id', '=', child.id)
    .executeTakeFirstOrThrow();
  return row.version;
}

type Call = (client: Client) => Promise<{ status: number; body: unknown }>;
/** A row is tried by every actor, or by those it names. */
type Row = { call: Call; expect: Record<ActorKind, number>; actors?: readonly ActorKind[] };

/** The second factor is tried ten times a minute from one address at most: the staff actors fill it. */
const staffActors = actors.filter((a) => !(partnerActors as readonly string[]).includes(a));

/** Every partner actor alike. */
const partners = (status: number): Record<PartnerActor, number> => ({
  partnerInvited: status,
  partnerOtherSection: status,
  partnerExpired: status,
  partnerRevoked: status,
  partnerConsentWithdrawn: status,
});

const all = (status: number, signedOut = 401): Record<ActorKind, number> => ({
  responsible: status,
  sameTeam: status,
  otherTeam: status,
  teamLead: status,
  emergency: status,
  emergencyWithoutReason: status,
  expired: status,
  signedOut,
  ...partners(status),
});

/** The team leads: the register's keepers. */
const leads = (status: number) => ({ teamLead: status, emergency: status, emergencyWithoutReason: status });

/** The child's workers and every team lead who holds emergency access to her. */
const readers = (status: number) => ({
  responsible: status,
  sameTeam: status,
  emergency: status,
  teamLead: status,
  emergencyWithoutReason: status,
});

const matrix: Record<string, Row> = {
  'GET /api/health': { call: (c) => c.get('/api/health'), expect: all(200, 200) },
  'GET /api/openapi.json': { call: (c) => c.get('/api/openapi.json'), expect: all(200, 200) },
  'POST /api/auth/login': {
    call: (c) => c.post('/api/auth/login', { username: 'nobody', password: 'wrong' }),
    expect: all(401, 401),
  },
  'GET /api/auth/session': { call: (c) => c.get('/api/auth/session'), expect: all(200) },
  'PUT /api/auth/language': {
    call: (c) => c.put('/api/auth/language', { language: 'fi' }),
    expect: all(200),
  },
  // Nobody here has a second factor pending, so verifying one is forbidden for all.
  'POST /api/auth/totp/verify': {
    call: (c) => c.post('/api/auth/totp/verify', { code: '123456' }),
    expect: all(403),
    actors: staffActors,
  },
  'POST /api/auth/totp/setup': { call: (c) => c.post('/api/auth/totp/setup'), expect: all(200) },
  'POST /api/auth/totp/confirm': {
    call: (c) => c.post('/api/auth/totp/confirm', { code: '000000' }),
    expect: all(401),
    actors: staffActors,
  },
  'GET /api/worklist': { call: (c) => c.get('/api/worklist'), expect: { ...all(200), ...partners(403) } },
  'GET /api/people': { call: (c) => c.get('/api/people?q=Lapsi'), expect: { ...all(200), ...partners(403) } },
  'GET /api/children/:id': {
    call: (c) => c.get(`/api/children/${child.id}`),
    expect: { ...all(404), responsible: 200, sameTeam: 200, emergency: 200 },
  },
  'PATCH /api/children/:id': {
    call: async (c) =>
      c.patch(`/api/children/${child.id}`, { version: await childVersion(), phone: '040 765 4321' }),
    expect: { ...all(404), responsible: 200, sameTeam: 200, emergency: 200 },
  },
  'GET /api/children/:id/audit-log': {
    call: (c) => c.get(`/api/children/${child.id}/audit-log`),
    expect: { ...all(404), responsible: 200 },
  },
  'POST /api/children/:id/emergency-access': {
    call: (c) =>
      c.post(`/api/children/${child.id}/emergency-access`, { reason: 'Kiireellinen tilanne päivystyksessä' }),
    expect: {
      ...all(403),
      responsible: 403,
      sameTeam: 403,
      teamLead: 201,
      emergency: 201,
      emergencyWithoutReason: 201,
    },
  },
  'GET /api/emergency-accesses': {
    call: (c) => c.get('/api/emergency-accesses'),
    expect: { ...all(403), teamLead: 200, emergency: 200, emergencyWithoutReason: 200 },
  },
  // The statutory clock. Intake is a role; everything about a child follows the relationship to her.
  // By now every team lead has taken emergency access above, so reading looks the same for all three.
  'POST /api/notifications': {
    call: (c) =>
      c.post('/api/notifications', {
        childId: child.id,
        receivedAt: '2026-03-10T08:00:00+02:00',
        notifierCategory: 'police',
      }),
    expect: { ...all(403), responsible: 201, otherTeam: 201, expired: 201 },
  },
  'GET /api/notifications': {
    call: (c) => c.get('/api/notifications'),
    expect: { ...all(200), ...partners(403) },
  },
  'GET /api/notifications/:id': {
    call: (c) => c.get(`/api/notifications/${clock.notificationId}`),
    expect: { ...all(404), ...readers(200) },
  },
  // The first to assess urgency does it; after that it is already done.
  'POST /api/notifications/:id/urgency-assessment': {
    call: (c) => c.post(`/api/notifications/${clock.notificationId}/urgency-assessment`, { urgent: false }),
    expect: { ...all(404), responsible: 200, sameTeam: 409 },
  },
  'POST /api/children/:id/birth': {
    call: (c) => c.post(`/api/children/${child.id}/birth`, { birthDate: '2015-01-01' }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'GET /api/children/:id/clock': {
    call: (c) => c.get(`/api/children/${child.id}/clock`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/deadlines': {
    call: (c) => c.get('/api/deadlines?scope=team'),
    expect: { ...all(200), ...partners(403) },
  },
  'GET /api/assessments/:id': {
    call: (c) => c.get(`/api/assessments/${clock.assessmentId}`),
    expect: { ...all(404), ...readers(200) },
  },
  'PATCH /api/assessments/:id': {
    call: async (c) =>
      c.patch(`/api/assessments/${clock.assessmentId}`, {
        version: await assessmentVersion(),
        workingNotes: 'x',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'POST /api/assessments/:id/family-information': {
    call: (c) =>
      c.post(`/api/assessments/${clock.assessmentId}/family-information`, {
        subject: 'notification',
        personId: child.id,
        method: 'in_person',
        informedOn: '2026-03-10',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  // Decisions are the responsible worker's alone.
  'POST /api/assessments/:id/start-decision': {
    call: (c) =>
      c.post(`/api/assessments/${clock.assessmentId}/start-decision`, {
        decision: 'within_client_work',
        reason: 'Käsitellään asiakassuunnitelman tarkistuksessa.',
      }),
    expect: { ...all(404), responsible: 200 },
  },
  'POST /api/assessments/:id/conclusion': {
    call: (c) =>
      c.post(`/api/assessments/${clock.assessmentId}/conclusion`, { outcome: 'client', reasons: 'x' }),
    expect: { ...all(404), responsible: 409 },
  },
  'POST /api/assessments/:id/documents': {
    call: (c) => c.post(`/api/assessments/${clock.assessmentId}/documents`, { language: 'fi' }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'PUT /api/children/:id/responsible-worker': {
    call: (c) => c.put(`/api/children/${child.id}/responsible-worker`, { workerId: users.responsible.id }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'GET /api/caseloads': { call: (c) => c.get('/api/caseloads'), expect: { ...all(200), ...partners(403) } },
  // Only the lead of the team; another team lead is answered as if the team did not exist.
  'POST /api/teams/:id/caseload-overrides': {
    call: (c) =>
      c.post(`/api/teams/${teamId}/caseload-overrides`, {
        workerId: users.responsible.id,
        reason: 'Sisarukset samalle työntekijälle.',
      }),
    expect: { ...all(403), teamLead: 201, emergency: 404, emergencyWithoutReason: 404 },
  },
  'GET /api/children/:id/client-plans': {
    call: (c) => c.get(`/api/children/${child.id}/client-plans`),
    expect: { ...all(404), ...readers(200) },
  },
  'POST /api/children/:id/client-plans': {
    call: (c) => c.post(`/api/children/${child.id}/client-plans`, {}),
    expect: { ...all(404), responsible: 201, sameTeam: 409 },
  },
  'GET /api/client-plans/:id': {
    call: (c) => c.get(`/api/client-plans/${clock.planId}`),
    expect: { ...all(404), ...readers(200) },
  },
  'PATCH /api/client-plans/:id': {
    call: (c) => c.patch(`/api/client-plans/${clock.planId}`, { version: 1, childViews: 'x' }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'POST /api/client-plans/:id/agree': {
    call: (c) => c.post(`/api/client-plans/${clock.planId}/agree`, { version: 1 }),
    expect: { ...all(404), responsible: 409 },
  },
  'POST /api/client-plans/:id/documents': {
    call: (c) => c.post(`/api/client-plans/${clock.planId}/documents`, { language: 'sv' }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'GET /api/children/:id/documents': {
    call: (c) => c.get(`/api/children/${child.id}/documents`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/documents/:id': {
    call: (c) => c.get(`/api/documents/${clock.documentId}`),
    expect: { ...all(404), ...readers(200) },
  },
  // The systemic team workspace. Team affairs follow the place in the child's team: its members
  // (responsible, sameTeam) and its lead; it has no consultant here, so nobody arranges its agenda.
  // The family's records follow the relationships to every child of the family: the team writes,
  // emergency access (every lead has taken it by now) only reads, and only the responsible worker
  // shares with the family.
  'GET /api/teams': { call: (c) => c.get('/api/teams'), expect: { ...all(200), ...partners(403) } },
  'GET /api/teams/:id': {
    call: (c) => c.get(`/api/teams/${teamId}`),
    expect: { ...all(404), responsible: 200, sameTeam: 200, teamLead: 200 },
  },
  'POST /api/teams/:id/members': {
    call: async (c) =>
      c.post(`/api/teams/${teamId}/members`, {
        userId: (await env.fx.staff()).id,
        teamRole: 'social_worker',
        joinsOn: '2026-05-01',
      }),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 201 },
  },
  'PATCH /api/teams/:id/members/:memberId': {
    call: async (c) =>
      c.patch(`/api/teams/${teamId}/members/${systemic.memberId}`, {
        version: await versionOf('team_member', 'id', systemic.memberId),
        teamRole: 'coordinator',
      }),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 200 },
  },
  'GET /api/staff': { call: (c) => c.get('/api/staff?q=Testi'), expect: { ...all(200), ...partners(403) } },
  // The team already meets weekly: the lead gets as far as the overlap.
  'POST /api/teams/:id/meeting-series': {
    call: (c) =>
      c.post(`/api/teams/${teamId}/meeting-series`, {
        weekday: 4,
        startTime: '13:00',
        startsOn: '2026-09-03',
      }),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 409 },
  },
  'PATCH /api/meeting-series/:id': {
    call: async (c) =>
      c.patch(`/api/meeting-series/${systemic.seriesId}`, {
        version: await versionOf('meeting_series', 'id', systemic.seriesId),
        place: 'Kokoushuone 2',
      }),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 200 },
  },
  'GET /api/teams/:id/meetings': {
    call: (c) => c.get(`/api/teams/${teamId}/meetings?from=2026-03-01&to=2026-03-31`),
    expect: { ...all(404), responsible: 200, sameTeam: 200, teamLead: 200 },
  },
  'GET /api/meetings/:id': {
    call: (c) => c.get(`/api/meetings/${systemic.meetingId}`),
    expect: { ...all(404), responsible: 200, sameTeam: 200, teamLead: 200 },
  },
  'PATCH /api/meetings/:id': {
    call: async (c) =>
      c.patch(`/api/meetings/${systemic.meetingId}`, {
        version: await versionOf('meeting', 'id', systemic.meetingId),
        place: 'Etäyhteys',
      }),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 200 },
  },
  // The family is on the later meeting already: members get as far as that.
  'POST /api/meetings/:id/agenda': {
    call: (c) => c.post(`/api/meetings/${systemic.laterMeetingId}/agenda`, { familyId: systemic.familyId }),
    expect: { ...all(404), responsible: 409, sameTeam: 409, teamLead: 403 },
  },
  'PUT /api/meetings/:id/agenda/order': {
    call: (c) => c.put(`/api/meetings/${systemic.meetingId}/agenda/order`, { itemIds: [systemic.itemId] }),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 403 },
  },
  'POST /api/meetings/:id/agenda/close': {
    call: (c) => c.post(`/api/meetings/${systemic.meetingId}/agenda/close`),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 403 },
  },
  'POST /api/meetings/:id/agenda/reopen': {
    call: (c) => c.post(`/api/meetings/${systemic.meetingId}/agenda/reopen`),
    expect: { ...all(404), responsible: 403, sameTeam: 403, teamLead: 403 },
  },
  'PATCH /api/agenda-items/:id': {
    call: async (c) =>
      c.patch(`/api/agenda-items/${systemic.itemId}`, {
        version: await versionOf('agenda_item', 'id', systemic.itemId),
        visibleConcern: 'Näkyvä huoli',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'DELETE /api/agenda-items/:id': {
    call: async (c) => c.request('DELETE', `/api/agenda-items/${await freshRow('agenda_item')}?version=1`),
    expect: { ...all(404), responsible: 204, sameTeam: 204 },
  },
  'POST /api/agenda-items/:id/hypotheses': {
    call: (c) => c.post(`/api/agenda-items/${systemic.itemId}/hypotheses`, { text: 'Toinen hypoteesi' }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'PATCH /api/hypotheses/:id': {
    call: async (c) =>
      c.patch(`/api/hypotheses/${systemic.hypothesisId}`, {
        version: await versionOf('hypothesis', 'id', systemic.hypothesisId),
        status: 'supported',
        agendaItemId: systemic.itemId,
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'POST /api/agenda-items/:id/entries': {
    call: (c) => c.post(`/api/agenda-items/${systemic.itemId}/entries`, { kind: 'decision', text: 'Päätös' }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'PATCH /api/record-entries/:id': {
    call: async (c) =>
      c.patch(`/api/record-entries/${systemic.entryId}`, {
        version: await versionOf('record_entry', 'id', systemic.entryId),
        text: 'Korjattu päätös',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'DELETE /api/record-entries/:id': {
    call: async (c) => c.request('DELETE', `/api/record-entries/${await freshRow('record_entry')}?version=1`),
    expect: { ...all(404), responsible: 204, sameTeam: 204 },
  },
  'POST /api/agenda-items/:id/experiments': {
    call: (c) =>
      c.post(`/api/agenda-items/${systemic.itemId}/experiments`, {
        action: 'Toinen kokeilu',
        who: 'Isä',
        followUpOn: '2026-04-01',
      }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'PATCH /api/experiments/:id': {
    call: async (c) =>
      c.patch(`/api/experiments/${systemic.experimentId}`, {
        version: await versionOf('experiment', 'id', systemic.experimentId),
        who: 'Äiti ja isä',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'POST /api/experiments/:id/follow-ups': {
    call: async (c) =>
      c.post(`/api/experiments/${systemic.experimentId}/follow-ups`, {
        version: await versionOf('experiment', 'id', systemic.experimentId),
        agendaItemId: systemic.laterItemId,
        whatHappened: 'Jotain muuttui.',
        whatWeLearned: '',
        outcome: 'continue',
        nextFollowUpOn: '2026-04-30',
      }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'POST /api/agenda-items/:id/attendees': {
    call: (c) =>
      c.post(`/api/agenda-items/${systemic.itemId}/attendees`, {
        kind: 'family',
        label: `Läsnä ${++freshRows}`,
      }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'DELETE /api/discussion-attendees/:id': {
    call: async (c) =>
      c.request('DELETE', `/api/discussion-attendees/${await freshRow('discussion_attendee')}`),
    expect: { ...all(404), responsible: 204, sameTeam: 204 },
  },
  'PUT /api/agenda-items/:id/summary': {
    call: async (c) =>
      c.put(`/api/agenda-items/${systemic.itemId}/summary`, {
        version: await versionOf('family_summary', 'agenda_item_id', systemic.itemId),
        text: 'Selkokielinen yhteenveto',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'POST /api/agenda-items/:id/summary/share': {
    call: async (c) =>
      c.post(`/api/agenda-items/${systemic.itemId}/summary/share`, {
        version: await versionOf('family_summary', 'agenda_item_id', systemic.itemId),
        shared: true,
      }),
    expect: { ...all(404), responsible: 200 },
  },
  'GET /api/children/:id/family': {
    call: (c) => c.get(`/api/children/${child.id}/family`),
    expect: { ...all(404), ...readers(200) },
  },
  // The child is in her family already: those who may record for her get as far as that.
  'POST /api/families': {
    call: (c) => c.post('/api/families', { childIds: [child.id] }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'PUT /api/families/:id/children': {
    call: async (c) =>
      c.put(`/api/families/${systemic.familyId}/children`, {
        version: await versionOf('family', 'id', systemic.familyId),
        childIds: [child.id],
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'GET /api/families/:id/systemic-view': {
    call: (c) => c.get(`/api/families/${systemic.familyId}/systemic-view`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/families/:id/genogram': {
    call: (c) => c.get(`/api/families/${systemic.familyId}/genogram`),
    expect: { ...all(404), ...readers(200) },
  },
  'PUT /api/families/:id/genogram': {
    call: async (c) => {
      const current = await env.db
        .selectFrom('genogram')
        .select('version')
        .where('family_id', '=', systemic.familyId)
        .executeTakeFirst();
      const draft = await clients.responsible.get(`/api/families/${systemic.familyId}/genogram/from-record`);
      return c.put(`/api/families/${systemic.familyId}/genogram`, {
        version: current?.version ?? 0,
        document: draft.body.document,
      });
    },
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'GET /api/families/:id/genogram/from-record': {
    call: (c) => c.get(`/api/families/${systemic.familyId}/genogram/from-record`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/families/:id/timeline': {
    call: (c) => c.get(`/api/families/${systemic.familyId}/timeline`),
    expect: { ...all(404), ...readers(200) },
  },
  'POST /api/families/:id/timeline-events': {
    call: (c) =>
      c.post(`/api/families/${systemic.familyId}/timeline-events`, {
        occurredOn: '2023-02-01',
        kind: 'illness',
        title: 'Sairaus',
      }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'PATCH /api/timeline-events/:id': {
    call: async (c) =>
      c.patch(`/api/timeline-events/${systemic.eventId}`, {
        version: await versionOf('timeline_event', 'id', systemic.eventId),
        title: 'Muutto Jyväskylään',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'DELETE /api/timeline-events/:id': {
    call: async (c) =>
      c.request('DELETE', `/api/timeline-events/${await freshRow('timeline_event')}?version=1`),
    expect: { ...all(404), responsible: 204, sameTeam: 204 },
  },
  // The agency network. The partnership register is no client data: every account reads it, team
  // leads (and development coordinators) keep it. Everything about the child follows the staff
  // relationships to her; a partner's relationship opens none of these routes, whatever it gives.
  'GET /api/partnership/services': {
    call: (c) => c.get('/api/partnership/services?q=oppilashuolto'),
    expect: all(200),
  },
  'POST /api/partnership/services': {
    call: (c) =>
      c.post('/api/partnership/services', {
        organisationId: network.schoolId,
        type: 'youth_services',
        name: { fi: `Nuorisotyö ${++freshRows}`, sv: '' },
        region: 'Keski-Suomi',
        municipalityCodes: ['179'],
      }),
    expect: { ...all(403), ...leads(201) },
  },
  'GET /api/partnership/services/:id': {
    call: (c) => c.get(`/api/partnership/services/${network.serviceId}`),
    expect: all(200),
  },
  'PATCH /api/partnership/services/:id': {
    call: async (c) =>
      c.patch(`/api/partnership/services/${network.serviceId}`, {
        version: await versionOf('partner_service', 'id', network.serviceId),
        phone: '014 266 0000',
      }),
    expect: { ...all(403), ...leads(200) },
  },
  'GET /api/partnership/organisations': {
    call: (c) => c.get('/api/partnership/organisations?region=Keski-Suomi'),
    expect: all(200),
  },
  'POST /api/partnership/organisations': {
    call: (c) =>
      c.post('/api/partnership/organisations', {
        name: { fi: `Järjestö ${++freshRows}`, sv: '' },
        sector: 'ngo',
        region: 'Pohjois-Savo',
      }),
    expect: { ...all(403), ...leads(201) },
  },
  'GET /api/partnership/organisations/:id': {
    call: (c) => c.get(`/api/partnership/organisations/${network.schoolId}`),
    expect: all(200),
  },
  'PATCH /api/partnership/organisations/:id': {
    call: async (c) =>
      c.patch(`/api/partnership/organisations/${network.schoolId}`, {
        version: await versionOf('partner_organisation', 'id', network.schoolId),
        website: 'https://example.invalid',
      }),
    expect: { ...all(403), ...leads(200) },
  },
  'POST /api/partnership/organisations/:id/contacts': {
    call: (c) =>
      c.post(`/api/partnership/organisations/${network.schoolId}/contacts`, {
        name: `Yhteyshenkilö ${++freshRows}`,
      }),
    expect: { ...all(403), ...leads(201) },
  },
  'PATCH /api/partnership/contacts/:id': {
    call: async (c) =>
      c.patch(`/api/partnership/contacts/${network.contactId}`, {
        version: await versionOf('partner_contact', 'id', network.contactId),
        title: 'Koulukuraattori',
      }),
    expect: { ...all(403), ...leads(200) },
  },
  'DELETE /api/partnership/contacts/:id': {
    call: async (c) => {
      const id = randomUUID();
      const now = env.clock.now();
      await env.db
        .insertInto('partner_contact')
        .values({
          id,
          organisation_id: network.schoolId,
          name: 'Poistettava',
          created_at: now,
          updated_at: now,
          updated_by: null,
        })
        .execute();
      return c.request('DELETE', `/api/partnership/contacts/${id}?version=1`);
    },
    expect: { ...all(403), ...leads(204) },
  },
  'GET /api/partnership/models': { call: (c) => c.get('/api/partnership/models'), expect: all(200) },
  'POST /api/partnership/models': {
    call: (c) =>
      c.post('/api/partnership/models', {
        name: { fi: `Malli ${++freshRows}`, sv: '' },
        steps: [{ title: 'Vaihe', owner: 'Tiimi', actionCard: '' }],
      }),
    expect: { ...all(403), ...leads(201) },
  },
  'GET /api/partnership/models/:id': {
    call: (c) => c.get(`/api/partnership/models/${network.modelId}`),
    expect: all(200),
  },
  'PUT /api/partnership/models/:id': {
    call: async (c) =>
      c.put(`/api/partnership/models/${network.modelId}`, {
        version: await versionOf('collaboration_model', 'id', network.modelId),
        name: { fi: 'Koulun ja lastensuojelun yhteistyö', sv: '' },
        steps: [
          { title: 'Huoli herää', owner: 'Koulukuraattori', actionCard: 'Soita sosiaalityöntekijälle.' },
        ],
      }),
    expect: { ...all(403), ...leads(200) },
  },
  'GET /api/partnership/coverage': { call: (c) => c.get('/api/partnership/coverage'), expect: all(200) },
  // Whom to invite is searched by the child's workers, never by partners.
  'GET /api/partner-professionals': {
    call: (c) => c.get('/api/partner-professionals?q=Testi'),
    expect: { ...all(200), ...leads(403), ...partners(403) },
  },
  'GET /api/children/:id/partner-access': {
    call: (c) => c.get(`/api/children/${child.id}/partner-access`),
    expect: { ...all(404), ...readers(200) },
  },
  // Whom the child's data goes to is the responsible worker's decision alone.
  'POST /api/children/:id/partner-access': {
    call: async (c) =>
      c.post(`/api/children/${child.id}/partner-access`, {
        userId: (await partnerProfessional(env, network.schoolId)).id,
        sections: ['assessment'],
        validUntil: '2026-04-30',
        purpose: 'Arviointi',
        basis: { kind: 'statutory', provision: 'shl_41' },
      }),
    expect: { ...all(404), responsible: 201 },
  },
  'POST /api/children/:id/partner-access/:grantId/revoke': {
    call: async (c) => {
      const granted = await clients.responsible.post(`/api/children/${child.id}/partner-access`, {
        userId: (await partnerProfessional(env, network.schoolId)).id,
        sections: ['assessment'],
        validUntil: '2026-04-30',
        purpose: 'Arviointi',
        basis: { kind: 'statutory', provision: 'shl_41' },
      });
      return c.post(`/api/children/${child.id}/partner-access/${granted.body.id}/revoke`, {});
    },
    expect: { ...all(404), responsible: 200 },
  },
  'GET /api/children/:id/consents': {
    call: (c) => c.get(`/api/children/${child.id}/consents`),
    expect: { ...all(404), ...readers(200) },
  },
  'POST /api/children/:id/consents': {
    call: (c) =>
      c.post(`/api/children/${child.id}/consents`, {
        givenByPersonId: network.guardianId,
        giverRole: 'guardian',
        givenOn: '2026-03-10',
        method: 'oral',
        organisationId: network.schoolId,
        scopes: ['network_map'],
        purpose: 'Verkostokartta koululle',
        validUntil: '2026-05-31',
      }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'POST /api/consents/:id/withdraw': {
    call: async (c) => {
      const consent = await clients.responsible.post(`/api/children/${child.id}/consents`, {
        givenByPersonId: network.guardianId,
        giverRole: 'guardian',
        givenOn: '2026-03-10',
        method: 'oral',
        organisationId: network.schoolId,
        scopes: ['assessment'],
        purpose: 'Arviointi',
        validUntil: '2026-05-31',
      });
      return c.post(`/api/consents/${consent.body.id}/withdraw`, { withdrawnOn: '2026-03-10' });
    },
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'GET /api/children/:id/disclosure-log': {
    call: (c) => c.get(`/api/children/${child.id}/disclosure-log`),
    expect: { ...all(404), responsible: 200 },
  },
  'GET /api/children/:id/network-map': {
    call: (c) => c.get(`/api/children/${child.id}/network-map`),
    expect: { ...all(404), ...readers(200) },
  },
  'PUT /api/children/:id/network-map': {
    call: async (c) => {
      const latest = await env.db
        .selectFrom('network_map_version')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('child_id', '=', child.id)
        .executeTakeFirstOrThrow();
      const current = await env.db
        .selectFrom('network_map_version')
        .select('document')
        .where('child_id', '=', child.id)
        .where('version', '=', latest.version)
        .executeTakeFirstOrThrow();
      return c.put(`/api/children/${child.id}/network-map`, {
        baseVersion: latest.version,
        document: current.document,
      });
    },
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'GET /api/children/:id/network-map/versions': {
    call: (c) => c.get(`/api/children/${child.id}/network-map/versions`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/children/:id/network-map/versions/:version': {
    call: (c) => c.get(`/api/children/${child.id}/network-map/versions/1`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/action-cards': {
    call: (c) => c.get('/api/action-cards'),
    expect: { ...all(200), ...partners(403) },
  },
  'POST /api/action-cards': {
    call: (c) =>
      c.post('/api/action-cards', {
        phase: 'contributions',
        position: 2,
        title: { fi: 'Kumppanien näkemykset', sv: '' },
        instructions: { fi: '', sv: '' },
        owner: 'partners',
        dueWorkingDays: 10,
      }),
    expect: { ...all(403), ...leads(201) },
  },
  'PATCH /api/action-cards/:id': {
    call: async (c) =>
      c.patch(`/api/action-cards/${network.cardId}`, {
        version: await versionOf('action_card', 'id', network.cardId),
        dueWorkingDays: 4,
      }),
    expect: { ...all(403), ...leads(200) },
  },
  // The child's assessment has its multi-agency work already.
  'POST /api/assessments/:id/multiagency': {
    call: (c) => c.post(`/api/assessments/${clock.assessmentId}/multiagency`),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'GET /api/children/:id/multiagency-assessments': {
    call: (c) => c.get(`/api/children/${child.id}/multiagency-assessments`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/multiagency-assessments/:id': {
    call: (c) => c.get(`/api/multiagency-assessments/${network.multiagencyId}`),
    expect: { ...all(404), ...readers(200) },
  },
  // By now the start decision above has ended the service-need assessment: the multi-agency work's
  // records are closed with it, while its summary can still be written and shared.
  'PATCH /api/multiagency-assessments/:id': {
    call: async (c) =>
      c.patch(`/api/multiagency-assessments/${network.multiagencyId}`, {
        version: await versionOf('multiagency_assessment', 'id', network.multiagencyId),
        phase: 'invitations',
      }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'PATCH /api/multiagency-tasks/:id': {
    call: async (c) =>
      c.patch(`/api/multiagency-tasks/${network.taskId}`, {
        version: await versionOf('multiagency_task', 'id', network.taskId),
        note: 'Aloitettu',
      }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'POST /api/multiagency-assessments/:id/meetings': {
    call: (c) =>
      c.post(`/api/multiagency-assessments/${network.multiagencyId}/meetings`, {
        heldOn: '2026-03-10',
        attendees: [],
        record: '',
        nextSteps: [],
      }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'PATCH /api/network-meetings/:id': {
    call: async (c) =>
      c.patch(`/api/network-meetings/${network.meetingId}`, {
        version: await versionOf('network_meeting', 'id', network.meetingId),
        place: 'Koulu',
      }),
    expect: { ...all(404), responsible: 409, sameTeam: 409 },
  },
  'PUT /api/multiagency-assessments/:id/summary': {
    call: async (c) =>
      c.put(`/api/multiagency-assessments/${network.multiagencyId}/summary`, {
        version: await versionOf('multiagency_summary', 'multiagency_id', network.multiagencyId),
        text: 'Yhteenveto kaikista näkökulmista',
      }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'POST /api/multiagency-assessments/:id/summary/share': {
    call: async (c) =>
      c.post(`/api/multiagency-assessments/${network.multiagencyId}/summary/share`, {
        version: await versionOf('multiagency_summary', 'multiagency_id', network.multiagencyId),
        shared: true,
      }),
    expect: { ...all(404), responsible: 200 },
  },
  // Consultations: the expert pool is for staff; a request is asked by the child's team and read by
  // her workers, and answered by an expert of the pool, who never learns the child.
  'GET /api/experts': {
    call: (c) => c.get('/api/experts?expertise=child_psychiatry'),
    expect: { ...all(200), ...partners(403) },
  },
  'PUT /api/experts/:userId': {
    call: async (c) =>
      c.put(`/api/experts/${consultations.poolMemberId}`, {
        version: await versionOf('expert_profile', 'user_id', consultations.poolMemberId),
        expertise: ['child_psychiatry', 'trauma'],
        region: 'Keski-Suomi',
        description: 'Lastenpsykiatria',
        available: true,
      }),
    expect: { ...all(403), teamLead: 200, emergency: 200, emergencyWithoutReason: 200 },
  },
  'POST /api/children/:id/consultations/check': {
    call: (c) =>
      c.post(`/api/children/${child.id}/consultations/check`, { question: 'Miten tukea koulussa?' }),
    expect: { ...all(404), responsible: 200, sameTeam: 200 },
  },
  'POST /api/children/:id/consultations': {
    call: (c) =>
      c.post(`/api/children/${child.id}/consultations`, {
        expertise: 'family_therapy',
        question: 'Miten vahvistaa vanhempien yhteistyötä erotilanteessa?',
      }),
    expect: { ...all(404), responsible: 201, sameTeam: 201 },
  },
  'GET /api/children/:id/consultations': {
    call: (c) => c.get(`/api/children/${child.id}/consultations`),
    expect: { ...all(404), ...readers(200) },
  },
  'GET /api/consultations/reminders': {
    call: (c) => c.get('/api/consultations/reminders'),
    expect: all(200),
  },
  'GET /api/expert/consultations': {
    call: (c) => c.get('/api/expert/consultations?view=pool'),
    expect: { ...all(403), otherTeam: 200 },
  },
  'GET /api/consultations/:id': {
    call: (c) => c.get(`/api/consultations/${consultations.id}`),
    expect: { ...all(404), ...readers(200), otherTeam: 200 },
  },
  'POST /api/consultations/:id/take': {
    call: async (c) =>
      c.post(`/api/consultations/${consultations.id}/take`, {
        version: await versionOf('consultation', 'id', consultations.id),
      }),
    expect: { ...all(403), otherTeam: 200 },
  },
  'POST /api/consultations/:id/answer': {
    call: async (c) =>
      c.post(`/api/consultations/${consultations.id}/answer`, {
        version: await versionOf('consultation', 'id', consultations.id),
        answer: 'Suosittelen koulun ja perheen yhteistä tapaamista.',
      }),
    expect: { ...all(403), otherTeam: 200 },
  },
  // The partner's own portal: staff have none; each partner sees only the sections she was given,
  // and an ended invitation sees nothing, exactly like a case that does not exist.
  'GET /api/partner/cases': {
    call: (c) => c.get('/api/partner/cases'),
    expect: { ...all(403), ...partners(200) },
  },
  'GET /api/partner/cases/:id': {
    call: (c) => c.get(`/api/partner/cases/${child.id}`),
    expect: { ...all(403), ...partners(404), partnerInvited: 200, partnerOtherSection: 200 },
  },
  'GET /api/partner/cases/:id/network-map': {
    call: (c) => c.get(`/api/partner/cases/${child.id}/network-map`),
    expect: { ...all(403), ...partners(404), partnerInvited: 200 },
  },
  'GET /api/partner/cases/:id/client-plan': {
    call: (c) => c.get(`/api/partner/cases/${child.id}/client-plan`),
    expect: { ...all(403), ...partners(404), partnerInvited: 200 },
  },
  'GET /api/partner/multiagency-assessments/:id': {
    call: (c) => c.get(`/api/partner/multiagency-assessments/${network.multiagencyId}`),
    expect: { ...all(403), ...partners(404), partnerInvited: 200 },
  },
  // The assessment under it was handled within client work by now: she gets as far as that.
  'PUT /api/partner/multiagency-assessments/:id/contribution': {
    call: (c) =>
      c.put(`/api/partner/multiagency-assessments/${network.multiagencyId}/contribution`, {
        version: null,
        submitted: true,
        observations: 'Poissaoloja',
        concerns: '',
        strengths: 'Hyvä kaveripiiri',
        proposedSupport: '',
        meetingAvailability: '',
      }),
    expect: { ...all(403), ...partners(404), partnerInvited: 409 },
  },
  // Signing out last, for each actor in turn.
  'POST /api/auth/logout': { call: (c) => c.post('/api/auth/logout'), expect: all(204) },
};

// Before the matrix, whose last row signs everyone out.
describe('the partners’ refusals', () => {
  it('every partner’s refusal of the child’s staff routes is exactly a missing child’s', async () => {
    const missing = randomUUID();
    const paths = (id: string) => [
      `/api/children/${id}`,
      `/api/children/${id}/network-map`,
      `/api/children/${id}/partner-access`,
      `/api/children/${id}/consents`,
      `/api/children/${id}/multiagency-assessments`,
    ];
    for (const actor of partnerActors) {
      const client = clients[actor];
      for (const [i, path] of paths(child.id).entries()) {
        const [refused, absent] = [await client.get(path), await client.get(paths(missing)[i]!)];
        expect([refused.status, refused.body.error.code], `${actor} ${path}`).toEqual([
          absent.status,
          absent.body.error.code,
        ]);
        expect(refused.body.error.message).toBe(absent.body.error.message);
      }
    }
  });
});

describe('the access matrix', () => {
  for (const [route, row] of Object.entries(matrix)) {
    it.each(row.actors ?? actors)(`${route} as %s`, async (actor) => {
      const response = await row.call(clients[actor]);
      expect(response.status, JSON.stringify(response.body)).toBe(row.expect[actor]);
    });
  }

  it('the expired and other-team workers’ refusals look exactly like a missing child', async () => {
    const fresh = await env.signIn(users.otherTeam.username);
    const refused = await fresh.get(`/api/children/${child.id}`);
    expect(refused.body.error.code).toBe('not_found');
  });

  it('covers every API route the app has', () => {
    const documented = new Set(Object.keys(matrix));
    const missing = env.app.apiRoutes
      .filter((r) => !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
  });
});
