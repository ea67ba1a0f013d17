import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema } from './common';

/**
 * The partnership register (lastensuojelun kumppanuuskartta): partner organisations of the four
 * regions of the collaboration area, their services by municipality, contact persons, and the
 * collaboration models agreed with them. Not client data: every account reads it.
 */
export const regions = ['Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo'] as const;
export const regionSchema = z.enum(regions);
export type Region = (typeof regions)[number];

export const serviceTypes = [
  'school',
  'early_childhood_education',
  'school_health_care',
  'youth_clinic',
  'family_counselling',
  'child_psychiatry',
  'youth_psychiatry',
  'family_unit',
  'substance_abuse_mental_health',
  'disability_services',
  'youth_services',
  'police',
  'prosecutor',
  'ngo',
  'parish',
  'other',
] as const;
export const serviceTypeSchema = z.enum(serviceTypes);
export type ServiceType = (typeof serviceTypes)[number];

export const partnerSectorSchema = z.enum([
  'wellbeing_county',
  'municipality',
  'state',
  'ngo',
  'parish',
  'private',
]);

const bilingual = z.object({ fi: z.string(), sv: z.string() });
const bilingualInput = z.strictObject({
  fi: z.string().trim().min(1).max(300),
  sv: z.string().trim().max(300),
});
const text = (max: number) => z.string().trim().max(max);
const phone = z
  .string()
  .trim()
  .regex(/^([+\d][\d\s-]{0,30})?$/);
const email = z.union([z.literal(''), z.email().max(200)]);
/** A municipality by its official code (Statistics Finland), e.g. "179" for Jyväskylä. */
export const municipalityCodeSchema = z.string().regex(/^\d{3}$/);

export const municipalityRefSchema = z.object({ code: z.string(), name: bilingual, region: regionSchema });
export type MunicipalityRef = z.infer<typeof municipalityRefSchema>;

export const contactSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  serviceId: idSchema.nullable(),
  name: z.string(),
  title: z.string(),
  phone: z.string(),
  email: z.string(),
  /** The contact's Lumo account, when she is a partner professional who can be invited. */
  userId: idSchema.nullable(),
  notes: z.string(),
  version: z.number(),
});
export type Contact = z.infer<typeof contactSchema>;

export const serviceSummarySchema = z.object({
  id: idSchema,
  organisation: z.object({ id: idSchema, name: bilingual }),
  type: serviceTypeSchema,
  name: bilingual,
  region: regionSchema,
  municipalities: z.array(municipalityRefSchema),
  phone: z.string(),
  email: z.string(),
  active: z.boolean(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const collaborationStepSchema = z.strictObject({
  title: text(300).min(1),
  /** Who carries the step, e.g. "lastensuojelun vastuusosiaalityöntekijä". */
  owner: text(300).min(1),
  /** The action card: what to do, in the words agreed with the partner. */
  actionCard: text(5000),
});

export const collaborationModelSummarySchema = z.object({
  id: idSchema,
  name: bilingual,
  region: regionSchema.nullable(),
  municipality: municipalityRefSchema.nullable(),
  steps: z.number().int(),
  active: z.boolean(),
});

export const collaborationModelSchema = z.object({
  id: idSchema,
  name: bilingual,
  description: z.string(),
  region: regionSchema.nullable(),
  municipality: municipalityRefSchema.nullable(),
  partners: z.array(z.object({ id: idSchema, name: bilingual })),
  services: z.array(z.object({ id: idSchema, name: bilingual, type: serviceTypeSchema })),
  steps: z.array(collaborationStepSchema),
  active: z.boolean(),
  updatedAt: instantSchema,
  updatedBy: staffRefSchema.nullable(),
  version: z.number(),
  can: z.array(z.string()),
});
export type CollaborationModel = z.infer<typeof collaborationModelSchema>;

export const serviceSchema = serviceSummarySchema.extend({
  description: z.string(),
  address: z.string(),
  contacts: z.array(contactSchema),
  models: z.array(collaborationModelSummarySchema),
  version: z.number(),
  can: z.array(z.string()),
});
export type Service = z.infer<typeof serviceSchema>;

export const partnerOrganisationSchema = z.object({
  id: idSchema,
  name: bilingual,
  sector: partnerSectorSchema,
  region: regionSchema,
  municipality: municipalityRefSchema.nullable(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  notes: z.string(),
  active: z.boolean(),
  services: z.array(serviceSummarySchema),
  contacts: z.array(contactSchema),
  models: z.array(collaborationModelSummarySchema),
  version: z.number(),
  can: z.array(z.string()),
});
export type PartnerOrganisation = z.infer<typeof partnerOrganisationSchema>;

export const serviceSearchQuerySchema = z.strictObject({
  /** Words, each matched as the start of a word of the service, its organisation or its contacts. */
  q: z.string().trim().max(200).optional(),
  type: serviceTypeSchema.optional(),
  region: regionSchema.optional(),
  municipality: municipalityCodeSchema.optional(),
  organisationId: idSchema.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type ServiceSearchQuery = z.infer<typeof serviceSearchQuerySchema>;

export const serviceSearchResultSchema = z.object({
  services: z.array(serviceSummarySchema),
  /** More matched than were returned: ask for the next page with `offset`. */
  more: z.boolean(),
  can: z.array(z.string()),
});
export type ServiceSearchResult = z.infer<typeof serviceSearchResultSchema>;

export const organisationSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  region: regionSchema.optional(),
  sector: partnerSectorSchema.optional(),
});

export const organisationListSchema = z.object({
  organisations: z.array(
    z.object({
      id: idSchema,
      name: bilingual,
      sector: partnerSectorSchema,
      region: regionSchema,
      municipality: municipalityRefSchema.nullable(),
      services: z.number().int(),
      active: z.boolean(),
    }),
  ),
  more: z.boolean(),
  can: z.array(z.string()),
});

/** Which municipality has which type of service: the gaps are the empty cells. */
export const coverageQuerySchema = z.strictObject({ region: regionSchema.optional() });
export const coverageSchema = z.object({
  serviceTypes: z.array(serviceTypeSchema),
  municipalities: z.array(
    municipalityRefSchema.extend({
      /** Active services of each type serving the municipality (types with none are left out). */
      counts: z.record(z.string(), z.number().int()),
      missing: z.array(serviceTypeSchema),
    }),
  ),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const createOrganisationRequestSchema = z.strictObject({
  name: bilingualInput,
  sector: partnerSectorSchema,
  region: regionSchema,
  municipalityCode: municipalityCodeSchema.nullable().optional(),
  phone: phone.optional(),
  email: email.optional(),
  website: text(500).optional(),
  notes: text(5000).optional(),
});
export const updateOrganisationRequestSchema = createOrganisationRequestSchema.partial().extend({
  version: z.number().int().positive(),
  active: z.boolean().optional(),
});

export const createServiceRequestSchema = z.strictObject({
  organisationId: idSchema,
  type: serviceTypeSchema,
  name: bilingualInput,
  region: regionSchema,
  /** The municipalities it serves, all in its region. */
  municipalityCodes: z.array(municipalityCodeSchema).min(1).max(100),
  description: text(5000).optional(),
  address: text(500).optional(),
  phone: phone.optional(),
  email: email.optional(),
});
export const updateServiceRequestSchema = createServiceRequestSchema
  .omit({ organisationId: true })
  .partial()
  .extend({ version: z.number().int().positive(), active: z.boolean().optional() });

export const contactRequestSchema = z.strictObject({
  serviceId: idSchema.nullable().optional(),
  name: text(200).min(1),
  title: text(200).optional(),
  phone: phone.optional(),
  email: email.optional(),
  userId: idSchema.nullable().optional(),
  notes: text(2000).optional(),
});
export const updateContactRequestSchema = contactRequestSchema
  .partial()
  .extend({ version: z.number().int().positive() });

export const collaborationModelRequestSchema = z.strictObject({
  name: bilingualInput,
  description: text(10_000).optional(),
  region: regionSchema.nullable().optional(),
  municipalityCode: municipalityCodeSchema.nullable().optional(),
  partnerOrganisationIds: z.array(idSchema).max(50).optional(),
  serviceIds: z.array(idSchema).max(100).optional(),
  steps: z.array(collaborationStepSchema).min(1).max(40),
  active: z.boolean().optional(),
});
export const saveCollaborationModelRequestSchema = collaborationModelRequestSchema.extend({
  version: z.number().int().positive(),
});

export const collaborationModelQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  region: regionSchema.optional(),
  municipality: municipalityCodeSchema.optional(),
  organisationId: idSchema.optional(),
});
export const collaborationModelListSchema = z.object({
  models: z.array(collaborationModelSummarySchema),
  can: z.array(z.string()),
});
