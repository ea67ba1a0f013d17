import { helsinkiDateOf } from '@lumo/domain';
import { buildApp } from './app';
import { isEmpty, seedDemo } from './demo/seed';
import { systemClock } from './platform/clock';
import { loadConfig } from './platform/config';
import { migrate } from './platform/migrate';
import { openDatabase } from './platform/open-database';

const config = loadConfig();
const handle = await openDatabase(config);
const applied = await migrate(handle);
if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
if (config.mode === 'demo' && (await isEmpty(handle.db))) {
  console.log(`seeding the demo county with ${config.demoChildren} children…`);
  await seedDemo(handle.db, { children: config.demoChildren, referenceDate: helsinkiDateOf(new Date()) });
}

const app = await buildApp(
  { db: handle.db, dbKind: handle.kind, clock: systemClock, config },
  { logger: true },
);
await app.listen({ port: config.port, host: config.host });
console.log(
  `Lumo is running at http://localhost:${config.port} (database: ${handle.kind}, mode: ${config.mode})`,
);

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
