import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';
import { partnerGrantStatusSchema, partnerRefSchema, partnerSectionSchema } from './partner-access';

/**
 * The multi-agency service-need assessment (monitoimijainen palvelutarpeen arviointi) on top of a
 * service-need assessment: phases with their action cards (toimintakortit), the partners invited into
 * it, each partner's structured contribution, joint network meetings, and a summary that sets every
 * perspective side by side with the child's and the family's own.
 */
export const multiagencyPhases = [
  'preparation',
  'invitations',
  'contributions',
  'joint_meeting',
  'summary_feedback',
] as const;
export const multiagencyPhaseSchema = z.enum(multiagencyPhases);
export type MultiagencyPhase = (typeof multiagencyPhases)[number];

/** Who carries a task of an action card. */
export const cardOwnerSchema = z.enum(['responsible_worker', 'team', 'partners', 'family', 'coordinator']);

const bilingual = z.object({ fi: z.string(), sv: z.string() });
const bilingualInput = z.strictObject({
  fi: z.string().trim().min(1).max(300),
  sv: z.string().trim().max(300),
});
const bilingualText = z.strictObject({
  fi: z.string().trim().max(5000),
  sv: z.string().trim().max(5000),
});
const text = (max: number) => z.string().trim().max(max);

export const actionCardSchema = z.object({
  id: idSchema,
  phase: multiagencyPhaseSchema,
  position: z.number().int(),
  title: bilingual,
  instructions: bilingual,
  owner: cardOwnerSchema,
  /** Due this many working days after the multi-agency work starts. */
  dueWorkingDays: z.number().int(),
  active: z.boolean(),
  version: z.number(),
});
export type ActionCard = z.infer<typeof actionCardSchema>;

export const actionCardListSchema = z.object({ cards: z.array(actionCardSchema), can: z.array(z.string()) });

export const createActionCardRequestSchema = z.strictObject({
  phase: multiagencyPhaseSchema,
  position: z.number().int().min(1).max(100),
  title: bilingualInput,
  instructions: bilingualText,
  owner: cardOwnerSchema,
  dueWorkingDays: z.number().int().min(0).max(65),
});
export const updateActionCardRequestSchema = createActionCardRequestSchema
  .partial()
  .extend({ version: z.number().int().positive(), active: z.boolean().optional() });

export const multiagencyTaskSchema = z.object({
  id: idSchema,
  phase: multiagencyPhaseSchema,
  position: z.number().int(),
  title: bilingual,
  instructions: bilingual,
  owner: cardOwnerSchema,
  /** Who in person, as the worker writes it. */
  assignee: z.string(),
  dueOn: localDateSchema,
  overdue: z.boolean(),
  doneAt: instantSchema.nullable(),
  doneBy: staffRefSchema.nullable(),
  note: z.string(),
  version: z.number(),
});
export type MultiagencyTask = z.infer<typeof multiagencyTaskSchema>;

export const updateTaskRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  done: z.boolean().optional(),
  assignee: text(200).optional(),
  dueOn: localDateSchema.optional(),
  note: text(2000).optional(),
});

export const contributionFieldsSchema = z.strictObject({
  /** What she has seen of the child's everyday life in her work. */
  observations: text(10_000),
  concerns: text(10_000),
  /** The child's strengths and what is going well. */
  strengths: text(10_000),
  /** The support she proposes, and what her service can offer. */
  proposedSupport: text(10_000),
  /** When she can come to a joint network meeting. */
  meetingAvailability: text(2000),
});

export const contributionSchema = z.object({
  id: idSchema,
  author: partnerRefSchema,
  observations: z.string(),
  concerns: z.string(),
  strengths: z.string(),
  proposedSupport: z.string(),
  meetingAvailability: z.string(),
  /** Null while she is still writing it; the worker sees drafts as such. */
  submittedAt: instantSchema.nullable(),
  updatedAt: instantSchema,
  version: z.number(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const saveContributionRequestSchema = contributionFieldsSchema.extend({
  /** The version edited; null for the first save. */
  version: z.number().int().positive().nullable(),
  submitted: z.boolean(),
});

export const attendeeInputSchema = z.strictObject({
  name: text(200).min(1),
  role: text(200),
  organisation: text(300),
});
export const nextStepSchema = z.strictObject({
  what: text(1000).min(1),
  who: text(300),
  dueOn: localDateSchema.nullable(),
});

export const networkMeetingRequestSchema = z.strictObject({
  heldOn: localDateSchema,
  startTime: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
    .nullable()
    .optional(),
  place: text(300).optional(),
  attendees: z.array(attendeeInputSchema).max(50),
  record: text(50_000),
  nextSteps: z.array(nextStepSchema).max(50),
});
export const updateNetworkMeetingRequestSchema = networkMeetingRequestSchema
  .partial()
  .extend({ version: z.number().int().positive() });

export const networkMeetingSchema = z.object({
  id: idSchema,
  heldOn: localDateSchema,
  startTime: z.string().nullable(),
  place: z.string(),
  attendees: z.array(z.object({ name: z.string(), role: z.string(), organisation: z.string() })),
  record: z.string(),
  nextSteps: z.array(z.object({ what: z.string(), who: z.string(), dueOn: localDateSchema.nullable() })),
  recordedBy: staffRefSchema,
  updatedAt: instantSchema,
  version: z.number(),
});
export type NetworkMeeting = z.infer<typeof networkMeetingSchema>;

export const multiagencySummarySchema = z.object({
  text: z.string(),
  sharedWithPartners: z.boolean(),
  sharedAt: instantSchema.nullable(),
  sharedBy: staffRefSchema.nullable(),
  updatedAt: instantSchema,
  version: z.number(),
});

export const saveMultiagencySummaryRequestSchema = z.strictObject({
  version: z.number().int().positive().nullable(),
  text: text(50_000),
});
export const shareMultiagencySummaryRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  shared: z.boolean(),
});

export const multiagencySchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  childId: idSchema,
  child: z.object({ name: z.string(), birthDate: localDateSchema.nullable() }),
  assessmentStatus: z.string(),
  completeDue: localDateSchema,
  phase: multiagencyPhaseSchema,
  startedOn: localDateSchema,
  startedBy: staffRefSchema,
  tasks: z.array(multiagencyTaskSchema),
  /** Everyone invited into the assessment (a partner grant with the assessment section). */
  partners: z.array(
    z.object({
      grantId: idSchema,
      partner: partnerRefSchema,
      sections: z.array(partnerSectionSchema),
      status: partnerGrantStatusSchema,
      validUntil: localDateSchema,
      contributionSubmittedAt: instantSchema.nullable(),
    }),
  ),
  /** The perspectives side by side: the child's own, the guardians', and each partner's. */
  childViews: z.object({ text: z.string(), method: z.string() }),
  guardianViews: z.string(),
  contributions: z.array(contributionSchema),
  meetings: z.array(networkMeetingSchema),
  summary: multiagencySummarySchema.nullable(),
  version: z.number(),
  can: z.array(z.string()),
});
export type Multiagency = z.infer<typeof multiagencySchema>;

export const updateMultiagencyRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  phase: multiagencyPhaseSchema,
});

export const childMultiagencyListSchema = z.object({
  assessments: z.array(
    z.object({
      id: idSchema,
      assessmentId: idSchema,
      phase: multiagencyPhaseSchema,
      startedOn: localDateSchema,
      contributions: z.number().int(),
    }),
  ),
  /** The child's open service-need assessment that multi-agency work can start on, if any. */
  openAssessmentId: idSchema.nullable(),
  can: z.array(z.string()),
});
