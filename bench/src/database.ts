import { helsinkiDateOf } from '@lumo/domain';
import pg from 'pg';
import { seedDemo } from '../../server/src/demo/seed';
import { openPostgres } from '../../server/src/platform/db';
import { migrate } from '../../server/src/platform/migrate';

export const adminUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// BENCH_FRESH rebuilds a database once per run, not once per benchmark that asks for it.
const builtThisRun = new Set<string>();

/**
 * A PostgreSQL database with the national-scale county. Seeding 100 000 children takes minutes,
 * so an existing database of the right size is reused; BENCH_FRESH=1 rebuilds it.
 */
export async function nationalScaleDatabase(name: string, children: number): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (exists && (!process.env.BENCH_FRESH || builtThisRun.has(name))) {
      const probe = openPostgres(databaseUrl(name), 1);
      try {
        await migrate(probe);
        const row = await probe.db
          .selectFrom('person')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kind', '=', 'child')
          .executeTakeFirstOrThrow();
        if (Number(row.n) >= children) return databaseUrl(name);
      } finally {
        await probe.close();
      }
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const handle = openPostgres(databaseUrl(name), 4);
  try {
    await migrate(handle);
    const started = Date.now();
    console.log(`seeding ${children} children into ${name}…`);
    const now = new Date();
    await seedDemo(handle.db, { children, referenceDate: helsinkiDateOf(now), madeAt: now });
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await (await import('kysely')).sql`ANALYZE`.execute(handle.db);
    builtThisRun.add(name);
  } finally {
    await handle.close();
  }
  return databaseUrl(name);
}
