import { createHash, randomBytes } from 'node:crypto';
import type { SecondFactorState } from '@lumo/domain';
import type { Config } from '../config';
import type { Db } from '../db';

export const SESSION_COOKIE = 'lumo_session';

// Writing last_seen_at on every request would turn each read into a write; a minute's
// resolution is plenty for a 30-minute idle limit.
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionRecord {
  id: string;
  userId: string;
  secondFactor: SecondFactorState;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  authMethod: string;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts a session for a user who has proved who she is, by whatever method. The session layer
 * knows nothing of passwords or OIDC: the method is only recorded.
 */
export async function startSession(
  db: Db,
  config: Config,
  input: {
    userId: string;
    authMethod: string;
    secondFactor: SecondFactorState;
    now: Date;
    userAgent: string;
    ip: string;
  },
): Promise<{ token: string; session: SessionRecord }> {
  const token = randomBytes(32).toString('base64url');
  const session: SessionRecord = {
    id: digest(token),
    userId: input.userId,
    secondFactor: input.secondFactor,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt: new Date(input.now.getTime() + config.sessionAbsoluteHours * 3_600_000),
    authMethod: input.authMethod,
  };
  await db
    .insertInto('session')
    .values({
      id: session.id,
      user_id: session.userId,
      auth_method: session.authMethod,
      second_factor: session.secondFactor,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
      user_agent: input.userAgent.slice(0, 300),
      ip: input.ip,
    })
    .execute();
  return { token, session };
}

export interface LoadedSession {
  session: SessionRecord;
  user: {
    id: string;
    username: string;
    firstName: string;
    lastName: string;
    title: string;
    organisationId: string;
    roles: string[];
    language: 'fi' | 'sv' | 'en';
    active: boolean;
  };
}

/** Finds a live session for the token, ending it if it has idled or lived too long. */
export async function loadSession(
  db: Db,
  config: Config,
  token: string,
  now: Date,
): Promise<LoadedSession | null> {
  const row = await db
    .selectFrom('session as s')
    .innerJoin('staff_user as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.second_factor',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      's.auth_method',
      'u.username',
      'u.first_name',
      'u.last_name',
      'u.title',
      'u.organisation_id',
      'u.roles',
      'u.language',
      'u.active',
    ])
    .where('s.id', '=', digest(token))
    .where('s.ended_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const idleLimit = row.last_seen_at.getTime() + config.sessionIdleMinutes * 60_000;
  if (!row.active || now >= row.expires_at || now.getTime() >= idleLimit) {
    await endSession(db, row.id, now);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
    await db.updateTable('session').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  }
  return {
    session: {
      id: row.id,
      userId: row.user_id,
      secondFactor: row.second_factor,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: now,
      expiresAt: row.expires_at,
      authMethod: row.auth_method,
    },
    user: {
      id: row.user_id,
      username: row.username,
      firstName: row.first_name,
      lastName: row.last_name,
      title: row.title,
      organisationId: row.organisation_id,
      roles: row.roles,
      language: row.language,
      active: row.active,
    },
  };
}

export async function endSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('session').set({ ended_at: now }).where('id', '=', sessionId).execute();
}

export async function setSecondFactor(db: Db, sessionId: string, state: SecondFactorState): Promise<void> {
  await db.updateTable('session').set({ second_factor: state }).where('id', '=', sessionId).execute();
}
