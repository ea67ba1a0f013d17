import http from 'node:http';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** The server's own time (its Server-Timing header): the 95th percentile. */
  serverP95: number;
  errors: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A closed-loop load: `connections` keep-alive connections, each sending its next request when
 * the last one is answered, for a fixed time. Every latency is kept, so percentiles are exact.
 */
export async function load(options: {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  paths: string[];
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const serverTimes: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + options.seconds * 1000;
  const one = (path: string) =>
    new Promise<boolean>((resolve) => {
      const request = http.request(
        { host: target.hostname, port: target.port, path, method: 'GET', agent, headers: options.headers },
        (response) => {
          const timing = /app;dur=([\d.]+)/.exec(String(response.headers['server-timing'] ?? ''));
          if (timing) serverTimes.push(Number(timing[1]));
          response.resume();
          response.on('end', () => resolve(response.statusCode === 200));
        },
      );
      request.on('error', () => resolve(false));
      request.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await one(options.paths[next++ % options.paths.length]!);
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const server = Float64Array.from(serverTimes).sort();
  return {
    requests: sorted.length,
    perSecond: sorted.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    serverP95: percentile(server, 95),
    errors,
  };
}
