import { captureRequestSql } from './capture';
import { nationalScaleDatabase } from './database';
import { load } from './load';
import { pgbench } from './pgbench';
import { signIn, startServer } from './server';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/**
 * Issue 2: an authenticated, access-checked, logged read of a child's page at 64 concurrent
 * connections for 20 s on PostgreSQL with 100 000 children, against pgbench running the very
 * same SQL transaction at 64 clients in the same run.
 */
export async function childPageBenchmark() {
  const url = await nationalScaleDatabase('lumo_bench', CHILDREN);
  const server = await startServer(url);
  try {
    const session = await signIn(server.url, 'anna.virtanen');
    const worklist = (await (
      await fetch(`${server.url}/api/worklist`, { headers: { cookie: session.cookie } })
    ).json()) as {
      children: { id: string; relationship: string }[];
    };
    const own = worklist.children
      .filter((c) => c.relationship === 'responsible')
      .map((c) => `/api/children/${c.id}`);
    const headers = { cookie: session.cookie };
    await load({ url: server.url, connections: CONNECTIONS, seconds: 3, headers, paths: own });
    const http = await load({
      url: server.url,
      connections: CONNECTIONS,
      seconds: SECONDS,
      headers,
      paths: own,
    });

    const script = await captureRequestSql(url, session.cookie, own[0]!);
    const statements = script.trim().split('\n').length;
    const tps = pgbench(url, script, CONNECTIONS, SECONDS);
    return { http, tps, statements, children: own.length };
  } finally {
    await server.stop();
  }
}
