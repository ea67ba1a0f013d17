import type { SessionInfo, Worklist } from '@lumo/domain';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, DESKTOP, newContext } from './browser';

/** A signed-in API session of a demo user, for setting up and looking up test data. */
export interface ApiSession {
  request: APIRequestContext;
  session: SessionInfo;
  get<T>(path: string): Promise<T>;
  send<T>(
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
}

async function signInOverApi(username: string): Promise<ApiSession> {
  const context = await request.newContext({ baseURL: baseUrl() });
  const login = await context.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (!login.ok()) throw new Error(`sign-in of ${username} failed: ${login.status()} ${await login.text()}`);
  const session = (await login.json()) as SessionInfo;
  return {
    request: context,
    session,
    async get<T>(path: string) {
      const response = await context.get(path);
      if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) {
      const response = await context.fetch(path, {
        method,
        headers: { 'x-csrf-token': session.csrfToken },
        ...(body !== undefined ? { data: body } : {}),
      });
      const text = await response.text();
      return { status: response.status(), body: (text ? JSON.parse(text) : null) as T };
    },
  };
}

// One session per user and test file: a sign-in costs the server a deliberately slow password hash.
const sessions = new Map<string, Promise<ApiSession>>();

export function apiSignIn(username: string): Promise<ApiSession> {
  let session = sessions.get(username);
  if (!session) {
    session = signInOverApi(username);
    sessions.set(username, session);
  }
  return session;
}

/** Ends this file's API sessions (call in afterAll). */
export async function disposeApiSessions(): Promise<void> {
  const all = [...sessions.values()];
  sessions.clear();
  for (const session of all) await (await session).request.dispose();
}

/**
 * A browser page already signed in as the user (with her API session's cookie), opened at `path`.
 * For tests whose subject is not the sign-in itself.
 */
export async function signedInPage(
  browser: Browser,
  username: string,
  path = '/worklist',
  viewport = DESKTOP,
): Promise<Page> {
  const api = await apiSignIn(username);
  const context = await newContext(browser, viewport, await api.request.storageState());
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  await page.goto(path);
  return page;
}

/** The children for whom the user is the responsible worker, as her worklist lists them. */
export async function clientsOf(username: string): Promise<Worklist['children']> {
  const api = await apiSignIn(username);
  const worklist = await api.get<Worklist>('/api/worklist');
  return worklist.children.filter((child) => child.relationship === 'responsible');
}

/** Sets the user's own language, as if she had chosen it in an earlier session. */
export async function setUserLanguage(username: string, language: 'fi' | 'sv' | 'en'): Promise<void> {
  const api = await apiSignIn(username);
  const result = await api.send('PUT', '/api/auth/language', { language });
  if (result.status !== 200) throw new Error(`could not set the language of ${username}`);
}
