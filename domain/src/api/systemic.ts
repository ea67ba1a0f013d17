import { z } from 'zod';
import { teamRoles } from '../access/roles';
import { staffRefSchema } from './children';
import { errorBodySchema, idSchema, instantSchema, localDateSchema } from './common';

/**
 * The family's systemic work: the family (the children a team works with together), the
 * reflective record of each discussion of it in a team meeting, its hypotheses and experiments
 * over time, its timeline and the systemic view. See docs/systemic-team.md.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);

export const teamRoleSchema = z.enum(teamRoles);

/** A 409 answer that carries the record as it now is, so the UI can show what someone else changed. */
export const conflictBodySchema = <T extends z.ZodType>(current: T) =>
  errorBodySchema.extend({
    error: errorBodySchema.shape.error.extend({
      details: z.object({ current }).optional(),
    }),
  });

export const childRefSchema = z.object({
  id: idSchema,
  firstNames: z.string(),
  lastName: z.string(),
  birthDate: localDateSchema.nullable(),
});
export type ChildRef = z.infer<typeof childRefSchema>;

export const familyRefSchema = z.object({
  id: idSchema,
  /** The children's family names, e.g. "Aalto" or "Aalto / Berg". */
  name: z.string(),
  children: z.array(childRefSchema),
  version: z.number(),
  /** Family actions (`systemic:read`, `systemic:record`, `systemic:shareWithFamily`). */
  can: z.array(z.string()),
});
export type FamilyRef = z.infer<typeof familyRefSchema>;

/** A person of the client record linked to the family's children: who can attend or speak. */
export const familyPersonSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** mother, father, sibling… — or `child` for the family's own children. */
  relation: z.string(),
});

export const childFamilySchema = z.object({
  family: familyRefSchema.nullable(),
  /** With no family yet: the child and the siblings the actor may record for who are in no family. */
  proposedChildren: z.array(childRefSchema),
});
export type ChildFamily = z.infer<typeof childFamilySchema>;

export const createFamilyRequestSchema = z.strictObject({
  childIds: z.array(idSchema).min(1).max(20),
});
export const changeFamilyChildrenRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  childIds: z.array(idSchema).min(1).max(20),
});

// Hypotheses: what might lie beneath the visible concern and sustain it.
export const hypothesisStatusSchema = z.enum(['open', 'supported', 'set_aside']);

export const hypothesisSchema = z.object({
  id: idSchema,
  text: z.string(),
  author: staffRefSchema,
  status: hypothesisStatusSchema,
  statusReason: z.string(),
  formedIn: z.object({ agendaItemId: idSchema, date: localDateSchema }),
  /** Every status it has had, the first (open) included, oldest first. */
  history: z.array(
    z.object({
      status: hypothesisStatusSchema,
      reason: z.string(),
      by: staffRefSchema,
      at: instantSchema,
      agendaItemId: idSchema.nullable(),
      date: localDateSchema.nullable(),
    }),
  ),
  version: z.number(),
});
export type Hypothesis = z.infer<typeof hypothesisSchema>;

export const addHypothesisRequestSchema = z.strictObject({
  text: text(2000),
  /** The member whose hypothesis it is, when someone else types it; the actor by default. */
  authorId: idSchema.optional(),
});

export const updateHypothesisRequestSchema = z
  .strictObject({
    version: z.number().int().positive(),
    text: text(2000).optional(),
    status: hypothesisStatusSchema.optional(),
    reason: optionalText(2000).optional(),
    /** The discussion in which the team changed its view. */
    agendaItemId: idSchema.optional(),
  })
  .refine((r) => r.status !== 'set_aside' || (r.reason ?? '').length > 0, {
    message: 'setting a hypothesis aside needs a reason',
    path: ['reason'],
  });
export type UpdateHypothesisRequest = z.infer<typeof updateHypothesisRequestSchema>;

// Experiments: a small change in acting, repeated and looked at again over time.
export const followUpSchema = z.object({
  id: idSchema,
  experimentId: idSchema,
  agendaItemId: idSchema,
  date: localDateSchema,
  whatHappened: z.string(),
  whatWeLearned: z.string(),
  outcome: z.enum(['continue', 'conclude']),
  nextFollowUpOn: localDateSchema.nullable(),
  recordedBy: staffRefSchema,
  recordedAt: instantSchema,
});

export const experimentSchema = z.object({
  id: idSchema,
  /** What to try differently. */
  action: z.string(),
  /** Who does it, in words ("äiti ja Eevi", "Pekka"). */
  who: z.string(),
  /** The worker who carries it, when one does. */
  owner: staffRefSchema.nullable(),
  followUpOn: localDateSchema,
  status: z.enum(['open', 'concluded']),
  hypothesisId: idSchema.nullable(),
  agreedIn: z.object({ agendaItemId: idSchema, date: localDateSchema }),
  followUps: z.array(followUpSchema),
  version: z.number(),
});
export type Experiment = z.infer<typeof experimentSchema>;

export const addExperimentRequestSchema = z.strictObject({
  action: text(2000),
  who: text(200),
  ownerId: idSchema.nullable().optional(),
  followUpOn: localDateSchema,
  hypothesisId: idSchema.nullable().optional(),
});

export const updateExperimentRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  action: text(2000).optional(),
  who: text(200).optional(),
  ownerId: idSchema.nullable().optional(),
  followUpOn: localDateSchema.optional(),
  hypothesisId: idSchema.nullable().optional(),
});
export type UpdateExperimentRequest = z.infer<typeof updateExperimentRequestSchema>;

export const followUpExperimentRequestSchema = z
  .strictObject({
    version: z.number().int().positive(),
    /** The discussion (of the same family) in which the team looked back at it. */
    agendaItemId: idSchema,
    whatHappened: text(4000),
    whatWeLearned: optionalText(4000),
    /** continue: repeat it and look again on nextFollowUpOn; conclude: it has done its work. */
    outcome: z.enum(['continue', 'conclude']),
    nextFollowUpOn: localDateSchema.optional(),
  })
  .refine((r) => (r.outcome === 'continue') === (r.nextFollowUpOn !== undefined), {
    message: 'a continued experiment needs the next follow-up date, a concluded one none',
    path: ['nextFollowUpOn'],
  });
export type FollowUpExperimentRequest = z.infer<typeof followUpExperimentRequestSchema>;

// What was said: members' perspectives by role, the family's own words, decisions for the record.
export const recordEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(['perspective', 'family_voice', 'decision']),
  text: z.string(),
  /** perspective: the member whose perspective it is, and her role in the team. */
  author: staffRefSchema.nullable(),
  teamRole: teamRoleSchema.nullable(),
  /** family_voice: who said it, verbatim — a person of the record, or as named. */
  speaker: z.object({ personId: idSchema.nullable(), label: z.string() }).nullable(),
  createdBy: staffRefSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  version: z.number(),
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;

export const addRecordEntryRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('perspective'), text: text(4000), authorId: idSchema.optional() }),
  z.strictObject({
    kind: z.literal('family_voice'),
    text: text(4000),
    speakerPersonId: idSchema.optional(),
    speakerLabel: optionalText(200).optional(),
  }),
  z.strictObject({ kind: z.literal('decision'), text: text(4000) }),
]);
export type AddRecordEntryRequest = z.infer<typeof addRecordEntryRequestSchema>;

export const updateRecordEntryRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  text: text(4000),
});

export const versionQuerySchema = z.strictObject({ version: z.coerce.number().int().positive() });

export const attendeeSchema = z.object({
  id: idSchema,
  kind: z.enum(['staff', 'family']),
  user: staffRefSchema.nullable(),
  personId: idSchema.nullable(),
  /** The family member's name as written (a person of the record, or someone not in it). */
  label: z.string(),
});

export const addAttendeeRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('staff'), userId: idSchema }),
  z
    .strictObject({
      kind: z.literal('family'),
      personId: idSchema.optional(),
      label: optionalText(200).optional(),
    })
    .refine((r) => r.personId !== undefined || (r.label ?? '').length > 0, {
      message: 'a person of the record or a name',
      path: ['label'],
    }),
]);
export type AddAttendeeRequest = z.infer<typeof addAttendeeRequestSchema>;

/** The plain-language summary. The family sees it only once sharedWithFamily is set. */
export const familySummarySchema = z.object({
  text: z.string(),
  sharedWithFamily: z.boolean(),
  sharedAt: instantSchema.nullable(),
  sharedBy: staffRefSchema.nullable(),
  updatedAt: instantSchema,
  version: z.number(),
});
export type FamilySummary = z.infer<typeof familySummarySchema>;

export const saveSummaryRequestSchema = z.strictObject({
  /** null when writing the first summary of the discussion. */
  version: z.number().int().positive().nullable(),
  text: optionalText(4000),
});
export const shareSummaryRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  shared: z.boolean(),
});

/** One family's discussion in one meeting: the reflective record. */
export const discussionSchema = z.object({
  agendaItemId: idSchema,
  meeting: z.object({
    id: idSchema,
    date: localDateSchema,
    team: z.object({ id: idSchema, name: z.string() }),
  }),
  dilemma: z.string(),
  /** The visible concern or risk: the tip of the iceberg. */
  visibleConcern: z.string(),
  hypothesesFormed: z.array(idSchema),
  statusChanges: z.array(
    z.object({
      hypothesisId: idSchema,
      status: hypothesisStatusSchema,
      reason: z.string(),
      by: staffRefSchema,
      at: instantSchema,
    }),
  ),
  experimentsAgreed: z.array(idSchema),
  followUps: z.array(followUpSchema),
  perspectives: z.array(recordEntrySchema),
  familyVoices: z.array(recordEntrySchema),
  decisions: z.array(recordEntrySchema),
  attendees: z.array(attendeeSchema),
  summary: familySummarySchema.nullable(),
  version: z.number(),
});
export type Discussion = z.infer<typeof discussionSchema>;

export const updateAgendaItemRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  dilemma: optionalText(4000).optional(),
  visibleConcern: optionalText(4000).optional(),
});
export type UpdateAgendaItemRequest = z.infer<typeof updateAgendaItemRequestSchema>;

/** The head of an agenda item as saved, returned by its edits (and as `current` on a conflict). */
export const agendaItemHeadSchema = z.object({
  id: idSchema,
  dilemma: z.string(),
  visibleConcern: z.string(),
  updatedAt: instantSchema,
  updatedBy: staffRefSchema.nullable(),
  version: z.number(),
});

/**
 * How the team's understanding of the family grew: every discussion in date order, and every
 * hypothesis and experiment with its history, for a worker taking over the family.
 */
export const systemicViewSchema = z.object({
  family: familyRefSchema,
  people: z.array(familyPersonSchema),
  discussions: z.array(discussionSchema),
  hypotheses: z.array(hypothesisSchema),
  experiments: z.array(experimentSchema),
});
export type SystemicView = z.infer<typeof systemicViewSchema>;

// The timeline: the team's significant events and the record's own.
export const teamTimelineKindSchema = z.enum([
  'move',
  'loss',
  'illness',
  'service_started',
  'service_ended',
  'other',
]);
export const recordTimelineKindSchema = z.enum([
  'case_opened',
  'notification',
  'assessment_started',
  'assessment_concluded',
  'client_relationship_started',
  'client_plan_agreed',
  'client_plan_reviewed',
  'team_discussion',
]);

export const timelineEventSchema = z.object({
  /** The event's id: a timeline event's own, or the record row it comes from. */
  id: idSchema,
  /** team: entered on the timeline and editable; record: from the client record. */
  source: z.enum(['team', 'record']),
  kind: z.union([teamTimelineKindSchema, recordTimelineKindSchema]),
  date: localDateSchema,
  datePrecision: z.enum(['day', 'month', 'year']),
  /** Written by the team; empty for the record's events, which the UI names by kind. */
  title: z.string(),
  /** The team's description; for record events a short fact (the dilemma, the notifier…). */
  description: z.string(),
  childIds: z.array(idSchema),
  version: z.number().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineSchema = z.object({
  family: familyRefSchema,
  events: z.array(timelineEventSchema),
});

export const addTimelineEventRequestSchema = z.strictObject({
  occurredOn: localDateSchema,
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  kind: teamTimelineKindSchema,
  title: text(200),
  description: optionalText(4000).default(''),
});
export type AddTimelineEventRequest = z.infer<typeof addTimelineEventRequestSchema>;

export const updateTimelineEventRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  occurredOn: localDateSchema.optional(),
  datePrecision: z.enum(['day', 'month', 'year']).optional(),
  kind: teamTimelineKindSchema.optional(),
  title: text(200).optional(),
  description: optionalText(4000).optional(),
});
export type UpdateTimelineEventRequest = z.infer<typeof updateTimelineEventRequestSchema>;
