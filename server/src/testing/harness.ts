import { readFile } from 'node:fs/promises';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { hashPassword } from '../platform/auth/passwords';
import { type FixedClock, fixedClock } from '../platform/clock';
import { type Config, loadConfig } from '../platform/config';
import { type DatabaseHandle, type Db, openPglite, openPostgres } from '../platform/db';
import { Fixtures } from './fixtures';
import { withDatabase } from './global-setup';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A response body as a test sees it: its shape is what the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: assertions, not types, check the bodies of responses
type Json = any;

export interface Response<T = Json> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** A signed-in (or anonymous) user talking to the app over HTTP, cookies and CSRF token included. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    public cookie: string | null = null,
    public csrfToken: string | null = null,
  ) {}

  async request<T = Json>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = response.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: leave the text as it is
    }
    return {
      status: response.statusCode,
      body: parsed as T,
      headers: response.headers,
    } satisfies Response<T>;
  }

  get<T = Json>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = Json>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = Json>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = Json>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
}

export interface TestEnv {
  app: FastifyInstance;
  /** The test's own PostgreSQL database, when the tests run on PostgreSQL. */
  databaseUrl: string | null;
  db: Db;
  handle: DatabaseHandle;
  clock: FixedClock;
  config: Config;
  fx: Fixtures;
  anonymous(): Client;
  signIn(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

let passwordHash: Promise<string> | null = null;

async function openTestDatabase(): Promise<{
  handle: DatabaseHandle;
  url: string | null;
  dispose: () => Promise<void>;
}> {
  const template = inject('postgresTemplate');
  const url = process.env.DATABASE_URL;
  if (template && url) {
    const name = `lumo_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // A template can be copied by one CREATE DATABASE at a time: test files queue for it.
    await admin.query('SELECT pg_advisory_lock(4711)');
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4711)');
    }
    const handle = openPostgres(withDatabase(url, name), 10);
    return {
      handle,
      url: withDatabase(url, name),
      dispose: async () => {
        await handle.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const snapshot = await readFile(inject('pgliteSnapshot'));
  const handle = await openPglite({ loadDataDir: new Blob([snapshot]) });
  return { handle, url: null, dispose: () => handle.close() };
}

/**
 * A fresh, migrated database (PGlite, or PostgreSQL when DATABASE_URL is set), the app on top
 * of it with a fixed clock, and fixture builders. One per test file.
 */
export async function startTestEnv(
  options: { now?: string; config?: Partial<Config> } = {},
): Promise<TestEnv> {
  const { handle, url, dispose } = await openTestDatabase();
  const clock = fixedClock(options.now ?? '2026-03-10T09:00:00+02:00');
  const config: Config = { ...loadConfig({ LUMO_MODE: 'demo' }), logLevel: 'silent', ...options.config };
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, clock, config });
  await app.ready();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const fx = new Fixtures(handle.db, clock, await passwordHash);
  return {
    app,
    databaseUrl: url,
    db: handle.db,
    handle,
    clock,
    config,
    fx,
    anonymous: () => new Client(app),
    async signIn(username, password = TEST_PASSWORD) {
      const client = new Client(app);
      const response = await client.post('/api/auth/login', { username, password });
      if (response.status !== 200)
        throw new Error(`sign-in of ${username} failed: ${JSON.stringify(response.body)}`);
      const setCookie = String(response.headers['set-cookie'] ?? '');
      client.cookie = setCookie.split(';')[0] ?? null;
      client.csrfToken = response.body.csrfToken;
      return client;
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
}
