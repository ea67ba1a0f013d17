import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The repository root, relative to this file (e2e/src/support/). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited with code ${server.exitCode}; see its log`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

/**
 * Starts one Lumo server for the whole run: the built web app (web/dist) and the API on a free port,
 * with a fresh database seeded with the demo county. Builds nothing itself.
 */
export default async function setup(project: TestProject) {
  // While developing: run the journeys against a server already running (its database is then not fresh).
  const existing = process.env.LUMO_E2E_BASE_URL;
  if (existing) {
    project.provide('baseUrl', existing.replace(/\/$/, ''));
    return;
  }
  const dist = join(repoRoot, 'web/dist/index.html');
  if (!existsSync(dist)) {
    throw new Error(
      `web/dist is missing (${dist}). Build the web app first: npm run build -w web (from ${repoRoot}).`,
    );
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'lumo-e2e-'));
  const resultsDir = join(repoRoot, 'e2e/test-results');
  mkdirSync(resultsDir, { recursive: true });
  const log = createWriteStream(join(resultsDir, 'server.log'));

  const server = spawn('npx', ['tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LUMO_MODE: 'demo',
      PORT: String(port),
      HOST: '127.0.0.1',
      LUMO_DATA_DIR: dataDir,
      TZ: 'Europe/Helsinki',
      LOG_LEVEL: 'warn',
      // Many sign-ins in a few minutes from one address.
      LUMO_LOGIN_RATE_LIMIT: '1000',
      // The demo's coordinator must set up two-step verification: the enrolment journey uses her.
      LUMO_MFA_REQUIRED_ROLES: 'coordinator',
    },
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (server.pid) process.kill(-server.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, server, 150_000);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
