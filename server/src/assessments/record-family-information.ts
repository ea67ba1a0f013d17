import { type Assessment, type familyInformationRequestSchema, helsinkiDateOf } from '@lumo/domain';
import type { z } from 'zod';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { newId } from '../platform/ids';
import { findAssessment, toAssessmentJson } from './queries';

type Input = z.output<typeof familyInformationRequestSchema>;

/**
 * Records when and how the child or a guardian was told of the notification or of the outcome. Once the
 * child and every guardian have been told of the notification (or it is recorded why the child was
 * not), the deadline of 7 working days is met on the day the last of them was told.
 */
export function recordFamilyInformation(ctx: Ctx, id: string, input: Input): Promise<Assessment> {
  const today = helsinkiDateOf(ctx.clock.now());
  if (input.informedOn && input.informedOn > today)
    throw new AppError('validation_failed', [{ path: 'body.informedOn', code: 'invalid_value' }]);
  return runChildCommand(ctx, async (tx) => {
    const row = await findAssessment(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'assessment:contribute');
    const guardians = await tx
      .selectFrom('family_link')
      .select('person_id')
      .where('child_id', '=', row.child_id)
      .where('is_guardian', '=', true)
      .execute();
    const toInform = [row.child_id, ...guardians.map((g) => g.person_id)];
    if (!toInform.includes(input.personId))
      throw new AppError('validation_failed', [{ path: 'body.personId', code: 'invalid_value' }]);
    if (
      input.method === 'not_informed' &&
      input.personId !== row.child_id &&
      input.subject === 'notification'
    )
      throw new AppError('validation_failed', [{ path: 'body.method', code: 'invalid_value' }]);
    await tx
      .insertInto('family_information')
      .values({
        id: newId(),
        assessment_id: id,
        child_id: row.child_id,
        subject: input.subject,
        person_id: input.personId,
        informed_on: input.method === 'not_informed' ? null : (input.informedOn ?? today),
        method: input.method,
        not_informed_reason: input.method === 'not_informed' ? (input.notInformedReason ?? null) : null,
        notes: input.notes ?? '',
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      })
      .execute();
    if (input.subject === 'notification' && !row.family_informed_on) {
      const told = await tx
        .selectFrom('family_information')
        .select(['person_id', 'informed_on', 'recorded_at'])
        .where('assessment_id', '=', id)
        .where('subject', '=', 'notification')
        .execute();
      const toldIds = new Set(told.map((t) => t.person_id));
      if (toInform.every((p) => toldIds.has(p))) {
        const last = told
          .map((t) => t.informed_on ?? helsinkiDateOf(t.recorded_at))
          .sort()
          .at(-1);
        await tx
          .updateTable('assessment')
          .set({ family_informed_on: last ?? null, version: row.version + 1, updated_at: ctx.clock.now() })
          .where('id', '=', id)
          .execute();
      }
    }
    await appendAudit(tx, ctx, {
      action: 'assessment:informFamily',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { assessmentId: id, subject: input.subject, personId: input.personId, method: input.method },
    });
    return toAssessmentJson(tx, ctx, await findAssessment(tx, id), access.can);
  });
}
