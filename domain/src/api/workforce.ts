import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema } from './common';

export const assignWorkerRequestSchema = z.strictObject({ workerId: idSchema });

export const assignmentSchema = z.object({
  caseId: idSchema,
  responsibleWorker: staffRefSchema,
  /** The worker's child clients after the assignment (LSL §13b: at most 30 without an exception). */
  clientCount: z.number(),
  overrideUsed: z.boolean(),
});

export const caseloadOverrideRequestSchema = z.strictObject({
  workerId: idSchema,
  reason: z.string().trim().min(10).max(2000),
});

export const caseloadOverrideSchema = z.object({
  id: idSchema,
  worker: staffRefSchema,
  reason: z.string(),
  grantedBy: staffRefSchema,
  grantedAt: instantSchema,
  consumedAt: instantSchema.nullable(),
});

export const caseloadsSchema = z.object({
  limit: z.number(),
  teams: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      lead: staffRefSchema.nullable(),
      members: z.array(
        z.object({
          user: staffRefSchema,
          teamRole: z.string(),
          clientCount: z.number(),
          /** At the limit: the next assignment needs an exception. */
          atLimit: z.boolean(),
          overLimit: z.boolean(),
          openOverride: caseloadOverrideSchema.nullable(),
        }),
      ),
      /** Every exception granted for the team in the last year, with its reason. */
      overrides: z.array(caseloadOverrideSchema),
      can: z.array(z.string()),
    }),
  ),
});
export type Caseloads = z.infer<typeof caseloadsSchema>;
