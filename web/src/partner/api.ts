import {
  contributionSchema,
  type PartnerCase,
  type PartnerCaseDetail,
  type PartnerMultiagency,
  partnerCaseDetailSchema,
  partnerCaseListSchema,
  partnerClientPlanSchema,
  partnerMultiagencySchema,
  partnerNetworkMapSchema,
  type saveContributionRequestSchema,
} from '@lumo/domain';
import type { z } from 'zod';
import { request } from '../lib/api/client';

const enc = encodeURIComponent;

export type SaveContributionRequest = z.infer<typeof saveContributionRequestSchema>;
export type PartnerNetworkMap = z.infer<typeof partnerNetworkMapSchema>;
export type PartnerClientPlan = z.infer<typeof partnerClientPlanSchema>;
export type { PartnerCase, PartnerCaseDetail, PartnerMultiagency };

/** The partner professional's own API: only what she was given, while her access lasts. */
export const partnerApi = {
  cases: () => request('GET', '/api/partner/cases', { schema: partnerCaseListSchema }),
  case: (childId: string): Promise<PartnerCaseDetail> =>
    request('GET', `/api/partner/cases/${enc(childId)}`, { schema: partnerCaseDetailSchema }),
  networkMap: (childId: string) =>
    request('GET', `/api/partner/cases/${enc(childId)}/network-map`, { schema: partnerNetworkMapSchema }),
  clientPlan: (childId: string) =>
    request('GET', `/api/partner/cases/${enc(childId)}/client-plan`, { schema: partnerClientPlanSchema }),
  multiagency: (id: string): Promise<PartnerMultiagency> =>
    request('GET', `/api/partner/multiagency-assessments/${enc(id)}`, { schema: partnerMultiagencySchema }),
  saveContribution: (id: string, body: SaveContributionRequest) =>
    request('PUT', `/api/partner/multiagency-assessments/${enc(id)}/contribution`, {
      body,
      schema: contributionSchema,
    }),
};
