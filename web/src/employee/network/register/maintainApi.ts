import {
  type collaborationModelRequestSchema,
  collaborationModelSchema,
  contactSchema,
  partnerOrganisationSchema,
  serviceSchema,
  type updateContactRequestSchema,
  type updateOrganisationRequestSchema,
  type updateServiceRequestSchema,
} from '@lumo/domain';
import type { z } from 'zod';
import { request } from '../../../lib/api/client';

/** The register's versioned changes: each names the version it is based on, refused (409) if stale. */

const enc = encodeURIComponent;

export const registerEditApi = {
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
