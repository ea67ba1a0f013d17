import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './db';

// From the sources (src/platform/) or from the production bundle (dist/).
const migrationsDir = ['../../migrations/', '../migrations/']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((dir) => existsSync(dir))!;

// Any constant works; it only has to be the same for every Lumo node migrating one database.
const MIGRATION_LOCK = 47_112_023;

/** Applies the numbered SQL files not yet applied, each in its own transaction, in order. */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return handle.withScriptRunner(async (run) => {
    await run(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await run(`CREATE TABLE IF NOT EXISTS schema_migration (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Set((await run('SELECT version FROM schema_migration')).map((r) => Number(r.version)));
      const applied: string[] = [];
      for (const file of files) {
        const version = Number(file.slice(0, 4));
        if (done.has(version)) continue;
        const body = await readFile(migrationsDir + file, 'utf8');
        try {
          await run(
            `BEGIN;\n${body}\n;\nINSERT INTO schema_migration (version, name) VALUES (${version}, '${file}');\nCOMMIT;`,
          );
        } catch (error) {
          await run('ROLLBACK');
          throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file);
      }
      return applied;
    } finally {
      await run(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  });
}
