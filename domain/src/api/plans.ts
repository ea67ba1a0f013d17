import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';

const text = (max: number) => z.string().trim().max(max);

export const planServiceSchema = z.strictObject({
  service: text(500).min(1),
  provider: text(500),
  /** When or how often, e.g. "weekly from 1.3." */
  timing: text(500),
});

export const planGoalSchema = z.strictObject({
  goal: text(2000).min(1),
  /** The estimated time to reach it (LSL §30). */
  estimatedTime: text(200),
});

export const planParticipantSchema = z.strictObject({ name: text(200).min(1), role: text(200) });

const planFields = {
  circumstancesToChange: text(20_000),
  supportNeeded: text(20_000),
  services: z.array(planServiceSchema).max(100),
  goals: z.array(planGoalSchema).max(100),
  childViews: text(20_000),
  guardianViews: text(20_000),
  dissentingViews: text(20_000),
  participants: z.array(planParticipantSchema).max(100),
  /** A review earlier than the yearly minimum, when the plan itself sets one. */
  requestedReviewDate: localDateSchema.nullable(),
};

export const updateClientPlanRequestSchema = z
  .strictObject(planFields)
  .partial()
  .extend({ version: z.number().int().positive() });
export type UpdateClientPlanRequest = z.infer<typeof updateClientPlanRequestSchema>;

export const agreeClientPlanRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  /** The day the plan was agreed with the family; today by default. */
  planDate: localDateSchema.optional(),
});

export const clientPlanSchema = z.object({
  id: idSchema,
  childId: idSchema,
  caseId: idSchema,
  planNo: z.number(),
  status: z.enum(['draft', 'agreed']),
  circumstancesToChange: z.string(),
  supportNeeded: z.string(),
  services: z.array(z.object({ service: z.string(), provider: z.string(), timing: z.string() })),
  goals: z.array(z.object({ goal: z.string(), estimatedTime: z.string() })),
  childViews: z.string(),
  guardianViews: z.string(),
  dissentingViews: z.string(),
  participants: z.array(z.object({ name: z.string(), role: z.string() })),
  requestedReviewDate: localDateSchema.nullable(),
  planDate: localDateSchema.nullable(),
  /** The next review: a year from the plan date at the latest, earlier when the plan set so (§30). */
  reviewDue: localDateSchema.nullable(),
  agreedAt: instantSchema.nullable(),
  agreedBy: staffRefSchema.nullable(),
  basedOnId: idSchema.nullable(),
  version: z.number(),
  updatedBy: staffRefSchema,
  updatedAt: instantSchema,
  can: z.array(z.string()),
});
export type ClientPlan = z.infer<typeof clientPlanSchema>;

export const clientPlanListSchema = z.object({
  plans: z.array(
    z.object({
      id: idSchema,
      planNo: z.number(),
      status: z.enum(['draft', 'agreed']),
      planDate: localDateSchema.nullable(),
      reviewDue: localDateSchema.nullable(),
      updatedAt: instantSchema,
    }),
  ),
  can: z.array(z.string()),
});
