import { z } from 'zod';
import { notificationChannels, notificationKinds, notifierCategories } from '../statutory/intake';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';

const name = z.string().trim().min(1).max(200);
const text = (max: number) => z.string().trim().max(max);

/** A child not yet in the register: by name and identity code, or by name and birth date. */
export const newChildSchema = z.strictObject({
  firstNames: name,
  lastName: name,
  hetu: z.string().trim().toUpperCase().max(11).optional(),
  birthDate: localDateSchema.optional(),
  municipalityId: idSchema.optional(),
});

/** A child expected to be born (LSL §25c), linked to the expectant parent. */
export const expectedChildSchema = z.strictObject({
  expectedBirthDate: localDateSchema,
  lastName: text(200).optional(),
  expectantParentId: idSchema.optional(),
  expectantParent: z
    .strictObject({
      firstNames: name,
      lastName: name,
      hetu: z.string().trim().toUpperCase().max(11).optional(),
    })
    .optional(),
  expectantParentRelation: z.enum(['mother', 'father', 'parent']).default('mother'),
  municipalityId: idSchema.optional(),
});

/**
 * Registers a notification (LSL §25, §25a, §25c). The child is given by exactly one of `childId` (a person
 * in the register), `child` (a new person) or `expectedChild` (a pre-birth notification).
 */
export const registerNotificationRequestSchema = z.strictObject({
  childId: idSchema.optional(),
  child: newChildSchema.optional(),
  expectedChild: expectedChildSchema.optional(),
  kind: z.enum(notificationKinds).default('notification'),
  receivedAt: instantSchema,
  channel: z.enum(notificationChannels).default('other'),
  notifierCategory: z.enum(notifierCategories),
  notifierName: text(200).optional(),
  notifierContact: text(500).optional(),
  content: text(20_000).default(''),
  /** The worker's judgement that the content suggests a sexual or violent offence (§25(3)). */
  suspectedOffence: z.boolean().default(false),
  policeNotified: z.boolean().optional(),
  policeNotNotifiedReason: text(2000).optional(),
  /** Which of the registrar's teams holds a new case; by default her first team. */
  teamId: idSchema.optional(),
});
export type RegisterNotificationRequest = z.input<typeof registerNotificationRequestSchema>;

export const urgencySchema = z.object({
  assessedAt: instantSchema,
  assessedBy: staffRefSchema,
  urgent: z.boolean(),
  immediateMeasures: z.string(),
});

export const notificationSchema = z.object({
  id: idSchema,
  childId: idSchema,
  /** Only for those who may read the child's case: a registrar without a relationship sees none. */
  caseId: idSchema.nullable(),
  assessmentId: idSchema.nullable(),
  kind: z.enum(notificationKinds),
  receivedAt: instantSchema,
  /** The Helsinki date of receipt: the urgency assessment is due that day (§26: immediately). */
  receivedOn: localDateSchema,
  /** The day the matter became pending: the day received, or for a pre-birth notification the birth. */
  pendingDate: localDateSchema.nullable(),
  assessmentStartDue: localDateSchema.nullable(),
  assessmentCompleteDue: localDateSchema.nullable(),
  familyInformedDue: localDateSchema.nullable(),
  channel: z.enum(notificationChannels),
  notifierCategory: z.enum(notifierCategories),
  notifierName: z.string().nullable(),
  notifierContact: z.string().nullable(),
  content: z.string(),
  suspectedOffence: z.boolean(),
  policeNotified: z.boolean().nullable(),
  policeNotNotifiedReason: z.string().nullable(),
  registeredBy: staffRefSchema,
  registeredAt: instantSchema,
  urgency: urgencySchema.nullable(),
  can: z.array(z.string()),
});
export type Notification = z.infer<typeof notificationSchema>;

export const urgencyAssessmentRequestSchema = z.strictObject({
  urgent: z.boolean(),
  immediateMeasures: text(5000).default(''),
  /** Urgent child-protection measures were taken: the client relationship starts now (§27). */
  clientRelationshipStarts: z.boolean().default(false),
});

export const notificationRegisterQuerySchema = z.strictObject({
  childId: idSchema.optional(),
  municipalityId: idSchema.optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

export const notificationRegisterSchema = z.object({
  notifications: z.array(
    z.object({
      id: idSchema,
      child: z.object({ id: idSchema, name: z.string() }),
      municipality: z.object({ id: idSchema, fi: z.string(), sv: z.string() }),
      kind: z.enum(notificationKinds),
      receivedAt: instantSchema,
      pendingDate: localDateSchema.nullable(),
      channel: z.enum(notificationChannels),
      notifierCategory: z.enum(notifierCategories),
      suspectedOffence: z.boolean(),
      policeNotified: z.boolean().nullable(),
      urgent: z.boolean().nullable(),
    }),
  ),
  truncated: z.boolean(),
});
export type NotificationRegister = z.infer<typeof notificationRegisterSchema>;

export const recordBirthRequestSchema = z.strictObject({
  birthDate: localDateSchema,
  hetu: z.string().trim().toUpperCase().max(11).optional(),
  firstNames: text(200).optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
});

export const birthRecordedSchema = z.object({
  childId: idSchema,
  pendingDate: localDateSchema,
  assessmentId: idSchema,
  assessmentStartDue: localDateSchema,
  assessmentCompleteDue: localDateSchema,
  familyInformedDue: localDateSchema,
});
