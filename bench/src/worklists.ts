import { worklistLaterShown } from '@lumo/domain';
import { nationalScaleDatabase } from './database';
import { ensureMultiTeamCoordinator } from './fixtures';
import { type LoadResult, load } from './load';
import { signIn, startServer } from './server';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const USERS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/**
 * Issue 3: the deadline worklists at national scale — a worker's own (30 clients) and a team's
 * (200 children) — each read by 16 concurrent users, as the page opens them (every pressing deadline,
 * the later group's first few); the team's also whole, as "show all" fetches it.
 */
export async function worklistBenchmark(): Promise<{
  mine: LoadResult;
  team: LoadResult;
  teamWhole: LoadResult;
  baseline: LoadResult;
  sizes: { mine: number; team: number; teamSent: number; teamWhole: number };
}> {
  const url = await nationalScaleDatabase('lumo_bench', CHILDREN);
  const coordinator = await ensureMultiTeamCoordinator(url);
  const server = await startServer(url);
  try {
    // mikko.laine carries exactly 30 clients in the demo county.
    const worker = await signIn(server.url, 'mikko.laine');
    const unit = await signIn(server.url, coordinator);
    const first = (scope: 'mine' | 'team') => `/api/deadlines?scope=${scope}&later=${worklistLaterShown}`;
    const whole = '/api/deadlines?scope=team';
    const read = async (cookie: string, path: string) =>
      (
        (await (await fetch(`${server.url}${path}`, { headers: { cookie } })).json()) as {
          items: { child: { id: string } }[];
        }
      ).items;
    const children = (items: { child: { id: string } }[]) => new Set(items.map((i) => i.child.id)).size;
    const teamWhole = await read(unit.cookie, whole);
    const sizes = {
      mine: children(await read(worker.cookie, '/api/deadlines?scope=mine')),
      team: children(teamWhole),
      teamSent: (await read(unit.cookie, first('team'))).length,
      teamWhole: teamWhole.length,
    };
    const run = (cookie: string, path: string, seconds: number) =>
      load({ url: server.url, connections: USERS, seconds, headers: { cookie }, paths: [path] });
    await run(worker.cookie, first('mine'), 3);
    const mine = await run(worker.cookie, first('mine'), SECONDS);
    await run(unit.cookie, first('team'), 3);
    const team = await run(unit.cookie, first('team'), SECONDS);
    const teamWholeLoad = await run(unit.cookie, whole, SECONDS);
    // The same-run baseline: the cheapest signed-in request (the session alone, no transaction).
    const baseline = await run(worker.cookie, '/api/auth/session', SECONDS);
    return { mine, team, teamWhole: teamWholeLoad, baseline, sizes };
  } finally {
    await server.stop();
  }
}
