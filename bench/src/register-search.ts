import { nationalScaleDatabase } from './database';
import { type LoadResult, load } from './load';
import { signIn, startServer } from './server';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const USERS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/**
 * What workers look for in the register, across all four regions: words of a type, of a place, of
 * a person's title, alone and together, with and without a type or municipality filter.
 */
const searches = [
  '/api/partnership/services?q=kuraattori',
  '/api/partnership/services?q=nuorisopsyk',
  '/api/partnership/services?q=perheneuvola',
  '/api/partnership/services?q=koulu+kuopio',
  '/api/partnership/services?q=lasta',
  '/api/partnership/services?q=p%C3%A4ihde',
  '/api/partnership/services?q=varhaiskasvatus&limit=100',
  '/api/partnership/services?type=school&q=keskustan',
  '/api/partnership/services?municipality=179',
  '/api/partnership/services?municipality=740&type=youth_psychiatry',
  '/api/partnership/services?q=sairaanhoitaja',
  '/api/partnership/services?q=k',
];

/**
 * Issue 5: the partnership register searched across Etelä-Savo, Keski-Suomi, Pohjois-Karjala and
 * Pohjois-Savo at national scale, by 16 workers at once, each request one of the searches above.
 */
export async function registerSearchBenchmark(): Promise<{
  result: LoadResult;
  baseline: LoadResult;
  services: number;
}> {
  const url = await nationalScaleDatabase('lumo_bench', CHILDREN);
  const server = await startServer(url);
  try {
    const worker = await signIn(server.url, 'anna.virtanen');
    const headers = { cookie: worker.cookie };
    const first = (await (await fetch(`${server.url}${searches[0]}`, { headers })).json()) as {
      services: unknown[];
    };
    if (first.services.length === 0)
      throw new Error('the register is empty: seed the county with the current generator (BENCH_FRESH=1)');
    const run = (paths: string[], seconds: number) =>
      load({ url: server.url, connections: USERS, seconds, headers, paths });
    await run(searches, 3);
    const result = await run(searches, SECONDS);
    // The same-run baseline: the cheapest signed-in request (the session alone, no transaction).
    const baseline = await run(['/api/auth/session'], SECONDS);
    const services = (
      (await (await fetch(`${server.url}/api/partnership/coverage`, { headers })).json()) as {
        municipalities: { counts: Record<string, number> }[];
      }
    ).municipalities.reduce((sum, m) => sum + Object.values(m.counts).reduce((a, b) => a + b, 0), 0);
    return { result, baseline, services };
  } finally {
    await server.stop();
  }
}
