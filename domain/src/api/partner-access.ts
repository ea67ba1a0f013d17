import { z } from 'zod';
import { partnerSections } from '../access/roles';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';

/**
 * Partner professionals' access to a child's case, the guardian's consent that can ground it, and the
 * disclosure log (luovutusloki, Act 703/2023 §10) that answers "to whom was my child's data given, and
 * why" (§11).
 */
export const partnerSectionSchema = z.enum(partnerSections);

/** What a consent can cover: the sections a partner can be given, and an identifying consultation. */
export const consentScopes = [...partnerSections, 'consultation'] as const;
export const consentScopeSchema = z.enum(consentScopes);
export type ConsentScope = (typeof consentScopes)[number];

/**
 * The provisions of law Lumo offers as the basis of a disclosure without consent (readings in
 * docs/agency-network.md); `other` names a provision in words.
 * - shl_41: Social Welfare Act §41 — multi-agency cooperation in assessing a client's needs
 * - lsl_25: Child Welfare Act §25 — a professional under the duty to notify, taking part in the assessment
 * - lsl_41: Child Welfare Act §41 — information child protection obtains despite secrecy, for the assessment
 * - police_lasta: Child Welfare Act §25(3) and the police's duties — suspected offence against the child (LASTA)
 */
export const statutoryProvisions = ['shl_41', 'lsl_25', 'lsl_41', 'police_lasta', 'other'] as const;
export const statutoryProvisionSchema = z.enum(statutoryProvisions);

export const legalBasisInputSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('statutory'),
      provision: statutoryProvisionSchema,
      /** The provision in words; required for `other`, a precision otherwise. */
      provisionDetail: z.string().trim().max(500).optional(),
    })
    .refine((b) => b.provision !== 'other' || (b.provisionDetail ?? '').length >= 3, {
      message: 'name the provision',
      path: ['provisionDetail'],
    }),
  z.strictObject({ kind: z.literal('consent'), consentId: idSchema }),
]);
export type LegalBasisInput = z.infer<typeof legalBasisInputSchema>;

export const legalBasisSchema = z.object({
  kind: z.enum(['statutory', 'consent']),
  provision: statutoryProvisionSchema.nullable(),
  provisionDetail: z.string(),
  consentId: idSchema.nullable(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

const organisationRef = z.object({ id: idSchema, name: z.object({ fi: z.string(), sv: z.string() }) });

export const partnerRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  title: z.string(),
  organisation: organisationRef,
});
export type PartnerRef = z.infer<typeof partnerRefSchema>;

const uniqueSections = z
  .array(partnerSectionSchema)
  .min(1)
  .max(partnerSections.length)
  .refine((s) => new Set(s).size === s.length, { message: 'each section once' });

export const grantPartnerAccessRequestSchema = z.strictObject({
  /** The partner professional's account. */
  userId: idSchema,
  sections: uniqueSections,
  /** The last day of access (Finnish date), at most a year ahead; access ends when the day ends. */
  validUntil: localDateSchema,
  /** Why she is given the data: the task it is needed for. */
  purpose: z.string().trim().min(3).max(1000),
  basis: legalBasisInputSchema,
});
export type GrantPartnerAccessRequest = z.infer<typeof grantPartnerAccessRequestSchema>;

export const partnerGrantStatusSchema = z.enum(['active', 'expired', 'revoked', 'consent_withdrawn']);

export const partnerGrantSchema = z.object({
  id: idSchema,
  childId: idSchema,
  partner: partnerRefSchema,
  sections: z.array(partnerSectionSchema),
  validFrom: instantSchema,
  validUntil: localDateSchema,
  status: partnerGrantStatusSchema,
  purpose: z.string(),
  basis: legalBasisSchema,
  grantedBy: staffRefSchema.nullable(),
  revokedAt: instantSchema.nullable(),
  revokedBy: staffRefSchema.nullable(),
  revokedReason: z.string().nullable(),
});
export type PartnerGrant = z.infer<typeof partnerGrantSchema>;

export const partnerGrantListSchema = z.object({
  grants: z.array(partnerGrantSchema),
  can: z.array(z.string()),
});

export const revokePartnerAccessRequestSchema = z.strictObject({
  reason: z.string().trim().max(1000).optional(),
});

export const partnerProfessionalQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  organisationId: idSchema.optional(),
});
export const partnerProfessionalListSchema = z.object({
  partners: z.array(partnerRefSchema.extend({ region: z.string().nullable() })),
  more: z.boolean(),
});

export const consentGiverRoleSchema = z.enum(['guardian', 'child']);
export const consentMethodSchema = z.enum(['written', 'electronic', 'oral']);

export const recordConsentRequestSchema = z.strictObject({
  /** A guardian of the child, or the child herself (12 or older). */
  givenByPersonId: idSchema,
  giverRole: consentGiverRoleSchema,
  givenOn: localDateSchema,
  method: consentMethodSchema,
  /** The organisation the data may be disclosed to. */
  organisationId: idSchema,
  scopes: z
    .array(consentScopeSchema)
    .min(1)
    .max(consentScopes.length)
    .refine((s) => new Set(s).size === s.length, { message: 'each scope once' }),
  purpose: z.string().trim().min(3).max(1000),
  /** The last day the consent is valid (Finnish date). */
  validUntil: localDateSchema,
  notes: z.string().trim().max(2000).optional(),
});
export type RecordConsentRequest = z.infer<typeof recordConsentRequestSchema>;

export const withdrawConsentRequestSchema = z.strictObject({
  /** The day the giver withdrew it, as she told us; it ends the access it grounded when recorded. */
  withdrawnOn: localDateSchema,
  note: z.string().trim().max(2000).optional(),
});

export const consentSchema = z.object({
  id: idSchema,
  childId: idSchema,
  givenBy: z.object({ personId: idSchema, name: z.string(), role: consentGiverRoleSchema }),
  givenOn: localDateSchema,
  method: consentMethodSchema,
  organisation: organisationRef,
  scopes: z.array(consentScopeSchema),
  purpose: z.string(),
  validUntil: localDateSchema,
  notes: z.string(),
  status: z.enum(['valid', 'expired', 'withdrawn']),
  recordedBy: staffRefSchema,
  recordedAt: instantSchema,
  withdrawal: z
    .object({
      withdrawnOn: localDateSchema,
      recordedAt: instantSchema,
      recordedBy: staffRefSchema,
      note: z.string(),
    })
    .nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentListSchema = z.object({
  consents: z.array(consentSchema),
  /** The child and her guardians, who can give consent (the child from 12 years). */
  givers: z.array(z.object({ personId: idSchema, name: z.string(), role: consentGiverRoleSchema })),
  can: z.array(z.string()),
});

/** One disclosure: what, to whom, when, why, on what basis (Act 703/2023 §10). */
export const disclosureLogSchema = z.object({
  entries: z.array(
    z.object({
      id: idSchema,
      occurredAt: instantSchema,
      recipient: z.object({ id: idSchema, name: z.string(), organisation: organisationRef }),
      data: consentScopeSchema,
      /** What exactly: the network map's version, the plan, the consultation. */
      dataRef: idSchema.nullable(),
      purpose: z.string(),
      basis: legalBasisSchema,
      /** The worker who decided the disclosure (who granted the access or sent the consultation). */
      decidedBy: staffRefSchema.nullable(),
    }),
  ),
});
export type DisclosureLog = z.infer<typeof disclosureLogSchema>;
