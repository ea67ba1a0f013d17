import os from 'node:os';
import { childPageBenchmark } from './child-page';

function row(name: string, value: string, target: string, ok: boolean) {
  return `  ${name.padEnd(34)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'met' : 'NOT MET'}`;
}

const wanted = new Set(process.argv.slice(2));
const run = (name: string) => wanted.size === 0 || wanted.has(name);

console.log(
  `Lumo benchmarks — ${os.cpus().length} CPU cores, Node ${process.version}, ${new Date().toISOString()}`,
);

if (run('child-page')) {
  const r = await childPageBenchmark();
  const ratio = r.http.perSecond / r.tps;
  console.log(
    '\nchild page: authenticated, access-checked, logged read; 64 connections, PostgreSQL, 100 000 children',
  );
  console.log(row('HTTP requests/s', r.http.perSecond.toFixed(0), '≥ 1500', r.http.perSecond >= 1500));
  console.log(row('HTTP latency p50 (ms)', r.http.p50.toFixed(1), '', true));
  console.log(row('HTTP latency p99 (ms)', r.http.p99.toFixed(1), '≤ 50', r.http.p99 <= 50));
  console.log(row(`pgbench, same ${r.statements} statements (tps)`, r.tps.toFixed(0), 'baseline', true));
  console.log(row('ratio HTTP / pgbench', ratio.toFixed(2), '≥ 0.5', ratio >= 0.5));
  console.log(`  (${r.http.requests} requests over ${r.children} children, ${r.http.errors} errors)`);
}
