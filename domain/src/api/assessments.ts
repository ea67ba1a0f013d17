import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';

const text = (max: number) => z.string().trim().max(max);

export const assessmentStatusSchema = z.enum([
  'awaiting_start',
  'in_progress',
  'concluded',
  'not_started',
  'within_client_work',
]);

export const participantSchema = z.strictObject({
  name: text(200).min(1),
  role: text(200),
});

/** A meeting with the child in person (LSL §29), or the reason she was not met. */
export const childMeetingSchema = z
  .strictObject({
    metInPerson: z.boolean(),
    date: localDateSchema.nullable(),
    metAlone: z.boolean().nullable(),
    place: text(200),
    notMetReason: text(2000),
    notes: text(5000),
  })
  .refine((m) => (m.metInPerson ? m.date !== null && m.metAlone !== null : m.notMetReason.length > 0), {
    message: 'a meeting needs its date and whether the child was met alone; otherwise a reason',
  });

export const startDecisionSchema = z.enum(['start', 'unnecessary', 'within_client_work']);

export const startDecisionRequestSchema = z.strictObject({
  decision: startDecisionSchema,
  /** Required unless the assessment starts: why it is obviously unnecessary, or how client work handles it. */
  reason: text(5000).optional(),
});

export const updateAssessmentRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  participants: z.array(participantSchema).max(100).optional(),
  childMeetings: z.array(childMeetingSchema).max(200).optional(),
  /** The child's views (LSL §20) and the method used to find them out. */
  childViews: text(20_000).optional(),
  childViewsMethod: text(2000).optional(),
  guardianViews: text(20_000).optional(),
  workingNotes: text(50_000).optional(),
});

export const conclusionRequestSchema = z.strictObject({
  outcome: z.enum(['client', 'not_client']),
  reasons: text(20_000).min(1),
  /** E.g. services under the Social Welfare Act instead of child protection. */
  servicesInstead: text(5000).optional(),
});

export const informMethodSchema = z.enum([
  'in_person',
  'phone',
  'letter',
  'e_service',
  'video',
  'other',
  'not_informed',
]);

/** When and how the child or a guardian was told of the notification or of the outcome. */
export const familyInformationRequestSchema = z
  .strictObject({
    subject: z.enum(['notification', 'outcome']),
    personId: idSchema,
    method: informMethodSchema,
    informedOn: localDateSchema.optional(),
    notInformedReason: text(2000).optional(),
    notes: text(5000).optional(),
  })
  .refine((r) => (r.method === 'not_informed' ? !!r.notInformedReason : !!r.informedOn), {
    message: 'a date when informed, or a reason why not',
  });

export const familyInformationSchema = z.object({
  id: idSchema,
  subject: z.enum(['notification', 'outcome']),
  person: z.object({ id: idSchema, name: z.string(), role: z.enum(['child', 'guardian', 'other']) }),
  method: informMethodSchema,
  informedOn: localDateSchema.nullable(),
  notInformedReason: z.string().nullable(),
  notes: z.string(),
  recordedBy: staffRefSchema,
  recordedAt: instantSchema,
});

export const deadlineSchema = z.object({
  due: localDateSchema,
  daysLeft: z.number(),
  bucket: z.enum(['overdue', 'today', 'thisWeek', 'later']),
  /** Done on this date, or null while open. */
  doneOn: localDateSchema.nullable(),
});

export const assessmentSchema = z.object({
  id: idSchema,
  childId: idSchema,
  caseId: idSchema,
  status: assessmentStatusSchema,
  existingClient: z.boolean(),
  pendingDate: localDateSchema,
  startDue: deadlineSchema,
  familyInformedDue: deadlineSchema,
  completeDue: deadlineSchema,
  startDecision: z
    .object({
      decision: startDecisionSchema,
      decidedOn: localDateSchema,
      decidedBy: staffRefSchema,
      reason: z.string().nullable(),
    })
    .nullable(),
  participants: z.array(z.object({ name: z.string(), role: z.string() })),
  childMeetings: z.array(
    z.object({
      metInPerson: z.boolean(),
      date: localDateSchema.nullable(),
      metAlone: z.boolean().nullable(),
      place: z.string(),
      notMetReason: z.string(),
      notes: z.string(),
    }),
  ),
  childViews: z.string(),
  childViewsMethod: z.string(),
  guardianViews: z.string(),
  workingNotes: z.string(),
  conclusion: z
    .object({
      outcome: z.enum(['client', 'not_client']),
      reasons: z.string(),
      servicesInstead: z.string().nullable(),
      concludedOn: localDateSchema,
      concludedBy: staffRefSchema,
    })
    .nullable(),
  /** The child and each guardian, to be told of the notification and of the outcome. */
  family: z.array(z.object({ id: idSchema, name: z.string(), role: z.enum(['child', 'guardian']) })),
  familyInformation: z.array(familyInformationSchema),
  notifications: z.array(
    z.object({
      id: idSchema,
      receivedAt: instantSchema,
      notifierCategory: z.string(),
      kind: z.string(),
      urgent: z.boolean().nullable(),
    }),
  ),
  version: z.number(),
  can: z.array(z.string()),
});
export type Assessment = z.infer<typeof assessmentSchema>;
