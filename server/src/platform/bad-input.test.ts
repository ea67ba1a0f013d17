import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestEnv, type TestEnv } from '../testing/harness';

let env: TestEnv;
let worker: Client;
let childId: string;
beforeAll(async () => {
  env = await startTestEnv();
  const user = await env.fx.staff();
  const child = await env.fx.child({ responsible: user });
  childId = child.id;
  worker = await env.signIn(user.username);
});
afterAll(() => env.close());

function expectTrilingual(body: { error: { messages: Record<string, string> } }) {
  expect(Object.keys(body.error.messages).sort()).toEqual(['en', 'fi', 'sv']);
  for (const text of Object.values(body.error.messages)) expect(text.length).toBeGreaterThan(5);
}

describe('bad input gets a clear 400 and changes nothing', () => {
  it('malformed JSON', async () => {
    const response = await worker.request('PATCH', `/api/children/${childId}`, '{"version": 1,', {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_json');
    expectTrilingual(response.body);
  });

  it('wrong types, with the field named', async () => {
    const response = await worker.patch(`/api/children/${childId}`, { version: 'one', phone: 42 });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.phone',
      'body.version',
    ]);
    expectTrilingual(response.body);
  });

  it('a missing required field', async () => {
    const response = await worker.patch(`/api/children/${childId}`, { phone: '040 123 4567' });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.version', code: 'required' }),
    ]);
  });

  it('unknown fields', async () => {
    const response = await worker.patch(`/api/children/${childId}`, { version: 1, hetu: '010101-999X' });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.hetu', code: 'unknown_field' }),
    ]);
  });

  it('a body over 1 MB', async () => {
    const response = await worker.patch(`/api/children/${childId}`, {
      version: 1,
      phone: 'x'.repeat(1_100_000),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('body_too_large');
    expectTrilingual(response.body);
  });

  it('a malformed id', async () => {
    const response = await worker.get('/api/children/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toBe('params.id');
  });

  it('a search term that is too short', async () => {
    const response = await worker.get('/api/people?q=a');
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0]).toMatchObject({ path: 'querystring.q', code: 'too_short' });
  });

  it('a content type that is not JSON', async () => {
    const response = await worker.request('PATCH', `/api/children/${childId}`, 'version=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('after all of which the child is as it was', async () => {
    const page = await worker.get(`/api/children/${childId}`);
    expect(page.body.child.version).toBe(1);
    expect(page.body.child.phone).toBe('');
  });

  it('answers in the language asked for before sign-in', async () => {
    const response = await env.anonymous().request('POST', '/api/auth/login', '{', {
      'content-type': 'application/json',
      'accept-language': 'sv-FI,sv;q=0.9',
    });
    expect(response.body.error.message).toBe('Begärans JSON-innehåll är felaktigt.');
  });
});

describe('an id the actor may not see', () => {
  it('answers exactly like an id that does not exist', async () => {
    const other = await env.fx.staff();
    const hidden = await env.fx.child({ responsible: other });
    const invisible = await worker.get(`/api/children/${hidden.id}`);
    const missing = await worker.get('/api/children/01900000-0000-7000-8000-000000000000');
    expect(invisible.status).toBe(404);
    expect(missing.status).toBe(404);
    const strip = (b: { error: Record<string, unknown> }) => ({ ...b.error, requestId: undefined });
    expect(strip(invisible.body)).toEqual(strip(missing.body));
  });
});
