import { type ErrorBody, errorBodySchema } from '@lumo/domain';
import { z } from 'zod';
import type { Language } from '../i18n';

// The content-security policy forbids eval, so zod must not try to compile its parsers.
z.config({ jitless: true });

type ApiErrorDetail = ErrorBody['error'];

/** An error answer of the API: a stable code and a sentence for people in each language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: ApiErrorDetail | null,
  ) {
    super(detail?.message ?? `HTTP ${status}`);
  }

  get code(): string {
    return this.detail?.code ?? `http_${this.status}`;
  }

  /** The message in the user's language, or null when the server sent none. */
  messageIn(lang: Language): string | null {
    return this.detail?.messages[lang] ?? null;
  }

  /** The field-level problems in the user's language, by the field's path (e.g. 'body.phone'). */
  issuesIn(lang: Language): Map<string, string> {
    return new Map((this.detail?.issues ?? []).map((issue) => [issue.path, issue.messages[lang]]));
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | null = null;

/** Every unsafe request carries the session's CSRF token; the session tells it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type AuthLostReason = 'expired' | 'secondFactor';
let authLost: ((reason: AuthLostReason) => void) | null = null;

/** Called when the API says the session is gone (401) or needs its second factor first. */
export function onAuthLost(listener: ((reason: AuthLostReason) => void) | null): void {
  authLost = listener;
}

interface RequestOptions<T> {
  body?: unknown;
  schema?: z.ZodType<T>;
  /** Sign-in steps: a 401 there is a wrong password or code, not an ended session. */
  authStep?: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function request<T>(method: string, path: string, options: RequestOptions<T> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }

  if (!response.ok) {
    const detail = await readError(response);
    const error = new ApiError(response.status, detail);
    if (!options.authStep) {
      if (response.status === 401) authLost?.('expired');
      else if (error.code === 'second_factor_required' || error.code === 'second_factor_enrolment_required')
        authLost?.('secondFactor');
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const json: unknown = await response.json();
  return options.schema ? options.schema.parse(json) : (json as T);
}

async function readError(response: Response): Promise<ApiErrorDetail | null> {
  try {
    const parsed = errorBodySchema.safeParse(await response.json());
    return parsed.success ? parsed.data.error : null;
  } catch {
    return null;
  }
}
