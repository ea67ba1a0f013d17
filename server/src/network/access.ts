import {
  addDays,
  allowedPartnerActions,
  type ConsentScope,
  helsinkiDateOf,
  helsinkiStartOfDay,
  type LegalBasis,
  type LocalDate,
  type PartnerAction,
  type PartnerSection,
} from '@lumo/domain';
import { requireRole } from '../platform/access';
import { appendAudit } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';
import { newId } from '../platform/ids';

/** The purpose of every use of a child's data by, or for, the network around her. */
export const MULTI_AGENCY_WORK = 'multi_agency_cooperation';

/** A partner relationship as the network area works with it. */
export interface PartnerGrantRow {
  id: string;
  userId: string;
  childId: string;
  sections: PartnerSection[];
  validFrom: Date;
  validTo: Date;
  purpose: string;
  basis: LegalBasis;
  grantedBy: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revocation: 'revoked' | 'consent_withdrawn' | null;
  revokedReason: string | null;
}

export const grantColumns = [
  'r.id',
  'r.user_id',
  'r.child_id',
  'r.sections',
  'r.valid_from',
  'r.valid_to',
  'r.purpose',
  'r.legal_basis',
  'r.provision',
  'r.provision_detail',
  'r.consent_id',
  'r.granted_by',
  'r.revoked_at',
  'r.revoked_by',
  'r.revocation',
  'r.revoked_reason',
] as const;

export function toGrantRow(r: {
  id: string;
  user_id: string;
  child_id: string;
  sections: string[] | null;
  valid_from: Date;
  valid_to: Date | null;
  purpose: string | null;
  legal_basis: 'statutory' | 'consent' | null;
  provision: string | null;
  provision_detail: string | null;
  consent_id: string | null;
  granted_by: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  revocation: 'revoked' | 'consent_withdrawn' | null;
  revoked_reason: string | null;
}): PartnerGrantRow {
  return {
    id: r.id,
    userId: r.user_id,
    childId: r.child_id,
    sections: (r.sections ?? []) as PartnerSection[],
    validFrom: r.valid_from,
    validTo: r.valid_to ?? r.valid_from,
    purpose: r.purpose ?? '',
    basis: {
      kind: r.legal_basis ?? 'statutory',
      provision: (r.provision as LegalBasis['provision']) ?? null,
      provisionDetail: r.provision_detail ?? '',
      consentId: r.consent_id,
    },
    grantedBy: r.granted_by,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revocation: r.revocation,
    revokedReason: r.revoked_reason,
  };
}

/** The instant access given "until" a Finnish day ends: the start of the next day in Helsinki. */
export const endOfDay = (day: LocalDate): Date => helsinkiStartOfDay(addDays(day, 1));
/** The Finnish day an access or consent ending at this instant was given until. */
export const lastDayBefore = (end: Date): LocalDate => helsinkiDateOf(new Date(end.getTime() - 1));

export function grantStatus(grant: PartnerGrantRow, now: Date) {
  if (grant.revocation === 'consent_withdrawn') return 'consent_withdrawn' as const;
  if (grant.revokedAt) return 'revoked' as const;
  return grant.validTo > now ? ('active' as const) : ('expired' as const);
}

/** The actor's live partner relationships (not revoked, within their days), to one child or all. */
export async function livePartnerGrants(tx: Tx, ctx: Ctx, childId?: string): Promise<PartnerGrantRow[]> {
  const now = ctx.clock.now();
  let query = tx
    .selectFrom('access_relationship as r')
    .select(grantColumns)
    .where('r.user_id', '=', ctx.actor.userId)
    .where('r.kind', '=', 'partner')
    .where('r.revoked_at', 'is', null)
    .where('r.valid_from', '<=', now)
    .where('r.valid_to', '>', now);
  if (childId) query = query.where('r.child_id', '=', childId);
  const rows = await query.orderBy('r.valid_from', 'desc').execute();
  return rows.map(toGrantRow);
}

/**
 * A partner's refused action: answered like a case that does not exist, and written to the child's
 * use log, so an invitation for other sections reveals nothing either.
 */
export class PartnerAccessDenied extends AppError {
  constructor(
    readonly childId: string,
    readonly action: PartnerAction | 'partnerPortal:use',
  ) {
    super('not_found');
  }
}

export interface PartnerAccess {
  grant: PartnerGrantRow;
  can: PartnerAction[];
}

/** The partner command's first step: a live partner relationship to the child whose sections allow the action. */
export async function requirePartnerAction(
  tx: Tx,
  ctx: Ctx,
  childId: string,
  action: PartnerAction,
): Promise<PartnerAccess> {
  const [grant] = await livePartnerGrants(tx, ctx, childId);
  const can = grant ? allowedPartnerActions(grant.sections) : [];
  if (!grant || !can.includes(action)) throw new PartnerAccessDenied(childId, action);
  return { grant, can };
}

/** Runs a partner's command; a refusal goes to the child's use log in a transaction of its own. */
export async function runPartnerCommand<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  requireRole(ctx, 'partnerPortal:use');
  try {
    return await asActor(ctx, fn);
  } catch (error) {
    if (error instanceof PartnerAccessDenied) {
      await asActor(ctx, (tx) =>
        appendAudit(tx, ctx, {
          action: error.action,
          childIds: [error.childId],
          outcome: 'denied',
          purpose: MULTI_AGENCY_WORK,
        }),
      );
    }
    throw error;
  }
}

export interface Disclosure {
  data: ConsentScope;
  /** What exactly was shown: the map's version, the plan, the assessment. */
  dataRef: string | null;
}

/**
 * Records that the child's data was shown to the partner on her relationship's basis: a row of the
 * disclosure log for each kind of data, and the use-log row of the request, which carries the same
 * facts into the hash chain. In the command's transaction, like every use.
 */
export async function logPartnerDisclosure(
  tx: Tx,
  ctx: Ctx,
  grant: PartnerGrantRow,
  action: PartnerAction,
  disclosures: Disclosure[],
  details: Record<string, unknown> = {},
): Promise<void> {
  const now = ctx.clock.now();
  if (disclosures.length > 0) {
    await tx
      .insertInto('disclosure_event')
      .values(
        disclosures.map((d) => ({
          id: newId(),
          occurred_at: now,
          child_id: grant.childId,
          recipient_user_id: ctx.actor.userId,
          recipient_name: ctx.actor.name,
          recipient_organisation_id: ctx.actor.organisationId,
          data: d.data,
          data_ref: d.dataRef,
          purpose: grant.purpose,
          legal_basis: grant.basis.kind,
          provision: grant.basis.provision,
          provision_detail: grant.basis.provisionDetail,
          consent_id: grant.basis.consentId,
          relationship_id: grant.id,
          decided_by: grant.grantedBy,
          request_id: ctx.requestId,
        })),
      )
      .execute();
  }
  await appendAudit(tx, ctx, {
    action,
    childIds: [grant.childId],
    basis: 'relationship:partner',
    purpose: MULTI_AGENCY_WORK,
    details: {
      ...details,
      relationshipId: grant.id,
      ...(disclosures.length > 0
        ? {
            disclosed: disclosures,
            legalBasis: grant.basis.kind,
            provision: grant.basis.provision,
            consentId: grant.basis.consentId,
          }
        : {}),
    },
  });
}
