import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';
import {
  contributionSchema,
  multiagencyPhaseSchema,
  multiagencySummarySchema,
  multiagencyTaskSchema,
  networkMeetingSchema,
} from './multiagency';
import { networkMapDocumentSchema } from './network-map';
import { legalBasisSchema, partnerSectionSchema } from './partner-access';

/**
 * The partner professional's own API: only the cases she was invited into, and in each only the
 * sections she was given, while her access lasts. Every answer carrying the child's data is a
 * disclosure and is written to the disclosure log.
 */
export const partnerChildFactsSchema = z.object({
  firstNames: z.string(),
  lastName: z.string(),
  birthDate: localDateSchema.nullable(),
  municipality: z.object({ fi: z.string(), sv: z.string() }).nullable(),
});

export const partnerCaseSchema = z.object({
  childId: idSchema,
  grantId: idSchema,
  /** The child's name and birth date, only with the basic facts section. */
  child: partnerChildFactsSchema.nullable(),
  /**
   * What the case is called without the basic facts: a short code of the invitation, the same every
   * time, that says nothing of the child.
   */
  label: z.string(),
  sections: z.array(partnerSectionSchema),
  validUntil: localDateSchema,
  purpose: z.string(),
  basis: legalBasisSchema,
  invitedBy: staffRefSchema.nullable(),
  invitedAt: instantSchema,
  can: z.array(z.string()),
});
export type PartnerCase = z.infer<typeof partnerCaseSchema>;

export const partnerCaseListSchema = z.object({ cases: z.array(partnerCaseSchema) });

export const partnerCaseDetailSchema = partnerCaseSchema.extend({
  /** With the assessment section: the multi-agency assessments she takes part in. */
  multiagencyAssessments: z.array(
    z.object({ id: idSchema, phase: multiagencyPhaseSchema, startedOn: localDateSchema }),
  ),
  /** With the network map section: whether a map has been drawn. */
  networkMapVersion: z.number().int().nullable(),
  /** With the client plan section: the current agreed plan, if any. */
  clientPlan: z.object({ id: idSchema, planDate: localDateSchema }).nullable(),
});
export type PartnerCaseDetail = z.infer<typeof partnerCaseDetailSchema>;

export const partnerNetworkMapSchema = z.object({
  childId: idSchema,
  version: z.number().int(),
  savedAt: instantSchema,
  document: networkMapDocumentSchema,
});
export type PartnerNetworkMap = z.infer<typeof partnerNetworkMapSchema>;

/** The agreed plan's goals and services: what a partner needs to do her part. */
export const partnerClientPlanSchema = z.object({
  id: idSchema,
  childId: idSchema,
  planNo: z.number().int(),
  planDate: localDateSchema,
  reviewDue: localDateSchema,
  circumstancesToChange: z.string(),
  supportNeeded: z.string(),
  services: z.array(z.object({ service: z.string(), provider: z.string(), timing: z.string() })),
  goals: z.array(z.object({ goal: z.string(), estimatedTime: z.string() })),
});
export type PartnerClientPlan = z.infer<typeof partnerClientPlanSchema>;

export const partnerMultiagencySchema = z.object({
  id: idSchema,
  childId: idSchema,
  phase: multiagencyPhaseSchema,
  startedOn: localDateSchema,
  /**
   * The tasks asked of the partners (owner `partners`) with their action cards' instructions: what
   * she is to do and by when. The team's own tasks and notes stay with the team.
   */
  tasks: z.array(multiagencyTaskSchema.omit({ doneBy: true })),
  myContribution: contributionSchema.nullable(),
  meetings: z.array(networkMeetingSchema),
  /** Only once the responsible worker has shared it with the partners. */
  summary: multiagencySummarySchema.pick({ text: true, sharedAt: true }).nullable(),
  can: z.array(z.string()),
});
export type PartnerMultiagency = z.infer<typeof partnerMultiagencySchema>;
