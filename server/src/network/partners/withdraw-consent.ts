import { type Consent, helsinkiDateOf } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { findConsent, toConsents } from './consents';

/**
 * Records that the giver withdrew her consent. Every partner access it grounded ends in the same
 * transaction (the database's trigger on `consent`), so the partner's next request is refused.
 */
export function withdrawConsent(
  ctx: Ctx,
  consentId: string,
  input: { withdrawnOn: string; note?: string | undefined },
): Promise<Consent> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findConsent(tx, consentId);
    const access = await requireChildAction(tx, ctx, row.child_id, 'consent:record');
    const now = ctx.clock.now();
    const today = helsinkiDateOf(now);
    if (row.withdrawal_recorded_at) throw new AppError('consent_withdrawn');
    if (input.withdrawnOn > today || input.withdrawnOn < row.given_on)
      throw new AppError('validation_failed', [{ path: 'body.withdrawnOn', code: 'date_order' }]);
    const updated = await tx
      .updateTable('consent')
      .set({
        withdrawn_on: input.withdrawnOn,
        withdrawal_recorded_at: now,
        withdrawal_recorded_by: ctx.actor.userId,
        withdrawal_note: input.note ?? '',
        version: row.version + 1,
      })
      .where('id', '=', consentId)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict');
    await appendAudit(tx, ctx, {
      action: 'consent:withdraw',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { consentId, withdrawnOn: input.withdrawnOn },
    });
    const [consent] = await toConsents(tx, [await findConsent(tx, consentId)], today);
    return consent!;
  });
}
