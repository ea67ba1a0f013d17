import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../platform/db';
import { migrate } from '../platform/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory each test file starts from. */
    pgliteSnapshot: string;
    /** With DATABASE_URL: the migrated template database each test file copies. */
    postgresTemplate: string;
  }
}

/** Migrates once per run; every test file then starts from a copy of the migrated database. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `lumo_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const handle = openPostgres(withDatabase(url, template), 2);
    await migrate(handle);
    await handle.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'lumo-test-'));
  const handle = await openPglite();
  await migrate(handle);
  const snapshot = join(dir, 'migrated.tar.gz');
  const pglite = await handle.dump();
  await writeFile(snapshot, Buffer.from(await pglite.arrayBuffer()));
  await handle.close();
  project.provide('pgliteSnapshot', snapshot);
  project.provide('postgresTemplate', '');
  return () => rm(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
