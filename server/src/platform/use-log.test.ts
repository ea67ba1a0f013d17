import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';
import { verifyAuditLog } from './audit';
import { type Db, openPglite } from './db';
import { migrate } from './migrate';

let env: TestEnv;
let worker: StaffFixture;
let lead: StaffFixture;
let child: ChildFixture;
let anna: Client;

beforeAll(async () => {
  env = await startTestEnv();
  worker = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  lead = await env.fx.staff({ roles: ['team_lead'], firstName: 'Leena', lastName: 'Lehtonen' });
  const team = await env.fx.team({ members: [{ user: worker }] });
  child = await env.fx.child({ team, responsible: worker, firstNames: 'Eevi', lastName: 'Käyttöloki' });
  anna = await env.signIn(worker.username);
});
afterAll(() => env.close());

async function lastEvent() {
  return env.db
    .selectFrom('audit_event')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe('every read and change of a child’s data is in the use log', () => {
  it.each([
    ['child:read', () => anna.get(`/api/children/${child.id}`)],
    [
      'child:update',
      async () =>
        anna.patch(`/api/children/${child.id}`, {
          version: (await anna.get(`/api/children/${child.id}`)).body.child.version,
          phone: '040 111 2222',
        }),
    ],
    ['worklist:read', () => anna.get('/api/worklist')],
    ['person:search', () => anna.get('/api/people?q=Eevi')],
    ['child:readAuditLog', () => anna.get(`/api/children/${child.id}/audit-log`)],
  ])('%s writes a row with the actor, organisation, child, basis, time and request', async (action, call) => {
    const response = await call();
    expect(response.status).toBe(200);
    const event = await lastEvent();
    expect(event).toMatchObject({
      action,
      actor_id: worker.id,
      actor_name: 'Anna Virtanen',
      outcome: 'ok',
      request_id: response.headers['x-request-id'],
      occurred_at: env.clock.now(),
    });
    expect(event.organisation_id).toBeTruthy();
    expect(event.child_ids).toContain(child.id);
    expect(event.basis).not.toBe('');
  });

  it('records a refused attempt, with the child, as denied', async () => {
    const stranger = await env.fx.staff();
    const client = await env.signIn(stranger.username);
    expect((await client.get(`/api/children/${child.id}`)).status).toBe(404);
    expect(await lastEvent()).toMatchObject({
      action: 'child:read',
      outcome: 'denied',
      actor_id: stranger.id,
      child_ids: [child.id],
    });
  });

  it('records emergency access with its reason, and the responsible worker sees it in the child’s log', async () => {
    const leena = await env.signIn(lead.username);
    const reason = 'Poliisi pyytää virka-apua kiireellisesti iltapäivystyksessä';
    expect((await leena.post(`/api/children/${child.id}/emergency-access`, { reason })).status).toBe(201);
    expect((await leena.get(`/api/children/${child.id}`)).status).toBe(200);
    const log = await anna.get(`/api/children/${child.id}/audit-log`);
    const actions = log.body.entries.map(
      (e: { action: string; actor: { name: string } }) => `${e.actor.name}: ${e.action}`,
    );
    expect(actions).toContain('Leena Lehtonen: child:takeEmergencyAccess');
    expect(actions).toContain('Leena Lehtonen: child:read');
    const grant = await env.db
      .selectFrom('audit_event')
      .select(['details', 'basis'])
      .where('action', '=', 'child:takeEmergencyAccess')
      .executeTakeFirstOrThrow();
    expect(grant.details).toMatchObject({ reason });
  });

  it('lets only the responsible worker read the child’s log', async () => {
    const teammate = await env.fx.staff();
    await env.fx.grant({ user: teammate, childId: child.id, kind: 'team' });
    const client = await env.signIn(teammate.username);
    expect((await client.get(`/api/children/${child.id}`)).status).toBe(200);
    expect((await client.get(`/api/children/${child.id}/audit-log`)).status).toBe(404);
  });
});

describe('the hash chain', () => {
  it('verifies an untouched log', async () => {
    const result = await verifyAuditLog(env.db);
    expect(result.ok).toBe(true);
    expect(result.rows).toBeGreaterThan(5);
  });

  it('finds a changed row, then a deleted one, and a deleted last row', async () => {
    const rows = await env.db
      .selectFrom('audit_event')
      .select(['seq', 'chain', 'chain_pos'])
      .orderBy('seq')
      .execute();
    const target = rows[2]!;
    await sql`UPDATE audit_event SET actor_name = 'Someone Else' WHERE seq = ${target.seq}`.execute(env.db);
    const changed = await verifyAuditLog(env.db);
    expect(changed).toMatchObject({
      ok: false,
      broken: { seq: target.seq, reason: 'content does not match its hash' },
    });
    await sql`UPDATE audit_event SET actor_name = 'Anna Virtanen' WHERE seq = ${target.seq}`.execute(env.db);
    expect((await verifyAuditLog(env.db)).ok).toBe(true);

    await sql`DELETE FROM audit_event WHERE seq = ${target.seq}`.execute(env.db);
    const deleted = await verifyAuditLog(env.db);
    expect(deleted.ok).toBe(false);
  });

  it('finds a deleted last row of a chain against the recorded head', async () => {
    const fresh = await startTestEnv();
    try {
      const user = await fresh.fx.staff();
      const client = await fresh.signIn(user.username);
      for (let i = 0; i < 10; i++) await client.get('/api/worklist');
      const last = await fresh.db
        .selectFrom('audit_event')
        .select(['seq', 'chain'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`DELETE FROM audit_event WHERE seq = ${last.seq}`.execute(fresh.db);
      const result = await verifyAuditLog(fresh.db);
      expect(result).toMatchObject({ ok: false, broken: { chain: last.chain } });
      if (!result.ok) expect(result.broken.reason).toMatch(/head records/);
    } finally {
      await fresh.close();
    }
  });
});

describe('npm run lumo -- audit verify', () => {
  const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
  const run = (extra: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, 'audit', 'verify'], {
      env: { ...process.env, ...extra },
      encoding: 'utf8',
      timeout: 120_000,
    });

  /**
   * The command opens the database the environment names: this test's own PostgreSQL database,
   * or on PGlite a data folder of its own (the test's in-memory one cannot be shared).
   */
  async function target(): Promise<{ cliEnv: Record<string, string>; db: Db; done: () => Promise<void> }> {
    const seed = (db: Db) =>
      sql`INSERT INTO audit_event (id, occurred_at, action) VALUES
        (gen_random_uuid(), now(), 'test:one'), (gen_random_uuid(), now(), 'test:two')`.execute(db);
    if (env.databaseUrl) {
      const fresh = await startTestEnv();
      await seed(fresh.db);
      return { cliEnv: { DATABASE_URL: fresh.databaseUrl! }, db: fresh.db, done: () => fresh.close() };
    }
    const dir = await mkdtemp(join(tmpdir(), 'lumo-verify-'));
    const handle = await openPglite({ dataDir: dir });
    await migrate(handle);
    await seed(handle.db);
    return {
      cliEnv: { LUMO_DATA_DIR: dir, DATABASE_URL: '' },
      db: handle.db,
      done: async () => {
        await handle.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }

  it('prints OK and exits 0 for an intact log, and names the first broken row and exits 1 after tampering', async () => {
    const { cliEnv, db, done } = await target();
    try {
      const pglitePath = !env.databaseUrl;
      // PGlite allows one process per data folder: let go of it while the command runs.
      const release = pglitePath ? () => db.destroy() : async () => {};
      const rows = (await db.selectFrom('audit_event').select('seq').orderBy('seq').execute()).map(
        (r) => r.seq,
      );
      const victim = rows[1]!;
      await release();

      const ok = run(cliEnv);
      expect(ok.stdout).toMatch(/^OK: \d+ use-log rows, every chain intact/);
      expect(ok.status).toBe(0);

      const tamper = pglitePath ? await openPglite({ dataDir: cliEnv.LUMO_DATA_DIR! }) : null;
      await sql`UPDATE audit_event SET action = 'test:forged' WHERE seq = ${victim}`.execute(
        tamper?.db ?? db,
      );
      await tamper?.close();

      const broken = run(cliEnv);
      expect(broken.stdout).toContain(`first broken row seq=${victim}`);
      expect(broken.status).toBe(1);
    } finally {
      await done().catch(() => undefined);
    }
  }, 180_000);
});
