import {
  type AuditLog,
  auditLogSchema,
  type ChildPage,
  childPageSchema,
  type EmergencyAccessReview,
  emergencyAccessReviewSchema,
  emergencyAccessSchema,
  type PersonSearchResult,
  personSearchResultSchema,
  type SessionInfo,
  sessionSchema,
  type TotpSetup,
  totpSetupSchema,
  type UpdateChildRequest,
  type Worklist,
  worklistSchema,
} from '@lumo/domain';
import { z } from 'zod';
import type { Language } from '../i18n';
import { ApiError, request } from './client';

const enc = encodeURIComponent;

export const authApi = {
  /** The current session, or null when there is none. */
  async session(): Promise<SessionInfo | null> {
    try {
      return await request('GET', '/api/auth/session', { schema: sessionSchema, authStep: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  login: (username: string, password: string) =>
    request('POST', '/api/auth/login', {
      body: { username, password },
      schema: sessionSchema,
      authStep: true,
    }),
  logout: () => request<void>('POST', '/api/auth/logout', { authStep: true }),
  verifyTotp: (code: string) =>
    request('POST', '/api/auth/totp/verify', { body: { code }, schema: sessionSchema, authStep: true }),
  setupTotp: (): Promise<TotpSetup> =>
    request('POST', '/api/auth/totp/setup', { schema: totpSetupSchema, authStep: true }),
  confirmTotp: (code: string) =>
    request('POST', '/api/auth/totp/confirm', { body: { code }, schema: sessionSchema, authStep: true }),
  setLanguage: (language: Language) =>
    request('PUT', '/api/auth/language', { body: { language }, schema: sessionSchema }),
};

export const childrenApi = {
  worklist: (): Promise<Worklist> => request('GET', '/api/worklist', { schema: worklistSchema }),
  search: (q: string): Promise<PersonSearchResult> =>
    request('GET', `/api/people?q=${enc(q)}`, { schema: personSearchResultSchema }),
  child: (id: string): Promise<ChildPage> =>
    request('GET', `/api/children/${enc(id)}`, { schema: childPageSchema }),
  update: (id: string, body: UpdateChildRequest) =>
    request('PATCH', `/api/children/${enc(id)}`, { body, schema: z.object({ version: z.number() }) }),
  auditLog: (id: string): Promise<AuditLog> =>
    request('GET', `/api/children/${enc(id)}/audit-log`, { schema: auditLogSchema }),
  takeEmergencyAccess: (id: string, reason: string) =>
    request('POST', `/api/children/${enc(id)}/emergency-access`, {
      body: { reason },
      schema: emergencyAccessSchema,
    }),
  emergencyAccesses: (): Promise<EmergencyAccessReview> =>
    request('GET', '/api/emergency-accesses', { schema: emergencyAccessReviewSchema }),
};
