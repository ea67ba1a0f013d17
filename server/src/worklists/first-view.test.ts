import { type WorklistGroup, worklistGroups } from '@lumo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

// A worklist's first view (`later=N`) sends every pressing deadline and only the first N of the later
// group; the database picks those, and this must be exactly the start of the whole list.

let env: TestEnv;
let worker: StaffFixture;
let client: Client;

type Item = { kind: string; sourceId: string; child: { id: string; name: string }; group: WorklistGroup };
type Worklist = { today: string; items: Item[]; counts: Record<WorklistGroup, number> };

// Wednesday 25.11.2026 in Helsinki.
beforeAll(async () => {
  env = await startTestEnv({ now: '2026-11-25T10:00:00+02:00' });
  worker = await env.fx.staff();
  client = await env.signIn(worker.username);
  const { municipalityId } = await env.fx.county();
  // A client already: her first plan has no date in law, so it is undated, never later.
  await env.fx.child({ responsible: worker });
  const register = async (firstNames: string, receivedAt: string, urgent: boolean | null) => {
    const response = await client.post('/api/notifications', {
      child: { firstNames, lastName: 'Jono', birthDate: '2015-05-05', municipalityId },
      notifierCategory: 'school',
      receivedAt,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    if (urgent !== null) {
      const assessed = await client.post(`/api/notifications/${response.body.id}/urgency-assessment`, {
        urgent,
      });
      expect(assessed.status).toBe(200);
    }
    return response.body as { id: string; assessmentId: string };
  };
  // Received today: the start decision and telling the family are both due on 4.12, nine days away, so
  // the later group starts with a tie of five children on one date and kind. Finnish order puts Å, Ä and
  // Ö after Z, which a database's default collation need not do.
  for (const name of ['Öljy', 'Zeta', 'Ärrä', 'Aapo', 'Åke'])
    await register(name, '2026-11-25T08:00:00+02:00', false);
  // Urgent: at the top however far its dates are.
  await register('Kiire', '2026-11-25T08:00:00+02:00', true);
  // Not yet assessed for urgency.
  await register('Uusi', '2026-11-25T09:00:00+02:00', null);
  // Due today, and within the week.
  await register('Tänään', '2026-11-16T12:00:00+02:00', false);
  await register('Viikko', '2026-11-20T12:00:00+02:00', false);
  // Started on 1.10: the assessment is due on 4.1.2027, later still; telling the family is overdue.
  const started = await register('Kesken', '2026-10-01T12:00:00+03:00', false);
  const decided = await client.post(`/api/assessments/${started.assessmentId}/start-decision`, {
    decision: 'start',
  });
  expect(decided.status).toBe(200);
});
afterAll(() => env.close());

async function worklist(query: string): Promise<Worklist> {
  const response = await client.get(`/api/deadlines?scope=mine${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe("a worklist's first view", () => {
  it('sends every pressing deadline and the first N later ones, in the order of the whole list', async () => {
    const whole = await worklist('');
    const later = whole.items.filter((i) => i.group === 'later');
    const pressing = whole.items.filter((i) => i.group !== 'later');
    // Six start decisions, then six times telling the family (Uusi's too: not urgent until assessed so),
    // then Kesken's assessment.
    expect(later.length).toBe(13);
    expect(later.slice(0, 7).map((i) => `${i.child.name} ${i.kind}`)).toEqual([
      'Aapo Jono startDecision',
      'Uusi Jono startDecision',
      'Zeta Jono startDecision',
      'Åke Jono startDecision',
      'Ärrä Jono startDecision',
      'Öljy Jono startDecision',
      'Aapo Jono familyInformed',
    ]);
    expect(new Set(pressing.map((i) => i.group))).toEqual(
      new Set(worklistGroups.filter((group) => group !== 'later')),
    );
    for (const n of [0, 1, 3, 5, 6, 7, 12, 13, 50]) {
      const first = await worklist(`&later=${n}`);
      expect(first.items, `later=${n}`).toEqual([...pressing, ...later.slice(0, n)]);
      expect(first.counts, `later=${n}`).toEqual(whole.counts);
    }
  });

  it('counts every group, whatever it sends', async () => {
    const { items, counts } = await worklist('&later=0');
    const whole = await worklist('');
    expect(Object.keys(counts)).toEqual([...worklistGroups]);
    for (const group of worklistGroups) {
      expect(counts[group], group).toBe(whole.items.filter((i) => i.group === group).length);
    }
    expect(counts.later).toBe(13);
    expect(items.some((i) => i.group === 'later')).toBe(false);
  });

  it('logs the children of the deadlines it sent, no others', async () => {
    const { items } = await worklist('&later=1');
    const event = await env.db
      .selectFrom('audit_event')
      .select(['action', 'child_ids', 'details'])
      .where('actor_id', '=', worker.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event.action).toBe('worklist:readDeadlines');
    expect([...event.child_ids].sort()).toEqual([...new Set(items.map((i) => i.child.id))].sort());
    expect(event.details).toEqual({ scope: 'mine', later: 1 });
    // Zeta, Åke, Ärrä and Öljy have only later deadlines, and none of them comes first.
    const names = new Set(items.map((i) => i.child.name));
    for (const name of ['Zeta', 'Åke', 'Ärrä', 'Öljy']) expect(names.has(`${name} Jono`)).toBe(false);
  });

  it('refuses a count that is not a whole number from 0 to 10 000', async () => {
    for (const later of ['-1', '1.5', 'kaikki', '10001']) {
      const response = await client.get(`/api/deadlines?scope=mine&later=${later}`);
      expect(response.status, later).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });

  it('sends an empty list with zero counts to someone with no children', async () => {
    const newcomer = await env.signIn((await env.fx.staff()).username);
    const response = await newcomer.get('/api/deadlines?scope=team&later=5');
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([]);
    expect(response.body.counts).toEqual(Object.fromEntries(worklistGroups.map((g) => [g, 0])));
  });
});
