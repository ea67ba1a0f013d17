import type { PartnerGrant } from '@lumo/domain';
import { sql } from 'kysely';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { grantStatus } from '../access';
import { partnerGrantRows, toPartnerGrants } from './grants';

/** The responsible worker ends a partner's access at once: her next request is refused. */
export function revokePartnerAccess(
  ctx: Ctx,
  childId: string,
  grantId: string,
  reason: string | undefined,
): Promise<PartnerGrant> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'partnerAccess:revoke');
    const grant = (await partnerGrantRows(tx, childId)).find((g) => g.id === grantId);
    if (!grant) throw new AppError('not_found');
    if (grantStatus(grant, ctx.clock.now()) !== 'active') throw new AppError('partner_access_ended');
    const { rows } = await sql<{ revoked: boolean }>`
      SELECT lumo_revoke_partner_access(${grantId}, ${reason ?? null}) AS revoked`.execute(tx);
    if (!rows[0]?.revoked) throw new AppError('partner_access_ended');
    await appendAudit(tx, ctx, {
      action: 'partnerAccess:revoke',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { grantId, partnerId: grant.userId },
    });
    const [revoked] = await toPartnerGrants(
      tx,
      ctx,
      (await partnerGrantRows(tx, childId)).filter((g) => g.id === grantId),
    );
    return revoked!;
  });
}
