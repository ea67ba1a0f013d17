import { load } from './load';
import { signIn, startServer } from './server';
import { ensureMultiTeamCoordinator } from './fixtures';
const url = 'postgres://postgres@127.0.0.1:5432/lumo_bench';
const coordinator = await ensureMultiTeamCoordinator(url);
for (const workers of ['1', '2', '1', '2']) {
  const server = await startServer(url, { LUMO_WORKERS: workers });
  const worker = await signIn(server.url, 'mikko.laine');
  const unit = await signIn(server.url, coordinator);
  for (const [name, s, path] of [['mine', worker, '/api/deadlines?scope=mine'], ['team', unit, '/api/deadlines?scope=team']] as const) {
    await load({ url: server.url, connections: 16, seconds: 2, headers: { cookie: s.cookie }, paths: [path] });
    const r = await load({ url: server.url, connections: 16, seconds: 8, headers: { cookie: s.cookie }, paths: [path] });
    console.log(`workers=${workers} ${name} rps=${r.perSecond.toFixed(0)} p50=${r.p50.toFixed(1)} p95=${r.p95.toFixed(1)}`);
  }
  await server.stop();
}
