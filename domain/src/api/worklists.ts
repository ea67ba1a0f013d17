import { z } from 'zod';
import { deadlineKinds, worklistGroups } from '../statutory/intake';
import { assessmentStatusSchema } from './assessments';
import { staffRefSchema } from './children';
import { idSchema, localDateSchema } from './common';

export const deadlineItemSchema = z.object({
  kind: z.enum(deadlineKinds),
  /** The notification, assessment or client plan the deadline belongs to. */
  sourceId: idSchema,
  child: z.object({ id: idSchema, name: z.string(), birthDate: localDateSchema.nullable() }),
  caseId: idSchema,
  phase: z.enum(['intake', 'assessment', 'client']),
  responsibleWorker: staffRefSchema.nullable(),
  /** Null for a first client plan, for which the law sets no date. */
  due: localDateSchema.nullable(),
  daysLeft: z.number().nullable(),
  group: z.enum(worklistGroups),
  urgent: z.boolean(),
});
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;

/** How many of the later group a worklist shows before the user asks for all of them. */
export const worklistLaterShown = 5;

export const worklistQuerySchema = z.strictObject({
  scope: z.enum(['mine', 'team']).default('mine'),
  /** At most this many of the later group, soonest first. Omitted: all of them. */
  later: z.coerce.number().int().min(0).max(10_000).optional(),
});
export type WorklistQuery = z.infer<typeof worklistQuerySchema>;

export const deadlineWorklistSchema = z.object({
  today: localDateSchema,
  items: z.array(deadlineItemSchema),
  /** How many open deadlines each group holds, those not sent (see `later`) included. */
  counts: z.record(z.enum(worklistGroups), z.number().int().nonnegative()),
});
export type DeadlineWorklist = z.infer<typeof deadlineWorklistSchema>;

export const childClockSchema = z.object({
  childId: idSchema,
  today: localDateSchema,
  expectedBirthDate: localDateSchema.nullable(),
  case: z
    .object({
      id: idSchema,
      status: z.enum(['open', 'closed']),
      phase: z.enum(['intake', 'assessment', 'client']),
      clientSince: localDateSchema.nullable(),
      responsibleWorker: staffRefSchema.nullable(),
      team: z.object({ id: idSchema, name: z.string() }).nullable(),
    })
    .nullable(),
  notifications: z.array(
    z.object({
      id: idSchema,
      kind: z.string(),
      receivedAt: z.string(),
      pendingDate: localDateSchema.nullable(),
      notifierCategory: z.string(),
      urgent: z.boolean().nullable(),
      assessmentId: idSchema.nullable(),
    }),
  ),
  assessments: z.array(
    z.object({
      id: idSchema,
      status: assessmentStatusSchema,
      pendingDate: localDateSchema,
      startDue: localDateSchema,
      completeDue: localDateSchema,
      familyInformedDue: localDateSchema,
      concludedOn: localDateSchema.nullable(),
      conclusion: z.enum(['client', 'not_client']).nullable(),
    }),
  ),
  clientPlan: z.object({
    current: z
      .object({ id: idSchema, planNo: z.number(), planDate: localDateSchema, reviewDue: localDateSchema })
      .nullable(),
    draftId: idSchema.nullable(),
  }),
  /** The child's open deadlines, most pressing first, as in the worklist. */
  deadlines: z.array(deadlineItemSchema),
  can: z.array(z.string()),
});
export type ChildClock = z.infer<typeof childClockSchema>;
