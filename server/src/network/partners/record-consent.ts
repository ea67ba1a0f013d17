import {
  addYears,
  type Consent,
  helsinkiDateOf,
  parseLocalDate,
  type RecordConsentRequest,
} from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { consentGivers, findConsent, toConsents } from './consents';

/** The age from which a child gives consent about her own data herself (LSL §21: 12 years). */
const CHILD_CONSENT_AGE = 12;

/**
 * Records a consent as it was given: by a guardian of the child, or by the child herself when she is
 * 12 or older, for named data to one organisation, until a day (at most a year ahead).
 */
export function recordConsent(ctx: Ctx, childId: string, input: RecordConsentRequest): Promise<Consent> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'consent:record');
    const now = ctx.clock.now();
    const today = helsinkiDateOf(now);
    if (input.givenOn > today)
      throw new AppError('validation_failed', [{ path: 'body.givenOn', code: 'date_order' }]);
    if (input.validUntil < today || input.validUntil > addYears(today, 1))
      throw new AppError('access_period_invalid', [{ path: 'body.validUntil', code: 'invalid_value' }]);
    const { child, guardians } = await consentGivers(tx, childId);
    const lawfulGiver =
      input.giverRole === 'guardian'
        ? guardians.some((g) => g.id === input.givenByPersonId)
        : input.givenByPersonId === childId &&
          child?.birth_date != null &&
          addYears(parseLocalDate(child.birth_date), CHILD_CONSENT_AGE) <= input.givenOn;
    if (!lawfulGiver) throw new AppError('consent_giver_invalid');
    const organisation = await tx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', input.organisationId)
      .where('kind', '=', 'partner')
      .executeTakeFirst();
    if (!organisation)
      throw new AppError('validation_failed', [{ path: 'body.organisationId', code: 'unknown_reference' }]);

    const id = newId();
    await tx
      .insertInto('consent')
      .values({
        id,
        child_id: childId,
        given_by_person_id: input.givenByPersonId,
        giver_role: input.giverRole,
        given_on: input.givenOn,
        method: input.method,
        organisation_id: input.organisationId,
        scopes: input.scopes,
        purpose: input.purpose,
        valid_until: input.validUntil,
        notes: input.notes ?? '',
        recorded_by: ctx.actor.userId,
        recorded_at: now,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'consent:record',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { consentId: id, organisationId: input.organisationId, scopes: input.scopes },
    });
    const [consent] = await toConsents(tx, [await findConsent(tx, id)], today);
    return consent!;
  });
}
