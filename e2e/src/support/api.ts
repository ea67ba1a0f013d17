import type { SessionInfo, Worklist } from '@lumo/domain';
import { type APIRequestContext, request } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD } from './browser';

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
  dispose(): Promise<void>;
}

export async function apiSignIn(username: string): Promise<ApiSession> {
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
    dispose: () => context.dispose(),
  };
}

/** The children for whom the user is the responsible worker, as her worklist lists them. */
export async function clientsOf(username: string): Promise<Worklist['children']> {
  const api = await apiSignIn(username);
  try {
    const worklist = await api.get<Worklist>('/api/worklist');
    return worklist.children.filter((child) => child.relationship === 'responsible');
  } finally {
    await api.dispose();
  }
}

/** Sets the user's own language, as if she had chosen it in an earlier session. */
export async function setUserLanguage(username: string, language: 'fi' | 'sv' | 'en'): Promise<void> {
  const api = await apiSignIn(username);
  try {
    const result = await api.send('PUT', '/api/auth/language', { language });
    if (result.status !== 200) throw new Error(`could not set the language of ${username}`);
  } finally {
    await api.dispose();
  }
}
