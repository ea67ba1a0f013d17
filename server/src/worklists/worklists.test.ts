import { worklistGroups } from '@lumo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

let env: TestEnv;
let anna: StaffFixture;
let annaClient: Client;
let mikkoClient: Client;
const ids: Record<string, { id: string; childId: string; assessmentId: string }> = {};

// Wednesday 25.11.2026 in Helsinki.
beforeAll(async () => {
  env = await startTestEnv({ now: '2026-11-25T10:00:00+02:00' });
  anna = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  const mikko = await env.fx.staff({ firstName: 'Mikko', lastName: 'Laine' });
  await env.fx.team({ members: [{ user: anna }, { user: mikko }] });
  const { municipalityId } = await env.fx.county();
  annaClient = await env.signIn(anna.username);
  mikkoClient = await env.signIn(mikko.username);
  const register = async (client: Client, name: string, receivedAt: string) => {
    const response = await client.post('/api/notifications', {
      child: { firstNames: name, lastName: 'Lista', birthDate: '2014-02-02', municipalityId },
      notifierCategory: 'health_care',
      receivedAt,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    ids[name] = response.body;
  };
  await register(annaClient, 'Tänään', '2026-11-25T07:45:00+02:00');
  await register(annaClient, 'Kiireellinen', '2026-11-19T12:00:00+02:00');
  await register(annaClient, 'Myöhässä', '2026-11-10T12:00:00+02:00');
  await register(annaClient, 'Määräpäivä', '2026-11-16T12:00:00+02:00');
  await register(annaClient, 'Viikolla', '2026-11-20T12:00:00+02:00');
  await register(annaClient, 'Arvioinnissa', '2026-10-01T12:00:00+03:00');
  await register(mikkoClient, 'Mikon', '2026-11-24T12:00:00+02:00');
  for (const name of ['Kiireellinen', 'Myöhässä', 'Määräpäivä', 'Viikolla', 'Arvioinnissa', 'Mikon']) {
    const client = name === 'Mikon' ? mikkoClient : annaClient;
    const response = await client.post(`/api/notifications/${ids[name]!.id}/urgency-assessment`, {
      urgent: name === 'Kiireellinen',
    });
    expect(response.status).toBe(200);
  }
  await annaClient.post(`/api/assessments/${ids.Arvioinnissa!.assessmentId}/start-decision`, {
    decision: 'start',
  });
});
afterAll(() => env.close());

type Item = {
  kind: string;
  child: { name: string };
  due: string | null;
  daysLeft: number | null;
  group: string;
};
const of = (items: Item[], name: string, kind: string) =>
  items.find((i) => i.child.name === `${name} Lista` && i.kind === kind);

describe('the deadline worklist', () => {
  it('puts unassessed urgency first, then urgent children, then overdue, today, this week and later', async () => {
    const response = await annaClient.get('/api/deadlines?scope=mine');
    expect(response.status).toBe(200);
    const items: Item[] = response.body.items;
    expect(response.body.today).toBe('2026-11-25');
    expect(items[0]).toMatchObject({
      kind: 'urgencyAssessment',
      child: { name: 'Tänään Lista' },
      due: '2026-11-25',
      group: 'urgencyNotAssessed',
    });
    const groups = items.map((i) => worklistGroups.indexOf(i.group as (typeof worklistGroups)[number]));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(of(items, 'Kiireellinen', 'startDecision')).toMatchObject({ group: 'urgent', due: '2026-11-30' });
    expect(of(items, 'Myöhässä', 'startDecision')).toMatchObject({
      group: 'overdue',
      due: '2026-11-19',
      daysLeft: -6,
    });
    expect(of(items, 'Määräpäivä', 'startDecision')).toMatchObject({
      group: 'today',
      due: '2026-11-25',
      daysLeft: 0,
    });
    expect(of(items, 'Määräpäivä', 'familyInformed')).toMatchObject({ group: 'today', due: '2026-11-25' });
    expect(of(items, 'Viikolla', 'startDecision')).toMatchObject({
      group: 'thisWeek',
      due: '2026-12-01',
      daysLeft: 6,
    });
    expect(of(items, 'Tänään', 'startDecision')).toMatchObject({ group: 'later', due: '2026-12-04' });
    // Started: the start decision is done and the 3-month completion deadline counts (1.10 + 3 months is
    // New Year's Day, a Friday, so Monday 4.1.2027).
    expect(of(items, 'Arvioinnissa', 'startDecision')).toBeUndefined();
    expect(of(items, 'Arvioinnissa', 'assessmentCompletion')).toMatchObject({
      group: 'later',
      due: '2027-01-04',
    });
    expect(items.some((i) => i.child.name === 'Mikon Lista')).toBe(false);
  });

  it('shows the team the children the team holds, the colleague’s too', async () => {
    const response = await annaClient.get('/api/deadlines?scope=team');
    const names = new Set(response.body.items.map((i: Item) => i.child.name));
    expect(names.has('Mikon Lista')).toBe(true);
    expect(names.has('Tänään Lista')).toBe(true);
  });

  it('drops a deadline once it is met and logs the children it listed', async () => {
    await annaClient.post(`/api/notifications/${ids.Tänään!.id}/urgency-assessment`, { urgent: false });
    const response = await annaClient.get('/api/deadlines?scope=mine');
    expect(of(response.body.items, 'Tänään', 'urgencyAssessment')).toBeUndefined();
    const event = await env.db
      .selectFrom('audit_event')
      .select(['action', 'child_ids', 'basis'])
      .where('actor_id', '=', anna.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'worklist:readDeadlines', basis: 'relationship:responsible' });
    expect(event.child_ids).toHaveLength(6);
  });
});
