import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';
import { legalBasisInputSchema, legalBasisSchema } from './partner-access';
import { regionSchema } from './partnership-register';

/**
 * Consultations across the collaboration area: a worker asks the expert pool of the four regions, by
 * expertise, anonymised by default. The expert sees the request, never the child; the answer is kept
 * with the child for the asking team.
 */
export const expertises = [
  'child_psychiatry',
  'youth_psychiatry',
  'disability',
  'substance_abuse',
  'mental_health',
  'family_therapy',
  'law',
  'child_protection',
  'early_childhood',
  'education',
  'trauma',
  'multicultural_families',
] as const;
export const expertiseSchema = z.enum(expertises);
export type Expertise = (typeof expertises)[number];

export const expertSchema = z.object({
  userId: idSchema,
  name: z.string(),
  title: z.string(),
  organisation: z.object({ id: idSchema, name: z.object({ fi: z.string(), sv: z.string() }) }),
  region: regionSchema,
  expertise: z.array(expertiseSchema),
  description: z.string(),
  available: z.boolean(),
  version: z.number(),
});
export type Expert = z.infer<typeof expertSchema>;

export const expertQuerySchema = z.strictObject({
  expertise: expertiseSchema.optional(),
  region: regionSchema.optional(),
});
export const expertListSchema = z.object({ experts: z.array(expertSchema), can: z.array(z.string()) });

export const saveExpertProfileRequestSchema = z.strictObject({
  version: z.number().int().positive().nullable(),
  expertise: z
    .array(expertiseSchema)
    .min(1)
    .max(expertises.length)
    .refine((e) => new Set(e).size === e.length, { message: 'each expertise once' }),
  region: regionSchema,
  description: z.string().trim().max(2000),
  available: z.boolean(),
});
export const userIdParamsSchema = z.strictObject({ userId: idSchema });

const question = z.string().trim().min(10).max(5000);
const background = z.string().trim().max(10_000);

export const consultationRequestSchema = z.strictObject({
  expertise: expertiseSchema,
  /** Ask the experts of one region only; null for all four. */
  region: regionSchema.nullable().optional(),
  /** A named expert; without one the request goes to the pool and the first expert to take it answers. */
  expertId: idSchema.nullable().optional(),
  question,
  /** The facts the worker chooses to tell: no names, no identity codes. */
  background: background.optional(),
  childAgeYears: z.number().int().min(0).max(25).nullable().optional(),
  /** Working days to answer in; 5 unless said otherwise. */
  dueInWorkingDays: z.number().int().min(1).max(20).optional(),
  /**
   * Only for a request that identifies the child: the consent or provision that allows it. It must
   * go to a named expert, and it is written to the disclosure log.
   */
  identifyingBasis: legalBasisInputSchema.nullable().optional(),
});
export type ConsultationRequest = z.infer<typeof consultationRequestSchema>;

export const identifierFindingSchema = z.object({
  field: z.enum(['question', 'background']),
  kind: z.enum(['identity_code', 'name']),
  start: z.number().int(),
  end: z.number().int(),
});

export const checkConsultationRequestSchema = z.strictObject({
  question: z.string().max(5000),
  background: z.string().max(10_000).optional(),
});
export const checkConsultationResultSchema = z.object({ findings: z.array(identifierFindingSchema) });

export const consultationSchema = z.object({
  id: idSchema,
  expertise: expertiseSchema,
  region: regionSchema.nullable(),
  expert: staffRefSchema
    .extend({ organisation: z.object({ id: idSchema, name: z.object({ fi: z.string(), sv: z.string() }) }) })
    .nullable(),
  question: z.string(),
  background: z.string(),
  childAgeYears: z.number().int().nullable(),
  identifying: z.boolean(),
  basis: legalBasisSchema.nullable(),
  askedBy: staffRefSchema,
  sentAt: instantSchema,
  dueOn: localDateSchema,
  overdue: z.boolean(),
  status: z.enum(['open', 'answered']),
  takenAt: instantSchema.nullable(),
  answer: z.string().nullable(),
  answeredAt: instantSchema.nullable(),
  /** The child, for the asking team only; an expert never sees it. */
  child: z.object({ id: idSchema, name: z.string() }).nullable(),
  version: z.number(),
  can: z.array(z.string()),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const consultationListSchema = z.object({ consultations: z.array(consultationSchema) });

export const expertConsultationQuerySchema = z.strictObject({
  /** assigned: mine to answer; pool: open requests in my expertise that nobody has taken yet. */
  view: z.enum(['assigned', 'pool']).default('assigned'),
});

/**
 * What is unanswered and overdue or due within two working days, for the asker and the expert:
 * reminders without a background job.
 */
export const consultationRemindersSchema = z.object({
  asked: z.array(consultationSchema),
  toAnswer: z.array(consultationSchema),
  pool: z.array(consultationSchema),
});

export const takeConsultationRequestSchema = z.strictObject({ version: z.number().int().positive() });
export const answerConsultationRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  answer: z.string().trim().min(1).max(20_000),
});
