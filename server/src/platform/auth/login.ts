import type { SecondFactorState } from '@lumo/domain';
import { appendAudit } from '../audit';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Db } from '../db';
import { AppError } from '../http-errors';
import { verifyPassword } from './passwords';
import { startSession } from './sessions';

export interface LoginInput {
  username: string;
  password: string;
  userAgent: string;
  ip: string;
  requestId: string;
}

/**
 * Signs a staff member in with her local password. Failed attempts count towards a temporary
 * lockout of the account; the answer never tells whether the username exists.
 */
export async function loginWithPassword(deps: { db: Db; config: Config; clock: Clock }, input: LoginInput) {
  const { db, config, clock } = deps;
  const now = clock.now();
  const user = await db
    .selectFrom('staff_user')
    .selectAll()
    .where('username', '=', input.username.toLowerCase())
    .executeTakeFirst();
  const passwordOk = await verifyPassword(user?.active ? user.password_hash : null, input.password);
  if (!user?.active) throw new AppError('invalid_credentials');

  const actor = {
    userId: user.id,
    name: `${user.first_name} ${user.last_name}`,
    organisationId: user.organisation_id,
  };
  const auditCtx = { actor, clock, requestId: input.requestId };
  if (user.locked_until && user.locked_until > now) {
    await appendAudit(db, auditCtx, {
      action: 'auth:login',
      outcome: 'denied',
      details: { reason: 'locked' },
    });
    throw new AppError('account_locked');
  }
  if (!passwordOk) {
    const failures = user.failed_login_count + 1;
    const lock = failures >= config.loginMaxFailures;
    await db
      .updateTable('staff_user')
      .set({
        failed_login_count: lock ? 0 : failures,
        locked_until: lock ? new Date(now.getTime() + config.lockoutMinutes * 60_000) : user.locked_until,
      })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(db, auditCtx, {
      action: 'auth:login',
      outcome: 'denied',
      details: { reason: lock ? 'wrong_password_locked' : 'wrong_password' },
    });
    throw new AppError(lock ? 'account_locked' : 'invalid_credentials');
  }
  if (user.is_demo && config.mode === 'production') {
    await appendAudit(db, auditCtx, {
      action: 'auth:login',
      outcome: 'denied',
      details: { reason: 'demo_account' },
    });
    throw new AppError('demo_accounts_disabled');
  }

  const secondFactor: SecondFactorState = user.totp_enabled_at
    ? 'pending'
    : user.roles.some((role) => config.mfaRequiredRoles.includes(role))
      ? 'enrolment_required'
      : 'not_required';
  await db
    .updateTable('staff_user')
    .set({ failed_login_count: 0, locked_until: null })
    .where('id', '=', user.id)
    .execute();
  const started = await startSession(db, config, {
    userId: user.id,
    authMethod: 'password',
    secondFactor,
    now,
    userAgent: input.userAgent,
    ip: input.ip,
  });
  await appendAudit(db, auditCtx, { action: 'auth:login', details: { secondFactor } });
  return started;
}
