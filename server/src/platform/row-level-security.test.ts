import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../testing/fixtures';
import { startTestEnv, type TestEnv } from '../testing/harness';
import { type ActorTransactionOptions, asActor, type Ctx } from './context';

let env: TestEnv;
let worker: StaffFixture;
let stranger: StaffFixture;
let child: ChildFixture;
let guardianId: string;
let expired: StaffFixture;

beforeAll(async () => {
  env = await startTestEnv();
  worker = await env.fx.staff();
  stranger = await env.fx.staff();
  const team = await env.fx.team({ members: [{ user: worker }] });
  child = await env.fx.child({ team, responsible: worker });
  guardianId = (await env.fx.familyMember(child.id)).id;
  expired = await env.fx.staff();
  await env.fx.grant({
    user: expired,
    childId: child.id,
    kind: 'team',
    validFrom: new Date('2024-01-01'),
    validTo: new Date('2025-01-01'),
  });
});
afterAll(() => env.close());

/** Raw SQL as the app role, with no app code in between: only the database's own policies decide. */
async function asAppRole<T>(actorId: string, query: string): Promise<T[]> {
  return env.db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${actorId}, true),
      set_config('lumo.now', ${env.clock.now().toISOString()}, true)`.execute(tx);
    return (await sql.raw<T>(query).execute(tx)).rows;
  });
}

/** What a command would be handed for this actor, for calling the transaction helper directly. */
function actorCtx(userId: string): Ctx {
  const actor = {
    userId,
    username: 'x',
    name: 'x',
    title: '',
    organisationId: userId,
    roles: [],
    language: 'fi',
  } as const;
  return {
    db: env.db,
    clock: env.clock,
    config: env.config,
    actor: { ...actor, roles: [] },
    requestId: 'plan-reuse',
  };
}

describe('row-level security, the second wall', () => {
  it('shows the app role no client rows at all for an actor without a relationship', async () => {
    for (const table of ['person', 'family_link', 'child_case']) {
      const rows = await asAppRole<{ n: number }>(stranger.id, `SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]?.n, table).toBe(0);
    }
  });

  it('shows the related worker the child and the family linked to the child', async () => {
    const people = await asAppRole<{ id: string }>(worker.id, 'SELECT id FROM person ORDER BY id');
    expect(people.map((p) => p.id).sort()).toEqual([child.id, guardianId].sort());
    const cases = await asAppRole<{ n: number }>(worker.id, 'SELECT count(*)::int AS n FROM child_case');
    expect(cases[0]?.n).toBe(1);
  });

  it('shows nothing on an expired relationship', async () => {
    const rows = await asAppRole<{ n: number }>(expired.id, 'SELECT count(*)::int AS n FROM person');
    expect(rows[0]?.n).toBe(0);
  });

  it('shows nothing when no actor is set', async () => {
    const rows = await env.db.transaction().execute(async (tx) => {
      await sql`SELECT set_config('role', 'lumo_app', true)`.execute(tx);
      return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM person`.execute(tx)).rows;
    });
    expect(rows[0]?.n).toBe(0);
  });

  it('lets the app role only append to the use log: no reading, changing or deleting it', async () => {
    await expect(asAppRole(worker.id, 'SELECT * FROM audit_event')).rejects.toThrow(/permission denied/);
    await expect(asAppRole(worker.id, "UPDATE audit_event SET action = 'x'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(asAppRole(worker.id, 'DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
    await expect(asAppRole(worker.id, 'SELECT * FROM audit_chain')).rejects.toThrow(/permission denied/);
  });

  it('refuses a use-log row written in someone else’s name', async () => {
    await expect(
      asAppRole(
        worker.id,
        `INSERT INTO audit_event (id, occurred_at, actor_id, action) VALUES (gen_random_uuid(), now(), '${stranger.id}', 'x')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps sessions and password hashes out of the app role’s reach', async () => {
    await expect(asAppRole(worker.id, 'SELECT * FROM session')).rejects.toThrow(/permission denied/);
    await expect(asAppRole(worker.id, 'SELECT password_hash FROM staff_user')).rejects.toThrow(
      /permission denied/,
    );
  });

  it('shows a worker the open deadlines of her own children only, and lets no one write them', async () => {
    const mine = await asAppRole<{ child_id: string }>(worker.id, 'SELECT child_id FROM open_deadline');
    expect(mine.map((r) => r.child_id)).toEqual([child.id]);
    const strangers = await asAppRole<{ n: number }>(
      stranger.id,
      'SELECT count(*)::int AS n FROM open_deadline',
    );
    expect(strangers[0]?.n).toBe(0);
    for (const statement of [
      "UPDATE open_deadline SET due = '2030-01-01'",
      'DELETE FROM open_deadline',
      `INSERT INTO open_deadline SELECT * FROM open_deadline`,
    ])
      await expect(asAppRole(worker.id, statement), statement).rejects.toThrow(/permission denied/);
  });

  it('has every policy read the actor and the clock once per statement, not once per row', async () => {
    // Migration 0031: a bare lumo_actor() in a policy is evaluated for every row it checks.
    const { rows } = await sql<{ policy: string }>`
      SELECT tablename || '.' || policyname AS policy FROM pg_policies
      WHERE concat(qual, ' ', with_check) ~ '(?<!SELECT )lumo_(actor|now)\\(\\)'`.execute(env.db);
    expect(rows).toEqual([]);
    const { rows: all } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_policies WHERE concat(qual, ' ', with_check) ~ 'lumo_actor'`.execute(
      env.db,
    );
    expect(all[0]?.n).toBeGreaterThan(50);
  });

  it('lets an actor grant only herself emergency access, with a reason and for at most two hours', async () => {
    const grant = (kind: string, userId: string, reason: string, hours: number) =>
      asAppRole(
        stranger.id,
        `INSERT INTO access_relationship (id, user_id, child_id, kind, valid_from, valid_to, reason, granted_by)
         VALUES (gen_random_uuid(), '${userId}', '${child.id}', '${kind}', now(), now() + interval '${hours} hours', '${reason}', '${stranger.id}')`,
      );
    await expect(grant('team', stranger.id, 'a sufficiently long reason', 1)).rejects.toThrow(
      /row-level security/,
    );
    await expect(grant('emergency', worker.id, 'a sufficiently long reason', 1)).rejects.toThrow(
      /row-level security/,
    );
    await expect(grant('emergency', stranger.id, 'short', 1)).rejects.toThrow(/check constraint/);
    await expect(grant('emergency', stranger.id, 'a sufficiently long reason', 3)).rejects.toThrow(
      /check constraint/,
    );
    await expect(grant('emergency', stranger.id, 'a sufficiently long reason', 2)).resolves.toBeDefined();
  });

  it('keeps each actor to her own rows when one statement, planned once, serves them in turn', async () => {
    // Statements are prepared per connection and planned without their values; the policies must read
    // the actor of each execution, not the one the plan was made for. The statement has no filter but
    // the policies' own.
    const other = await env.fx.staff();
    const otherChild = await env.fx.child({
      team: await env.fx.team({ members: [{ user: other }] }),
      responsible: other,
    });
    const seen = (userId: string) =>
      asActor(actorCtx(userId), async (tx) => {
        const { rows } = await sql<{ id: string }>`
          SELECT p.id FROM person p WHERE ${'every'}::text = 'every' ORDER BY p.id`.execute(tx);
        return rows.map((r) => r.id);
      });
    const otherFamily = (await seen(other.id)).filter((id) => id !== otherChild.id);
    for (let round = 0; round < 8; round++) {
      expect(await seen(worker.id)).toEqual([child.id, guardianId].sort());
      expect(await seen(other.id)).toEqual([otherChild.id, ...otherFamily].sort());
      expect(await seen(stranger.id)).toEqual([]);
    }
  });

  it('plans a word search for each execution, and everything else once', async () => {
    const mode = (options: ActorTransactionOptions) =>
      asActor(actorCtx(stranger.id), options, async (tx) => {
        const { rows } = await sql<{
          mode: string;
        }>`SELECT current_setting('plan_cache_mode') AS mode`.execute(tx);
        return rows[0]?.mode;
      });
    expect(await mode({})).toBe('force_generic_plan');
    expect(await mode({ plans: 'perExecution' })).toBe('auto');
  });
});
