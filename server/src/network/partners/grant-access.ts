import {
  addYears,
  type GrantPartnerAccessRequest,
  helsinkiDateOf,
  type PartnerGrant,
  parseLocalDate,
} from '@lumo/domain';
import { sql } from 'kysely';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { endOfDay, grantStatus } from '../access';
import { partnerGrantRows, toPartnerGrants } from './grants';

/**
 * The responsible worker invites a partner professional into the child's case: the sections she may
 * see, until a day, for a purpose, on a provision of law or on a consent that covers exactly this
 * (the partner's organisation, these sections, at least this long). One live invitation per partner:
 * changing it means revoking it and inviting again, so that each disclosure decision is its own record.
 */
export function grantPartnerAccess(
  ctx: Ctx,
  childId: string,
  input: GrantPartnerAccessRequest,
): Promise<PartnerGrant> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'partnerAccess:grant');
    const now = ctx.clock.now();
    const today = helsinkiDateOf(now);
    if (input.validUntil < today || input.validUntil > addYears(today, 1))
      throw new AppError('access_period_invalid', [{ path: 'body.validUntil', code: 'invalid_value' }]);
    const partner = await tx
      .selectFrom('staff_user')
      .select(['id', 'organisation_id', 'roles', 'active'])
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!partner?.active || !partner.roles.includes('partner')) throw new AppError('not_a_partner');
    const existing = await partnerGrantRows(tx, childId);
    if (existing.some((g) => g.userId === partner.id && grantStatus(g, now) === 'active'))
      throw new AppError('partner_access_exists');

    const basis = input.basis;
    if (basis.kind === 'consent') {
      const consent = await tx
        .selectFrom('consent')
        .selectAll()
        .where('id', '=', basis.consentId)
        .where('child_id', '=', childId)
        .executeTakeFirst();
      if (!consent)
        throw new AppError('validation_failed', [
          { path: 'body.basis.consentId', code: 'unknown_reference' },
        ]);
      const covers =
        consent.withdrawal_recorded_at === null &&
        consent.organisation_id === partner.organisation_id &&
        input.sections.every((s) => consent.scopes.includes(s)) &&
        input.validUntil <= consent.valid_until &&
        consent.given_on <= today;
      if (!covers) throw new AppError('consent_does_not_cover');
    }

    const id = newId();
    await sql`SELECT lumo_grant_partner_access(${id}, ${partner.id}, ${childId}, ${input.sections}::text[],
      ${endOfDay(parseLocalDate(input.validUntil))}, ${basis.kind}, ${basis.kind === 'statutory' ? basis.provision : null},
      ${basis.kind === 'statutory' ? (basis.provisionDetail ?? '') : null},
      ${basis.kind === 'consent' ? basis.consentId : null}, ${input.purpose})`.execute(tx);
    await appendAudit(tx, ctx, {
      action: 'partnerAccess:grant',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: {
        grantId: id,
        partnerId: partner.id,
        organisationId: partner.organisation_id,
        sections: input.sections,
        validUntil: input.validUntil,
        legalBasis: basis.kind,
        ...(basis.kind === 'statutory' ? { provision: basis.provision } : { consentId: basis.consentId }),
      },
    });
    const [grant] = await toPartnerGrants(
      tx,
      ctx,
      (await partnerGrantRows(tx, childId)).filter((g) => g.id === id),
    );
    return grant!;
  });
}
