import { nationalScaleDatabase } from './database';
import { assessmentWithEightContributions } from './fixtures';
import { type LoadResult, load } from './load';
import { signIn, startServer } from './server';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const USERS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/**
 * Issue 5: opening a multi-agency assessment with eight partners' contributions — its tasks, the
 * partners invited, every perspective side by side, the joint meeting and the summary — at national
 * scale, by 8 connections of its responsible worker at once.
 */
export async function assessmentBenchmark(): Promise<{
  result: LoadResult;
  baseline: LoadResult;
  contributions: number;
}> {
  const url = await nationalScaleDatabase('lumo_bench', CHILDREN);
  const { multiagencyId, username, contributions } = await assessmentWithEightContributions(url);
  const server = await startServer(url);
  try {
    const worker = await signIn(server.url, username);
    const headers = { cookie: worker.cookie };
    const path = `/api/multiagency-assessments/${multiagencyId}`;
    const opened = await fetch(`${server.url}${path}`, { headers });
    if (opened.status !== 200) throw new Error(`opening the assessment answered ${opened.status}`);
    const run = (paths: string[], seconds: number) =>
      load({ url: server.url, connections: USERS, seconds, headers, paths });
    await run([path], 3);
    const result = await run([path], SECONDS);
    // The same-run baseline: the cheapest signed-in request (the session alone, no transaction).
    const baseline = await run(['/api/auth/session'], SECONDS);
    return { result, baseline, contributions };
  } finally {
    await server.stop();
  }
}
