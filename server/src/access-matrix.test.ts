import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
] as const;
type ActorKind = (typeof actors)[number];

let env: TestEnv;
let child: ChildFixture;
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
  const team = await env.fx.team({
    lead: users.teamLead,
    members: [{ user: users.responsible }, { user: users.sameTeam, role: 'family_therapist' }],
  });
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
});
afterAll(() => env.close());

async function childVersion(): Promise<number> {
  const row = await env.db
    .selectFrom('person')
    .select('version')
    .where('id', '=', child.id)
    .executeTakeFirstOrThrow();
  return row.version;
}

type Call = (client: Client) => Promise<{ status: number; body: unknown }>;
type Row = { call: Call; expect: Record<ActorKind, number> };

const all = (status: number, signedOut = 401): Record<ActorKind, number> => ({
  responsible: status,
  sameTeam: status,
  otherTeam: status,
  teamLead: status,
  emergency: status,
  emergencyWithoutReason: status,
  expired: status,
  signedOut,
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
  },
  'POST /api/auth/totp/setup': { call: (c) => c.post('/api/auth/totp/setup'), expect: all(200) },
  'POST /api/auth/totp/confirm': {
    call: (c) => c.post('/api/auth/totp/confirm', { code: '000000' }),
    expect: all(401),
  },
  'GET /api/worklist': { call: (c) => c.get('/api/worklist'), expect: all(200) },
  'GET /api/people': { call: (c) => c.get('/api/people?q=Lapsi'), expect: all(200) },
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
  // Signing out last, for each actor in turn.
  'POST /api/auth/logout': { call: (c) => c.post('/api/auth/logout'), expect: all(204) },
};

describe('the access matrix', () => {
  for (const [route, row] of Object.entries(matrix)) {
    it.each(actors)(`${route} as %s`, async (actor) => {
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
