import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise the embedded PGlite database in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** demo: seeds the synthetic county and allows its demo accounts. production: refuses them. */
  mode: 'demo' | 'production';
  /** Staff roles that must use a second factor (TOTP) to sign in. */
  mfaRequiredRoles: string[];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  lockoutMinutes: number;
  loginRateLimitPerMinute: number;
  trustProxy: boolean;
  dbPoolSize: number;
  /**
   * Server processes sharing the port (PostgreSQL only: the embedded database belongs to one
   * process). One process runs JavaScript on one core; on a machine with more, more serve more.
   */
  workers: number;
  logLevel: string;
  demoChildren: number;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a non-negative integer, got "${value}"`);
  return n;
}

function list(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = (env.LUMO_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'demo')) as Config['mode'];
  if (mode !== 'demo' && mode !== 'production') throw new Error(`LUMO_MODE must be demo or production`);
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.LUMO_DATA_DIR ?? 'data'),
    mode,
    mfaRequiredRoles: list(env.LUMO_MFA_REQUIRED_ROLES, mode === 'production' ? ['team_lead'] : []),
    sessionIdleMinutes: int(env.LUMO_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: int(env.LUMO_SESSION_ABSOLUTE_HOURS, 10),
    loginMaxFailures: int(env.LUMO_LOGIN_MAX_FAILURES, 5),
    lockoutMinutes: int(env.LUMO_LOCKOUT_MINUTES, 15),
    loginRateLimitPerMinute: int(env.LUMO_LOGIN_RATE_LIMIT, 30),
    trustProxy: env.LUMO_TRUST_PROXY === 'true',
    dbPoolSize: int(env.LUMO_DB_POOL_SIZE, 20),
    workers: Math.max(1, int(env.LUMO_WORKERS, 1)),
    logLevel: env.LOG_LEVEL ?? 'info',
    demoChildren: int(env.LUMO_DEMO_CHILDREN, 320),
  };
}
