import type { PartnerGrant } from '@lumo/domain';
import { sql } from 'kysely';
import { staffNames } from '../../children/queries';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { grantStatus, lastDayBefore, type PartnerGrantRow, toGrantRow } from '../access';
import { partnerRefs, unknownPartner } from '../queries';

/**
 * Every partner relationship to the child, live and ended, for her own workers: a security-definer
 * function reads them, as the app role sees only its own relationships.
 */
export async function partnerGrantRows(tx: Tx, childId: string): Promise<PartnerGrantRow[]> {
  const { rows } = await sql<Parameters<typeof toGrantRow>[0]>`
    SELECT id, user_id, child_id, sections, valid_from, valid_to, purpose, legal_basis, provision,
      provision_detail, consent_id, granted_by, revoked_at, revoked_by, revocation, revoked_reason
    FROM lumo_child_partner_grants(${childId})
    ORDER BY valid_from DESC, id DESC`.execute(tx);
  return rows.map(toGrantRow);
}

export async function toPartnerGrants(tx: Tx, ctx: Ctx, rows: PartnerGrantRow[]): Promise<PartnerGrant[]> {
  const [partners, staff] = await Promise.all([
    partnerRefs(
      tx,
      rows.map((r) => r.userId),
    ),
    staffNames(
      tx,
      rows.flatMap((r) => [r.grantedBy, r.revokedBy]).filter((id): id is string => id !== null),
    ),
  ]);
  const now = ctx.clock.now();
  return rows.map((r) => ({
    id: r.id,
    childId: r.childId,
    partner: partners.get(r.userId) ?? unknownPartner(r.userId),
    sections: r.sections,
    validFrom: r.validFrom.toISOString(),
    validUntil: lastDayBefore(r.validTo),
    status: grantStatus(r, now),
    purpose: r.purpose,
    basis: r.basis,
    grantedBy: (r.grantedBy && staff.get(r.grantedBy)) || null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokedBy: (r.revokedBy && staff.get(r.revokedBy)) || null,
    revokedReason: r.revokedReason,
  }));
}
