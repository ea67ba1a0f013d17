import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { partnerGrantRows, toPartnerGrants } from './grants';

/** Who of the network has been given what of the child's case, on what basis, until when. */
export function listPartnerGrants(ctx: Ctx, childId: string) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'partnerAccess:read');
    const grants = await toPartnerGrants(tx, ctx, await partnerGrantRows(tx, childId));
    await appendAudit(tx, ctx, {
      action: 'partnerAccess:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    return { grants, can: access.can };
  });
}
