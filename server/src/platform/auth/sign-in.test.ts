import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestEnv, TEST_PASSWORD, type TestEnv } from '../../testing/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv({ config: { mfaRequiredRoles: ['team_lead'], loginRateLimitPerMinute: 1000 } });
});
afterAll(() => env.close());

function cookieOf(response: { headers: Record<string, unknown> }): string {
  return String(response.headers['set-cookie'] ?? '');
}

describe('signing in with a local account', () => {
  it('sets an HttpOnly session cookie and answers with the user and a CSRF token', async () => {
    const worker = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
    const response = await env
      .anonymous()
      .post('/api/auth/login', { username: worker.username, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user.name).toBe('Anna Virtanen');
    expect(response.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(response.body.secondFactor).toBe('not_required');
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^lumo_session=[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure when served over TLS behind a trusted proxy', async () => {
    const tls = await startTestEnv({ config: { trustProxy: true } });
    try {
      const worker = await tls.fx.staff();
      const response = await tls
        .anonymous()
        .request(
          'POST',
          '/api/auth/login',
          { username: worker.username, password: TEST_PASSWORD },
          { 'x-forwarded-proto': 'https' },
        );
      expect(cookieOf(response)).toContain('Secure');
    } finally {
      await tls.close();
    }
  });

  it('answers a wrong password and an unknown username alike, with 401', async () => {
    const worker = await env.fx.staff();
    const wrong = await env
      .anonymous()
      .post('/api/auth/login', { username: worker.username, password: 'nope' });
    const unknown = await env
      .anonymous()
      .post('/api/auth/login', { username: 'no.such.user', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.body.error.messages).toEqual(wrong.body.error.messages);
  });

  it('answers malformed JSON with 400 and needs no CSRF token to sign in', async () => {
    const response = await env
      .anonymous()
      .request('POST', '/api/auth/login', '{"username": ', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_json');
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const worker = await env.fx.staff();
    for (let i = 0; i < 4; i++) {
      expect(
        (await env.anonymous().post('/api/auth/login', { username: worker.username, password: 'bad' }))
          .status,
      ).toBe(401);
    }
    const fifth = await env
      .anonymous()
      .post('/api/auth/login', { username: worker.username, password: 'bad' });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe('account_locked');
    const right = await env
      .anonymous()
      .post('/api/auth/login', { username: worker.username, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    env.clock.advance(15 * 60_000 + 1000);
    const later = await env
      .anonymous()
      .post('/api/auth/login', { username: worker.username, password: TEST_PASSWORD });
    expect(later.status).toBe(200);
  });

  it('limits the rate of sign-in attempts from one address', async () => {
    const limited = await startTestEnv({ config: { loginRateLimitPerMinute: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await limited.anonymous().post('/api/auth/login', { username: 'x', password: 'y' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses demo accounts in production', async () => {
    const production = await startTestEnv({ config: { mode: 'production' } });
    try {
      const demo = await production.fx.staff({ isDemo: true });
      const response = await production
        .anonymous()
        .post('/api/auth/login', { username: demo.username, password: TEST_PASSWORD });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('demo_accounts_disabled');
      const real = await production.fx.staff();
      expect(
        (
          await production
            .anonymous()
            .post('/api/auth/login', { username: real.username, password: TEST_PASSWORD })
        ).status,
      ).toBe(200);
    } finally {
      await production.close();
    }
  });
});

describe('the session', () => {
  it('ends after 30 minutes without use', async () => {
    const worker = await env.fx.staff();
    const client = await env.signIn(worker.username);
    env.clock.advance(29 * 60_000);
    expect((await client.get('/api/auth/session')).status).toBe(200);
    env.clock.advance(29 * 60_000);
    expect((await client.get('/api/auth/session')).status).toBe(200);
    env.clock.advance(30 * 60_000);
    const idle = await client.get('/api/auth/session');
    expect(idle.status).toBe(401);
    expect(idle.body.error.code).toBe('unauthenticated');
  });

  it('ends 10 hours after sign-in however busy the user is', async () => {
    const worker = await env.fx.staff();
    const client = await env.signIn(worker.username);
    for (let i = 0; i < 39; i++) {
      env.clock.advance(15 * 60_000);
      expect((await client.get('/api/auth/session')).status).toBe(200);
    }
    env.clock.advance(15 * 60_000);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('ends on sign-out', async () => {
    const worker = await env.fx.staff();
    const client = await env.signIn(worker.username);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/worklist')).status).toBe(401);
  });

  it('refuses unsafe requests without the CSRF token', async () => {
    const worker = await env.fx.staff();
    const client = await env.signIn(worker.username);
    const withoutToken = new Client(env.app, client.cookie, null);
    const response = await withoutToken.put('/api/auth/language', { language: 'sv' });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_failed');
    const wrongToken = new Client(env.app, client.cookie, 'x'.repeat(client.csrfToken!.length));
    expect((await wrongToken.put('/api/auth/language', { language: 'sv' })).status).toBe(403);
    expect((await client.put('/api/auth/language', { language: 'sv' })).status).toBe(200);
  });

  it("remembers the user's language and answers errors in it", async () => {
    const worker = await env.fx.staff();
    const client = await env.signIn(worker.username);
    const changed = await client.put('/api/auth/language', { language: 'sv' });
    expect(changed.body.user.language).toBe('sv');
    const error = await client.get('/api/children/00000000-0000-7000-8000-000000000000');
    expect(error.body.error.message).toBe('Uppgiften hittades inte.');
  });
});

describe('the second factor (TOTP)', () => {
  async function code(secret: string) {
    return generate({ secret, epoch: Math.floor(env.clock.now().getTime() / 1000) });
  }

  it('is required of the roles the configuration names: enrolment first, then a code at every sign-in', async () => {
    const lead = await env.fx.staff({ roles: ['team_lead'] });
    const client = await env.signIn(lead.username);
    const session = await client.get('/api/auth/session');
    expect(session.body.secondFactor).toBe('enrolment_required');
    const blocked = await client.get('/api/worklist');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('second_factor_enrolment_required');

    const setup = await client.post('/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toContain('otpauth://totp/');
    expect((await client.post('/api/auth/totp/confirm', { code: '000000' })).status).toBe(401);
    const confirmed = await client.post('/api/auth/totp/confirm', { code: await code(setup.body.secret) });
    expect(confirmed.body.secondFactor).toBe('verified');
    expect((await client.get('/api/worklist')).status).toBe(200);

    env.clock.advance(60_000);
    const next = await env.signIn(lead.username);
    expect((await next.get('/api/auth/session')).body.secondFactor).toBe('pending');
    expect((await next.get('/api/worklist')).body.error.code).toBe('second_factor_required');
    expect((await next.post('/api/auth/totp/verify', { code: '123456' })).status).toBe(401);
    const valid = await code(setup.body.secret);
    expect((await next.post('/api/auth/totp/verify', { code: valid })).status).toBe(200);
    expect((await next.get('/api/worklist')).status).toBe(200);

    // The same code cannot be used twice.
    const third = await env.signIn(lead.username);
    expect((await third.post('/api/auth/totp/verify', { code: valid })).status).toBe(401);
  });

  async function enrolledLead() {
    const lead = await env.fx.staff({ roles: ['team_lead'] });
    const client = await env.signIn(lead.username);
    const setup = await client.post('/api/auth/totp/setup');
    expect(
      (await client.post('/api/auth/totp/confirm', { code: await code(setup.body.secret) })).status,
    ).toBe(200);
    env.clock.advance(60_000);
    return { lead, secret: setup.body.secret as string };
  }

  it('locks the account after 5 wrong codes, however many sessions they came from; signing in again does not reset the count', async () => {
    const { lead, secret } = await enrolledLead();
    const statuses: number[] = [];
    let last: Client | null = null;
    for (let session = 0; session < 3; session++) {
      last = await env.signIn(lead.username);
      for (let i = 0; i < 2 && statuses.length < 5; i++)
        statuses.push((await last.post('/api/auth/totp/verify', { code: '000000' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // The session that guessed last is ended, and the right password opens nothing for 15 minutes.
    expect((await last!.get('/api/auth/session')).status).toBe(401);
    const locked = await env
      .anonymous()
      .post('/api/auth/login', { username: lead.username, password: TEST_PASSWORD });
    expect(locked.body.error.code).toBe('account_locked');
    env.clock.advance(15 * 60_000 + 1000);
    const later = await env.signIn(lead.username);
    expect((await later.post('/api/auth/totp/verify', { code: await code(secret) })).status).toBe(200);
  });

  it('forgets the wrong codes once the right one is given', async () => {
    const { lead, secret } = await enrolledLead();
    const first = await env.signIn(lead.username);
    for (let i = 0; i < 4; i++)
      expect((await first.post('/api/auth/totp/verify', { code: '000000' })).status).toBe(401);
    expect((await first.post('/api/auth/totp/verify', { code: await code(secret) })).status).toBe(200);
    env.clock.advance(60_000);
    const second = await env.signIn(lead.username);
    for (let i = 0; i < 4; i++)
      expect((await second.post('/api/auth/totp/verify', { code: '000000' })).status).toBe(401);
    expect((await second.post('/api/auth/totp/verify', { code: await code(secret) })).status).toBe(200);
  });

  it('limits the rate of code attempts per session, so colleagues behind one address do not share a limit', async () => {
    const { lead, secret } = await enrolledLead();
    const busy = await env.signIn(lead.username);
    const quiet = await env.signIn(lead.username);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await busy.post('/api/auth/totp/verify', { code: await code(secret) })).status);
    expect(statuses[0]).toBe(200);
    expect(statuses.at(-1)).toBe(429);
    env.clock.advance(30_000);
    expect((await quiet.post('/api/auth/totp/verify', { code: await code(secret) })).status).toBe(200);
  });

  it('is optional for other roles, and once enabled is asked for at sign-in', async () => {
    const worker = await env.fx.staff();
    const client = await env.signIn(worker.username);
    expect((await client.get('/api/auth/session')).body.secondFactor).toBe('not_required');
    const setup = await client.post('/api/auth/totp/setup');
    await client.post('/api/auth/totp/confirm', { code: await code(setup.body.secret) });
    env.clock.advance(60_000);
    const next = await env.signIn(worker.username);
    expect((await next.get('/api/auth/session')).body.secondFactor).toBe('pending');
  });
});
