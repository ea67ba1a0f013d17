import { nationalScaleDatabase } from './database';
import { meetingWithTwelveFamilies } from './fixtures';
import { type LoadResult, load } from './load';
import { signIn, startServer } from './server';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const USERS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/**
 * Issue 4: opening a team meeting with 12 families (their genograms, open experiments and the
 * last three meetings' notes) at national scale, 8 members at once on the shared screen.
 */
export async function meetingBenchmark(): Promise<{
  result: LoadResult;
  baseline: LoadResult;
  families: number;
}> {
  const url = await nationalScaleDatabase('lumo_bench', CHILDREN);
  const { meetingId, username } = await meetingWithTwelveFamilies(url);
  const server = await startServer(url);
  try {
    const member = await signIn(server.url, username);
    const path = `/api/meetings/${meetingId}`;
    const first = (await (
      await fetch(`${server.url}${path}`, { headers: { cookie: member.cookie } })
    ).json()) as {
      agenda: unknown[];
    };
    await load({
      url: server.url,
      connections: USERS,
      seconds: 3,
      headers: { cookie: member.cookie },
      paths: [path],
    });
    const result = await load({
      url: server.url,
      connections: USERS,
      seconds: SECONDS,
      headers: { cookie: member.cookie },
      paths: [path],
    });
    // The same-run baseline: the cheapest signed-in request (the session alone, no transaction).
    const baseline = await load({
      url: server.url,
      connections: USERS,
      seconds: SECONDS,
      headers: { cookie: member.cookie },
      paths: ['/api/auth/session'],
    });
    return { result, baseline, families: first.agenda.length };
  } finally {
    await server.stop();
  }
}
