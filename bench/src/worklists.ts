import { nationalScaleDatabase } from './database';
import { ensureMultiTeamCoordinator } from './fixtures';
import { type LoadResult, load } from './load';
import { signIn, startServer } from './server';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const USERS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/**
 * Issue 3: the deadline worklists at national scale — a worker's own (30 clients) and a team's
 * (200 children) — each read by 16 concurrent users.
 */
export async function worklistBenchmark(): Promise<{
  mine: LoadResult;
  team: LoadResult;
  baseline: LoadResult;
  sizes: { mine: number; team: number };
}> {
  const url = await nationalScaleDatabase('lumo_bench', CHILDREN);
  const coordinator = await ensureMultiTeamCoordinator(url);
  const server = await startServer(url);
  try {
    // mikko.laine carries exactly 30 clients in the demo county.
    const worker = await signIn(server.url, 'mikko.laine');
    const unit = await signIn(server.url, coordinator);
    const count = async (cookie: string, path: string) =>
      new Set(
        (
          (await (await fetch(`${server.url}${path}`, { headers: { cookie } })).json()) as {
            items: { child: { id: string } }[];
          }
        ).items.map((i) => i.child.id),
      ).size;
    const sizes = {
      mine: await count(worker.cookie, '/api/deadlines?scope=mine'),
      team: await count(unit.cookie, '/api/deadlines?scope=team'),
    };
    const run = (cookie: string, path: string, seconds: number) =>
      load({ url: server.url, connections: USERS, seconds, headers: { cookie }, paths: [path] });
    await run(worker.cookie, '/api/deadlines?scope=mine', 3);
    const mine = await run(worker.cookie, '/api/deadlines?scope=mine', SECONDS);
    await run(unit.cookie, '/api/deadlines?scope=team', 3);
    const team = await run(unit.cookie, '/api/deadlines?scope=team', SECONDS);
    // The same-run baseline: the cheapest signed-in request (the session alone, no transaction).
    const baseline = await run(worker.cookie, '/api/auth/session', SECONDS);
    return { mine, team, baseline, sizes };
  } finally {
    await server.stop();
  }
}
