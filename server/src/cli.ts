import { parseArgs } from 'node:util';
import { assessmentCompleteDue, assessmentStartDue, helsinkiDateOf, isLocalDate } from '@lumo/domain';
import { isEmpty, seedDemo } from './demo/seed';
import { verifyAuditLog } from './platform/audit';
import { loadConfig } from './platform/config';
import { migrate } from './platform/migrate';
import { openDatabase } from './platform/open-database';

const usage = `usage: npm run lumo -- <command>
  audit verify                     check that the use log's hash chains are intact
  deadlines --pending YYYY-MM-DD   the service-need assessment deadlines for a pending date
  migrate                          apply pending database migrations
  demo [--children N]              seed an empty database with the synthetic county`;

async function withDatabase<T>(
  fn: (handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase(loadConfig());
  try {
    await migrate(handle);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  if (command === 'audit' && sub === 'verify') {
    const result = await withDatabase((h) => verifyAuditLog(h.db));
    if (result.ok) {
      console.log(`OK: ${result.rows} use-log rows, every chain intact`);
      return 0;
    }
    const b = result.broken;
    console.log(
      `BROKEN: first broken row seq=${b.seq ?? '-'} chain=${b.chain} position=${b.chainPos}: ${b.reason} (${result.rows} rows checked)`,
    );
    return 1;
  }
  if (command === 'deadlines') {
    const { values } = parseArgs({
      args: [sub ?? '', ...rest].filter(Boolean),
      options: { pending: { type: 'string' } },
    });
    if (!values.pending || !isLocalDate(values.pending)) {
      console.error('deadlines: give the pending date as --pending YYYY-MM-DD');
      return 2;
    }
    console.log(`assessmentStartDue=${assessmentStartDue(values.pending)}`);
    console.log(`assessmentCompleteDue=${assessmentCompleteDue(values.pending)}`);
    return 0;
  }
  if (command === 'migrate') {
    await withDatabase(async () => undefined);
    console.log('migrations up to date');
    return 0;
  }
  if (command === 'demo') {
    const { values } = parseArgs({
      args: [sub ?? '', ...rest].filter(Boolean),
      options: { children: { type: 'string' } },
    });
    const children = Number(values.children ?? 320);
    if (!Number.isInteger(children) || children < 1) {
      console.error('demo: --children must be a positive whole number');
      return 2;
    }
    return withDatabase(async (h) => {
      if (!(await isEmpty(h.db))) {
        console.error('demo: the database already has data; use an empty database');
        return 2;
      }
      const started = Date.now();
      await seedDemo(h.db, {
        children,
        referenceDate: helsinkiDateOf(new Date(started)),
        madeAt: new Date(started),
        onProgress: (table, rows) => console.log(`  ${table}: ${rows} rows`),
      });
      console.log(
        `demo county with ${children} children written in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return 0;
    });
  }
  console.error(usage);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
