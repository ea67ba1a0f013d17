import { mkdir } from 'node:fs/promises';
import type { Config } from './config';
import { type DatabaseHandle, openPglite, openPostgres } from './db';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite database in the data folder. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.dbPoolSize);
  await mkdir(config.dataDir, { recursive: true });
  return openPglite({ dataDir: config.dataDir });
}
