import {
  type Coverage,
  childMultiagencyListSchema,
  type collaborationModelRequestSchema,
  collaborationModelSchema,
  consentListSchema,
  consentSchema,
  type contactRequestSchema,
  contactSchema,
  coverageSchema,
  type createOrganisationRequestSchema,
  type createServiceRequestSchema,
  disclosureLogSchema,
  type GrantPartnerAccessRequest,
  type MultiagencyPhase,
  multiagencySchema,
  multiagencyTaskSchema,
  networkMapVersionListSchema,
  networkMapVersionSchema,
  networkMapViewSchema,
  networkMeetingSchema,
  organisationListSchema,
  partnerGrantListSchema,
  partnerGrantSchema,
  partnerOrganisationSchema,
  partnerProfessionalListSchema,
  type RecordConsentRequest,
  type Region,
  type SaveNetworkMapRequest,
  type ServiceType,
  serviceSchema,
  serviceSearchResultSchema,
  type updateContactRequestSchema,
  type updateOrganisationRequestSchema,
  type updateServiceRequestSchema,
} from '@lumo/domain';
import type { z } from 'zod';
import { request } from '../../lib/api/client';

/** The agency network's API (issue 5): network map, partnership register, partner access, consent. */

const enc = encodeURIComponent;

/** `?a=1&b=2` of the values that are set. */
function query(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]);
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : '';
}

export const networkMapApi = {
  get: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/network-map`, { schema: networkMapViewSchema }),
  save: (childId: string, body: SaveNetworkMapRequest) =>
    request('PUT', `/api/children/${enc(childId)}/network-map`, { body, schema: networkMapViewSchema }),
  versions: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/network-map/versions`, {
      schema: networkMapVersionListSchema,
    }),
  version: (childId: string, version: number) =>
    request('GET', `/api/children/${enc(childId)}/network-map/versions/${version}`, {
      schema: networkMapVersionSchema,
    }),
};

export interface ServiceSearch {
  q?: string | undefined;
  type?: ServiceType | undefined;
  region?: Region | undefined;
  municipality?: string | undefined;
}

export const registerApi = {
  searchServices: (search: ServiceSearch, offset = 0) =>
    request(
      'GET',
      `/api/partnership/services${query({ ...search, offset: offset ? String(offset) : undefined })}`,
      { schema: serviceSearchResultSchema },
    ),
  service: (id: string) => request('GET', `/api/partnership/services/${enc(id)}`, { schema: serviceSchema }),
  organisations: (search: { q?: string | undefined; region?: Region | undefined }) =>
    request('GET', `/api/partnership/organisations${query(search)}`, { schema: organisationListSchema }),
  organisation: (id: string) =>
    request('GET', `/api/partnership/organisations/${enc(id)}`, { schema: partnerOrganisationSchema }),
  model: (id: string) =>
    request('GET', `/api/partnership/models/${enc(id)}`, { schema: collaborationModelSchema }),
  createOrganisation: (body: z.input<typeof createOrganisationRequestSchema>) =>
    request('POST', '/api/partnership/organisations', { body, schema: partnerOrganisationSchema }),
  createService: (body: z.input<typeof createServiceRequestSchema>) =>
    request('POST', '/api/partnership/services', { body, schema: serviceSchema }),
  addContact: (organisationId: string, body: z.input<typeof contactRequestSchema>) =>
    request('POST', `/api/partnership/organisations/${enc(organisationId)}/contacts`, {
      body,
      schema: contactSchema,
    }),
  createModel: (body: z.input<typeof collaborationModelRequestSchema>) =>
    request('POST', '/api/partnership/models', { body, schema: collaborationModelSchema }),
  coverage: (region?: Region): Promise<Coverage> =>
    request('GET', `/api/partnership/coverage${query({ region })}`, { schema: coverageSchema }),
  // Changes name the version they are based on and are refused (409) when it is stale.
  updateOrganisation: (id: string, body: z.input<typeof updateOrganisationRequestSchema>) =>
    request('PATCH', `/api/partnership/organisations/${enc(id)}`, {
      body,
      schema: partnerOrganisationSchema,
    }),
  updateService: (id: string, body: z.input<typeof updateServiceRequestSchema>) =>
    request('PATCH', `/api/partnership/services/${enc(id)}`, { body, schema: serviceSchema }),
  updateContact: (id: string, body: z.input<typeof updateContactRequestSchema>) =>
    request('PATCH', `/api/partnership/contacts/${enc(id)}`, { body, schema: contactSchema }),
  removeContact: (id: string, version: number) =>
    request<void>('DELETE', `/api/partnership/contacts/${enc(id)}?version=${version}`),
  saveModel: (id: string, body: z.input<typeof collaborationModelRequestSchema> & { version: number }) =>
    request('PUT', `/api/partnership/models/${enc(id)}`, { body, schema: collaborationModelSchema }),
};

export const partnerAccessApi = {
  searchPartners: (q: string) =>
    request('GET', `/api/partner-professionals${query({ q })}`, { schema: partnerProfessionalListSchema }),
  grants: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/partner-access`, { schema: partnerGrantListSchema }),
  grant: (childId: string, body: GrantPartnerAccessRequest) =>
    request('POST', `/api/children/${enc(childId)}/partner-access`, { body, schema: partnerGrantSchema }),
  revoke: (childId: string, grantId: string, reason: string) =>
    request('POST', `/api/children/${enc(childId)}/partner-access/${enc(grantId)}/revoke`, {
      body: reason ? { reason } : {},
      schema: partnerGrantSchema,
    }),
  consents: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/consents`, { schema: consentListSchema }),
  recordConsent: (childId: string, body: RecordConsentRequest) =>
    request('POST', `/api/children/${enc(childId)}/consents`, { body, schema: consentSchema }),
  withdrawConsent: (consentId: string, withdrawnOn: string, note: string) =>
    request('POST', `/api/consents/${enc(consentId)}/withdraw`, {
      body: { withdrawnOn, ...(note ? { note } : {}) },
      schema: consentSchema,
    }),
  disclosureLog: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/disclosure-log`, { schema: disclosureLogSchema }),
};

export interface MeetingInput {
  heldOn: string;
  startTime: string | null;
  place: string;
  attendees: { name: string; role: string; organisation: string }[];
  record: string;
  nextSteps: { what: string; who: string; dueOn: string | null }[];
}

export const multiagencyApi = {
  ofChild: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/multiagency-assessments`, {
      schema: childMultiagencyListSchema,
    }),
  start: (assessmentId: string) =>
    request('POST', `/api/assessments/${enc(assessmentId)}/multiagency`, { schema: multiagencySchema }),
  get: (id: string) =>
    request('GET', `/api/multiagency-assessments/${enc(id)}`, { schema: multiagencySchema }),
  setPhase: (id: string, version: number, phase: MultiagencyPhase) =>
    request('PATCH', `/api/multiagency-assessments/${enc(id)}`, {
      body: { version, phase },
      schema: multiagencySchema,
    }),
  updateTask: (id: string, body: { version: number; done?: boolean; assignee?: string; note?: string }) =>
    request('PATCH', `/api/multiagency-tasks/${enc(id)}`, { body, schema: multiagencyTaskSchema }),
  recordMeeting: (id: string, body: MeetingInput) =>
    request('POST', `/api/multiagency-assessments/${enc(id)}/meetings`, {
      body,
      schema: networkMeetingSchema,
    }),
  saveSummary: (id: string, version: number | null, text: string) =>
    request('PUT', `/api/multiagency-assessments/${enc(id)}/summary`, {
      body: { version, text },
      schema: multiagencySchema,
    }),
  shareSummary: (id: string, version: number, shared: boolean) =>
    request('POST', `/api/multiagency-assessments/${enc(id)}/summary/share`, {
      body: { version, shared },
      schema: multiagencySchema,
    }),
};
