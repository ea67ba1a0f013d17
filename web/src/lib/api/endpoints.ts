import {
  type Assessment,
  type AuditLog,
  assessmentSchema,
  assignmentSchema,
  auditLogSchema,
  birthRecordedSchema,
  type Caseloads,
  type ChildClock,
  type ChildPage,
  type ClientPlan,
  caseloadOverrideSchema,
  caseloadsSchema,
  childClockSchema,
  childPageSchema,
  clientPlanListSchema,
  clientPlanSchema,
  type DeadlineWorklist,
  type DocumentMeta,
  deadlineWorklistSchema,
  documentListSchema,
  documentSchema,
  type EmergencyAccessReview,
  emergencyAccessReviewSchema,
  emergencyAccessSchema,
  type Notification,
  type NotificationRegister,
  notificationRegisterSchema,
  notificationSchema,
  type PersonSearchResult,
  personSearchResultSchema,
  type RegisterNotificationRequest,
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

export const notificationsApi = {
  register: (body: RegisterNotificationRequest): Promise<Notification> =>
    request('POST', '/api/notifications', { body, schema: notificationSchema }),
  get: (id: string): Promise<Notification> =>
    request('GET', `/api/notifications/${enc(id)}`, { schema: notificationSchema }),
  assessUrgency: (
    id: string,
    body: { urgent: boolean; immediateMeasures: string; clientRelationshipStarts: boolean },
  ): Promise<Notification> =>
    request('POST', `/api/notifications/${enc(id)}/urgency-assessment`, { body, schema: notificationSchema }),
  register25b: (query: {
    childId?: string | undefined;
    municipalityId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  }): Promise<NotificationRegister> => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    const qs = params.toString();
    return request('GET', `/api/notifications${qs ? `?${qs}` : ''}`, { schema: notificationRegisterSchema });
  },
  recordBirth: (childId: string, body: { birthDate: string; hetu?: string; firstNames?: string }) =>
    request('POST', `/api/children/${enc(childId)}/birth`, { body, schema: birthRecordedSchema }),
};

export const deadlinesApi = {
  /** `later`: at most this many of the later group (the counts still cover them all); omitted, all. */
  list: (scope: 'mine' | 'team', later?: number): Promise<DeadlineWorklist> =>
    request('GET', `/api/deadlines?scope=${scope}${later === undefined ? '' : `&later=${later}`}`, {
      schema: deadlineWorklistSchema,
    }),
  clock: (childId: string): Promise<ChildClock> =>
    request('GET', `/api/children/${enc(childId)}/clock`, { schema: childClockSchema }),
};

export const assessmentsApi = {
  get: (id: string): Promise<Assessment> =>
    request('GET', `/api/assessments/${enc(id)}`, { schema: assessmentSchema }),
  update: (id: string, body: Record<string, unknown> & { version: number }): Promise<Assessment> =>
    request('PATCH', `/api/assessments/${enc(id)}`, { body, schema: assessmentSchema }),
  decideStart: (
    id: string,
    body: { decision: 'start' | 'unnecessary' | 'within_client_work'; reason?: string },
  ): Promise<Assessment> =>
    request('POST', `/api/assessments/${enc(id)}/start-decision`, { body, schema: assessmentSchema }),
  informFamily: (id: string, body: Record<string, unknown>): Promise<Assessment> =>
    request('POST', `/api/assessments/${enc(id)}/family-information`, { body, schema: assessmentSchema }),
  conclude: (
    id: string,
    body: { outcome: 'client' | 'not_client'; reasons: string; servicesInstead?: string },
  ): Promise<Assessment> =>
    request('POST', `/api/assessments/${enc(id)}/conclusion`, { body, schema: assessmentSchema }),
};

export const plansApi = {
  list: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/client-plans`, { schema: clientPlanListSchema }),
  create: (childId: string): Promise<ClientPlan> =>
    request('POST', `/api/children/${enc(childId)}/client-plans`, { body: {}, schema: clientPlanSchema }),
  get: (id: string): Promise<ClientPlan> =>
    request('GET', `/api/client-plans/${enc(id)}`, { schema: clientPlanSchema }),
  update: (id: string, body: Record<string, unknown> & { version: number }): Promise<ClientPlan> =>
    request('PATCH', `/api/client-plans/${enc(id)}`, { body, schema: clientPlanSchema }),
  agree: (id: string, body: { version: number; planDate?: string }): Promise<ClientPlan> =>
    request('POST', `/api/client-plans/${enc(id)}/agree`, { body, schema: clientPlanSchema }),
};

export const workforceApi = {
  caseloads: (): Promise<Caseloads> => request('GET', '/api/caseloads', { schema: caseloadsSchema }),
  assignWorker: (childId: string, workerId: string) =>
    request('PUT', `/api/children/${enc(childId)}/responsible-worker`, {
      body: { workerId },
      schema: assignmentSchema,
    }),
  grantOverride: (teamId: string, body: { workerId: string; reason: string }) =>
    request('POST', `/api/teams/${enc(teamId)}/caseload-overrides`, { body, schema: caseloadOverrideSchema }),
};

export const documentsApi = {
  list: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/documents`, { schema: documentListSchema }),
  createForAssessment: (id: string, language: 'fi' | 'sv'): Promise<DocumentMeta> =>
    request('POST', `/api/assessments/${enc(id)}/documents`, { body: { language }, schema: documentSchema }),
  createForPlan: (id: string, language: 'fi' | 'sv'): Promise<DocumentMeta> =>
    request('POST', `/api/client-plans/${enc(id)}/documents`, { body: { language }, schema: documentSchema }),
  /** The stored PDF's address: a plain link, so the browser downloads it with the session cookie. */
  href: (id: string) => `/api/documents/${enc(id)}`,
};
