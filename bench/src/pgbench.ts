import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a pgbench script for a fixed time and returns its transactions per second. */
export function pgbench(databaseUrl: string, script: string, clients: number, seconds: number): number {
  const file = join(mkdtempSync(join(tmpdir(), 'lumo-pgbench-')), 'transaction.sql');
  writeFileSync(file, script);
  const result = spawnSync(
    'pgbench',
    ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', file, databaseUrl],
    {
      encoding: 'utf8',
      timeout: (seconds + 60) * 1000,
    },
  );
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(result.stdout)?.[1];
  if (!tps) throw new Error(`pgbench failed:\n${result.stdout}\n${result.stderr}`);
  return Number(tps);
}
