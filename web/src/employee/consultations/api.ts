import {
  type ConsultationRequest,
  checkConsultationResultSchema,
  consentListSchema,
  consultationListSchema,
  consultationRemindersSchema,
  consultationSchema,
  type Expertise,
  expertListSchema,
  type Region,
} from '@lumo/domain';
import { request } from '../../lib/api/client';

const enc = encodeURIComponent;

/** Consultations across the collaboration area: the worker's requests and the expert's inbox. */
export const consultationsApi = {
  experts: (filter: { expertise?: Expertise | undefined; region?: Region | undefined }) => {
    const params = new URLSearchParams();
    if (filter.expertise) params.set('expertise', filter.expertise);
    if (filter.region) params.set('region', filter.region);
    const query = params.toString();
    return request('GET', `/api/experts${query ? `?${query}` : ''}`, { schema: expertListSchema });
  },
  forChild: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/consultations`, { schema: consultationListSchema }),
  check: (childId: string, body: { question: string; background?: string }) =>
    request('POST', `/api/children/${enc(childId)}/consultations/check`, {
      body,
      schema: checkConsultationResultSchema,
    }),
  ask: (childId: string, body: ConsultationRequest) =>
    request('POST', `/api/children/${enc(childId)}/consultations`, { body, schema: consultationSchema }),
  consents: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/consents`, { schema: consentListSchema }),
  reminders: () => request('GET', '/api/consultations/reminders', { schema: consultationRemindersSchema }),
  inbox: (view: 'assigned' | 'pool') =>
    request('GET', `/api/expert/consultations?view=${view}`, { schema: consultationListSchema }),
  get: (id: string) => request('GET', `/api/consultations/${enc(id)}`, { schema: consultationSchema }),
  take: (id: string, version: number) =>
    request('POST', `/api/consultations/${enc(id)}/take`, { body: { version }, schema: consultationSchema }),
  answer: (id: string, version: number, answer: string) =>
    request('POST', `/api/consultations/${enc(id)}/answer`, {
      body: { version, answer },
      schema: consultationSchema,
    }),
};
