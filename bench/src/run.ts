import os from 'node:os';
import { assessmentBenchmark } from './assessment';
import { childPageBenchmark } from './child-page';
import type { LoadResult } from './load';
import { meetingBenchmark } from './meeting';
import { registerSearchBenchmark } from './register-search';
import { worklistBenchmark } from './worklists';

function row(name: string, value: string, target: string, ok: boolean | null) {
  const verdict = ok === null ? '' : ok ? 'met' : 'NOT MET';
  return `  ${name.padEnd(40)} ${value.padStart(10)}   ${target ? `target ${target}`.padEnd(16) : ''.padEnd(16)} ${verdict}`;
}

const wanted = new Set(process.argv.slice(2));
const run = (name: string) => wanted.size === 0 || wanted.has(name);

console.log(
  `Lumo benchmarks — ${os.cpus().length} CPU cores, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  `load average before: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

if (run('child-page')) {
  const r = await childPageBenchmark();
  const ratio = r.http.perSecond / r.tps;
  console.log(
    '\nissue 2 — child page: authenticated, access-checked, logged read; 64 connections, 100 000 children',
  );
  console.log(row('HTTP requests/s', r.http.perSecond.toFixed(0), '≥ 1500', r.http.perSecond >= 1500));
  console.log(row('HTTP latency p50 (ms)', r.http.p50.toFixed(1), '', null));
  console.log(row('HTTP latency p99 (ms)', r.http.p99.toFixed(1), '≤ 50', r.http.p99 <= 50));
  console.log(row(`pgbench, same ${r.statements} statements (tps)`, r.tps.toFixed(0), 'baseline', null));
  console.log(row('ratio HTTP / pgbench', ratio.toFixed(2), '≥ 0.5', ratio >= 0.5));
  console.log(`  (${r.http.requests} requests over ${r.children} children, ${r.http.errors} errors)`);
}

if (run('worklists')) {
  const r = await worklistBenchmark();
  console.log('\nissue 3 — deadline worklists, 16 concurrent users, 100 000 children');
  console.log("  as the page opens them: every pressing deadline, the later group's first few");
  const printLoad = (name: string, result: LoadResult) => {
    console.log(row(`${name} p95 (ms)`, result.p95.toFixed(1), '≤ 50', result.p95 <= 50));
    console.log(
      row('  requests/s, p50 (ms)', `${result.perSecond.toFixed(0)}, ${result.p50.toFixed(1)}`, '', null),
    );
  };
  printLoad(`worker's own (${r.sizes.mine} children)`, r.mine);
  printLoad(`team's (${r.sizes.team} children, ${r.sizes.teamSent} sent)`, r.team);
  console.log('  the team\'s whole list, as "show all" fetches it');
  printLoad(`team's (${r.sizes.teamWhole} deadlines)`, r.teamWhole);
  console.log(
    row(
      'baseline: session read p95 (ms), req/s',
      `${r.baseline.p95.toFixed(1)}, ${r.baseline.perSecond.toFixed(0)}`,
      'same run',
      null,
    ),
  );
  console.log(`  (${r.mine.errors + r.team.errors + r.teamWhole.errors + r.baseline.errors} errors)`);
}

if (run('meeting')) {
  const r = await meetingBenchmark();
  console.log(
    `\nissue 4 — opening a meeting with ${r.families} families, 8 concurrent members, 100 000 children`,
  );
  console.log(row('server time p95 (ms)', r.result.serverP95.toFixed(1), '≤ 150', r.result.serverP95 <= 150));
  console.log(
    row('HTTP latency p50 / p95 (ms)', `${r.result.p50.toFixed(0)} / ${r.result.p95.toFixed(0)}`, '', null),
  );
  console.log(row('requests/s', r.result.perSecond.toFixed(0), '', null));
  console.log(
    row(
      'baseline: session read p95 (ms), req/s',
      `${r.baseline.p95.toFixed(1)}, ${r.baseline.perSecond.toFixed(0)}`,
      'same run',
      null,
    ),
  );
  console.log(`  (${r.result.requests} requests, ${r.result.errors + r.baseline.errors} errors)`);
}

if (run('register-search')) {
  const r = await registerSearchBenchmark();
  console.log(
    `\nissue 5 — partnership register search across the four regions (${r.services} service areas), 16 concurrent users`,
  );
  console.log(row('HTTP latency p95 (ms)', r.result.p95.toFixed(1), '≤ 30', r.result.p95 <= 30));
  console.log(row('HTTP latency p50 (ms)', r.result.p50.toFixed(1), '', null));
  console.log(row('server time p95 (ms)', r.result.serverP95.toFixed(1), '', null));
  console.log(row('requests/s', r.result.perSecond.toFixed(0), '', null));
  console.log(
    row(
      'baseline: session read p95 (ms), req/s',
      `${r.baseline.p95.toFixed(1)}, ${r.baseline.perSecond.toFixed(0)}`,
      'same run',
      null,
    ),
  );
  console.log(`  (${r.result.requests} requests, ${r.result.errors + r.baseline.errors} errors)`);
}

if (run('assessment')) {
  const r = await assessmentBenchmark();
  console.log(
    `\nissue 5 — opening a multi-agency assessment with ${r.contributions} partner contributions, 8 concurrent connections`,
  );
  console.log(row('server time p95 (ms)', r.result.serverP95.toFixed(1), '≤ 100', r.result.serverP95 <= 100));
  console.log(
    row('HTTP latency p50 / p95 (ms)', `${r.result.p50.toFixed(0)} / ${r.result.p95.toFixed(0)}`, '', null),
  );
  console.log(row('requests/s', r.result.perSecond.toFixed(0), '', null));
  console.log(
    row(
      'baseline: session read p95 (ms), req/s',
      `${r.baseline.p95.toFixed(1)}, ${r.baseline.perSecond.toFixed(0)}`,
      'same run',
      null,
    ),
  );
  console.log(`  (${r.result.requests} requests, ${r.result.errors + r.baseline.errors} errors)`);
}

console.log(
  `\nload average after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
