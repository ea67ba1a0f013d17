import { z } from 'zod';
import { staffRoles } from '../access/roles';
import { idSchema, instantSchema, localDateSchema } from './common';

const bilingualName = z.object({ fi: z.string(), sv: z.string() });

export const relationshipKindSchema = z.enum(['responsible', 'team', 'emergency']);

export const personSummarySchema = z.object({
  id: idSchema,
  kind: z.enum(['child', 'adult']),
  firstNames: z.string(),
  lastName: z.string(),
  hetu: z.string().nullable(),
  birthDate: localDateSchema.nullable(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const familyMemberSchema = personSummarySchema.extend({
  relation: z.string(),
  isGuardian: z.boolean(),
  livesWithChild: z.boolean(),
  streetAddress: z.string(),
  postalCode: z.string(),
  postOffice: z.string(),
  phone: z.string(),
  nonDisclosure: z.boolean(),
  deceasedOn: localDateSchema.nullable(),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

/**
 * A staff member as others see her. `role` is her job as a staff role code, which the UI names in the
 * reader's language; `title` is the free-text title stored for her, shown when no role names her job
 * (a partner professional's title is her organisation's own words).
 */
export const staffRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  title: z.string(),
  role: z.enum(staffRoles).nullable(),
});
export type StaffRef = z.infer<typeof staffRefSchema>;

export const accessGrantSchema = z.object({
  id: idSchema,
  user: staffRefSchema,
  kind: relationshipKindSchema,
  validFrom: instantSchema,
  validTo: instantSchema.nullable(),
  reason: z.string().nullable(),
});
export type AccessGrant = z.infer<typeof accessGrantSchema>;

export const childPageSchema = z.object({
  child: personSummarySchema.extend({
    streetAddress: z.string(),
    postalCode: z.string(),
    postOffice: z.string(),
    phone: z.string(),
    language: z.string(),
    nonDisclosure: z.boolean(),
    municipality: bilingualName.nullable(),
    version: z.number(),
  }),
  family: z.array(familyMemberSchema),
  case: z
    .object({
      id: idSchema,
      status: z.enum(['open', 'closed']),
      openedAt: instantSchema,
      municipality: bilingualName,
      county: bilingualName,
      responsibleWorker: staffRefSchema.nullable(),
      team: z.object({ id: idSchema, name: z.string() }).nullable(),
    })
    .nullable(),
  myAccess: z.array(z.object({ kind: relationshipKindSchema, validTo: instantSchema.nullable() })),
  /** Who else holds access, shown to the responsible worker — emergency access above all. */
  accessGrants: z.array(accessGrantSchema).nullable(),
  can: z.array(z.string()),
});
export type ChildPage = z.infer<typeof childPageSchema>;

export const updateChildRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  streetAddress: z.string().trim().max(200).optional(),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/)
    .optional(),
  postOffice: z.string().trim().max(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d\s-]{0,30}$|^$/)
    .optional(),
  language: z.enum(['fi', 'sv', 'en', 'other']).optional(),
});
export type UpdateChildRequest = z.infer<typeof updateChildRequestSchema>;

export const emergencyAccessRequestSchema = z.strictObject({
  reason: z.string().trim().min(10).max(2000),
});
export type EmergencyAccessRequest = z.infer<typeof emergencyAccessRequestSchema>;

export const emergencyAccessSchema = z.object({
  id: idSchema,
  childId: idSchema,
  validFrom: instantSchema,
  validTo: instantSchema,
  reason: z.string(),
});

export const emergencyAccessReviewSchema = z.object({
  accesses: z.array(
    z.object({
      id: idSchema,
      user: staffRefSchema,
      child: z.object({ id: idSchema, name: z.string() }),
      validFrom: instantSchema,
      validTo: instantSchema,
      reason: z.string(),
    }),
  ),
});
export type EmergencyAccessReview = z.infer<typeof emergencyAccessReviewSchema>;

export const auditLogSchema = z.object({
  entries: z.array(
    z.object({
      seq: z.number(),
      occurredAt: instantSchema,
      actor: z.object({ id: idSchema.nullable(), name: z.string() }),
      organisationId: idSchema.nullable(),
      action: z.string(),
      outcome: z.string(),
      basis: z.string(),
      purpose: z.string(),
    }),
  ),
});
export type AuditLog = z.infer<typeof auditLogSchema>;

export const worklistChildSchema = z.object({
  id: idSchema,
  firstNames: z.string(),
  lastName: z.string(),
  birthDate: localDateSchema.nullable(),
  municipality: bilingualName.nullable(),
  caseOpenedAt: instantSchema.nullable(),
  relationship: relationshipKindSchema,
  /** When the relationship ends, if it does (emergency access: two hours after it was taken). */
  accessValidTo: instantSchema.nullable(),
  responsibleWorker: z.string().nullable(),
});
export type WorklistChild = z.infer<typeof worklistChildSchema>;

export const worklistSchema = z.object({
  children: z.array(worklistChildSchema),
  emergencyAccessNotices: z.array(
    z.object({
      id: idSchema,
      user: staffRefSchema,
      child: z.object({ id: idSchema, name: z.string() }),
      validFrom: instantSchema,
      validTo: instantSchema,
      reason: z.string(),
    }),
  ),
});
export type Worklist = z.infer<typeof worklistSchema>;

export const personSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(2).max(100),
});

export const personSearchResultSchema = z.object({
  results: z.array(
    personSummarySchema.extend({
      /** The children through whom the actor may see this person. */
      children: z.array(z.object({ id: idSchema, name: z.string() })),
    }),
  ),
  truncated: z.boolean(),
});
export type PersonSearchResult = z.infer<typeof personSearchResultSchema>;
