import cluster from 'node:cluster';
import { helsinkiDateOf } from '@lumo/domain';
import { buildApp } from './app';
import { isEmpty, seedDemo } from './demo/seed';
import { systemClock } from './platform/clock';
import { loadConfig } from './platform/config';
import { migrate } from './platform/migrate';
import { openDatabase } from './platform/open-database';

const config = loadConfig();
const workers = config.databaseUrl ? config.workers : 1;
if (config.workers > 1 && !config.databaseUrl) {
  console.warn('LUMO_WORKERS is for PostgreSQL; the embedded database runs in one process');
}

// The single process goes on to serve with the database it prepared: PGlite allows one opener.
let preparedHandle: Awaited<ReturnType<typeof openDatabase>> | undefined;
if (cluster.isPrimary) await prepareDatabase();
if (workers > 1 && cluster.isPrimary) superviseWorkers();
else await serve();

/** Migrations and the demo county, once, before any process serves. */
async function prepareDatabase() {
  const handle = await openDatabase(config);
  const applied = await migrate(handle);
  if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
  if (config.mode === 'demo' && (await isEmpty(handle.db))) {
    console.log(`seeding the demo county with ${config.demoChildren} children…`);
    const now = new Date();
    await seedDemo(handle.db, {
      children: config.demoChildren,
      referenceDate: helsinkiDateOf(now),
      madeAt: now,
    });
  }
  if (workers > 1) await handle.close();
  else preparedHandle = handle;
}

async function serve() {
  const handle = preparedHandle ?? (await openDatabase(config));
  // The sign-in rate limit per address is counted in each process, and connections are shared out
  // among the workers in turn: each counts its share.
  const served =
    workers > 1
      ? { ...config, loginRateLimitPerMinute: Math.ceil(config.loginRateLimitPerMinute / workers) }
      : config;
  const app = await buildApp(
    { db: handle.db, dbKind: handle.kind, clock: systemClock, config: served },
    { logger: true },
  );
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) {
    console.log(
      `Lumo is running at http://localhost:${config.port} (database: ${handle.kind}, mode: ${config.mode})`,
    );
  }
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (closing) return;
      closing = true;
      await app.close();
      await handle.close();
      process.exit(0);
    });
  }
}

/** Starts the workers, starts a new one when one dies, and stops them all on a signal. */
function superviseWorkers() {
  let stopping = false;
  let listening = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', () => {
    listening += 1;
    if (listening === workers) {
      console.log(
        `Lumo is running at http://localhost:${config.port} (database: postgres, mode: ${config.mode}, ${workers} workers)`,
      );
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
}
