import { createHash } from 'node:crypto';
import { PGlite, types } from '@electric-sql/pglite';
import { Kysely, type LogConfig, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbKind = 'pglite' | 'postgres';
export type ScriptRunner = (script: string) => Promise<Record<string, unknown>[]>;

export interface DatabaseHandle {
  kind: DbKind;
  db: Db;
  /**
   * Runs scripts of several statements without parameters on one dedicated connection, as
   * migrations need (a session-level advisory lock must be taken and released on the same one).
   */
  withScriptRunner<T>(fn: (run: ScriptRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings on both engines: a JS Date would shift them by the host's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openPostgres(url: string, poolSize = 20, options: { log?: LogConfig } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server ends (a restart, a dropped test database) is simply
  // replaced by the pool; unhandled, its error would end the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new PreparingPool(pool) as unknown as pg.Pool }),
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    kind: 'postgres',
    db,
    withScriptRunner: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(async (script) => {
          const result = (await client.query(script)) as unknown as pg.QueryResult | pg.QueryResult[];
          return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [];
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await db.destroy();
      // Kysely ends the pool only if it ever used it; migrations alone use it directly.
      if (!pool.ended) await pool.end();
    },
  };
}

// Long IN-lists make a text per length; past these sizes a statement is not worth keeping.
const MAX_PREPARED_TEXT = 4_000;
const MAX_PREPARED_PARAMS = 64;

/**
 * Hands Kysely connections whose parameterised statements are prepared once per connection and
 * then executed by name. Row-level-security policies make planning a large share of a short
 * query's cost; a prepared statement is planned once and reused.
 */
class PreparingPool {
  private readonly clients = new WeakMap<pg.PoolClient, unknown>();
  private readonly names = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = `lumo_${createHash('sha1').update(text).digest('base64url')}`;
      this.names.set(text, name);
    }
    return name;
  }

  async connect() {
    const client = await this.pool.connect();
    let wrapped = this.clients.get(client);
    if (!wrapped) {
      wrapped = {
        query: (text: string, values?: unknown[]) =>
          values &&
          values.length > 0 &&
          values.length <= MAX_PREPARED_PARAMS &&
          text.length <= MAX_PREPARED_TEXT
            ? client.query({ name: this.nameOf(text), text, values })
            : client.query(text, values),
        release: (error?: Error | boolean) => client.release(error),
      };
      this.clients.set(client, wrapped);
    }
    return wrapped;
  }

  end() {
    return this.pool.end();
  }
}

export interface PgliteHandle extends DatabaseHandle {
  /** The whole database as a tarball, to start other instances from (tests do). */
  dump(): Promise<Blob>;
}

export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<PgliteHandle> {
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [types.DATE]: (v: string) => v, [types.INT8]: (v: string) => Number(v) },
  });
  await pglite.waitReady;
  const pool = new PgliteConnectionPool(pglite);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return {
    kind: 'pglite',
    db,
    withScriptRunner: async (fn) => {
      const connection = await pool.connect();
      try {
        return await fn(async (script) => (await pglite.exec(script)).at(-1)?.rows ?? []);
      } finally {
        connection.release();
      }
    },
    dump: async () => {
      const connection = await pool.connect();
      try {
        return await pglite.dumpDataDir('gzip');
      } finally {
        connection.release();
      }
    },
    close: () => db.destroy(),
  };
}

/**
 * PGlite is one connection. Handing it out like a pool of size one makes Kysely's PostgreSQL
 * dialect serialise transactions for us, so both engines run the very same SQL path.
 */
class PgliteConnectionPool {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly pglite: PGlite) {}

  async connect() {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    const pglite = this.pglite;
    return {
      async query(text: string, params: unknown[]) {
        // Without parameters PostgreSQL takes several statements in one message; so does this.
        if (params.length === 0 && text.includes(';')) {
          const last = (await pglite.exec(text)).at(-1);
          return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0, command: 'SELECT' };
        }
        const result = await pglite.query<Record<string, unknown>>(text, params);
        const affected = result.affectedRows ?? 0;
        const keyword = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '';
        return { rows: result.rows, rowCount: affected, command: affected > 0 ? 'UPDATE' : keyword };
      },
      release,
    };
  }

  async end() {
    await this.queue;
    await this.pglite.close();
  }
}
