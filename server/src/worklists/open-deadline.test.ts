import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

// The deadlines the worklists read are kept by the database from their sources (migration 0032). These
// tests change the sources with plain SQL, as the database owner, not through our commands: whatever
// statement changes a case, its notifications, assessments or plans, its deadlines follow.

let env: TestEnv;
let worker: StaffFixture;
let colleague: StaffFixture;
let client: Client;

// Wednesday 25.11.2026 in Helsinki.
beforeAll(async () => {
  env = await startTestEnv({ now: '2026-11-25T10:00:00+02:00' });
  worker = await env.fx.staff();
  colleague = await env.fx.staff();
  client = await env.signIn(worker.username);
});
afterAll(() => env.close());

type Item = { kind: string; sourceId: string; child: { id: string; name: string }; due: string | null };

async function deadlinesOf(childId: string): Promise<Item[]> {
  const response = await client.get('/api/deadlines?scope=mine');
  expect(response.status).toBe(200);
  return (response.body.items as Item[]).filter((i) => i.child.id === childId);
}

async function childWithNotifications(
  count: number,
): Promise<{ child: ChildFixture; notifications: string[] }> {
  const child = await env.fx.child({ responsible: worker });
  const notifications: string[] = [];
  for (let n = 0; n < count; n++) {
    const response = await client.post('/api/notifications', {
      childId: child.id,
      receivedAt: `2026-11-2${n}T09:00:00+02:00`,
      notifierCategory: 'school',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    notifications.push(response.body.id);
  }
  return { child, notifications };
}

describe('the open deadlines the worklists read', () => {
  it('follow a change to any of their sources, in the statement that makes it', async () => {
    // A client already (the fixture's case), so a new notification comes on top of her first plan.
    const { child, notifications } = await childWithNotifications(1);
    const kinds = async () => (await deadlinesOf(child.id)).map((i) => i.kind).sort();
    expect(await kinds()).toEqual([
      'familyInformed',
      'firstClientPlan',
      'startDecision',
      'urgencyAssessment',
    ]);

    await sql`UPDATE notification SET urgency_assessed_at = now(), urgent = false
      WHERE id = ${notifications[0]}`.execute(env.db);
    expect(await kinds()).toEqual(['familyInformed', 'firstClientPlan', 'startDecision']);

    await sql`UPDATE assessment SET family_informed_on = '2026-11-24' WHERE case_id = ${child.caseId}`.execute(
      env.db,
    );
    expect(await kinds()).toEqual(['firstClientPlan', 'startDecision']);

    await sql`UPDATE child_case SET status = 'closed', closed_at = now() WHERE id = ${child.caseId}`.execute(
      env.db,
    );
    expect(await kinds()).toEqual([]);
  });

  it('carry the child’s corrected name at once', async () => {
    const child = await env.fx.child({ responsible: worker, firstNames: 'Aino', lastName: 'Vanha' });
    expect((await deadlinesOf(child.id)).map((i) => i.child.name)).toEqual(['Aino Vanha']);
    await sql`UPDATE person SET last_name = 'Uusi' WHERE id = ${child.id}`.execute(env.db);
    expect((await deadlinesOf(child.id)).map((i) => i.child.name)).toEqual(['Aino Uusi']);
  });

  it('move from the first client plan to its yearly review when a plan is agreed, and back when it is withdrawn', async () => {
    const child = await env.fx.child({ responsible: worker });
    expect((await deadlinesOf(child.id)).map((i) => [i.kind, i.due])).toEqual([['firstClientPlan', null]]);
    const planId = crypto.randomUUID();
    await sql`INSERT INTO client_plan (id, child_id, case_id, plan_no, status, plan_date, review_due, agreed_at,
        created_by, created_at, updated_by, updated_at)
      VALUES (${planId}, ${child.id}, ${child.caseId}, 1, 'agreed', '2026-11-20', '2027-05-20', now(),
        ${worker.id}, now(), ${worker.id}, now())`.execute(env.db);
    expect((await deadlinesOf(child.id)).map((i) => [i.kind, i.sourceId, i.due])).toEqual([
      ['clientPlanReview', planId, '2027-05-20'],
    ]);
    await sql`DELETE FROM client_plan WHERE id = ${planId}`.execute(env.db);
    expect((await deadlinesOf(child.id)).map((i) => [i.kind, i.due])).toEqual([['firstClientPlan', null]]);
  });

  it('name the new responsible worker when the case changes hands', async () => {
    const child = await env.fx.child({ responsible: worker });
    await env.fx.grant({ user: colleague, childId: child.id, kind: 'responsible' });
    await sql`UPDATE child_case SET responsible_worker_id = ${colleague.id} WHERE id = ${child.caseId}`.execute(
      env.db,
    );
    const response = await (await env.signIn(colleague.username)).get('/api/deadlines?scope=mine');
    const item = response.body.items.find((i: Item) => i.child.id === child.id);
    expect(item.responsibleWorker).toMatchObject({ id: colleague.id });
  });

  // Two transactions changing one case at once: the later waits on the case row and derives from what
  // the earlier committed. Without that wait the later one would write the earlier one's rows again.
  it.runIf(Boolean(process.env.DATABASE_URL))(
    'stay right when two transactions change one case at the same time',
    async () => {
      const { child, notifications } = await childWithNotifications(2);
      let releaseFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      let firstChanged!: () => void;
      const firstHasChanged = new Promise<void>((resolve) => {
        firstChanged = resolve;
      });
      const assess = (id: string) =>
        sql`UPDATE notification SET urgency_assessed_at = now(), urgent = false WHERE id = ${id}`;
      const first = env.db.transaction().execute(async (tx) => {
        await assess(notifications[0]!).execute(tx);
        firstChanged();
        await firstMayCommit;
      });
      await firstHasChanged;
      const second = env.db.transaction().execute((tx) => assess(notifications[1]!).execute(tx));
      await new Promise((resolve) => setTimeout(resolve, 300));
      releaseFirst();
      await Promise.all([first, second]);
      expect((await deadlinesOf(child.id)).filter((i) => i.kind === 'urgencyAssessment')).toEqual([]);
    },
  );
});
