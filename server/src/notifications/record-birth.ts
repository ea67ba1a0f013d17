import { helsinkiDateOf, parseHetu, parseLocalDate, type recordBirthRequestSchema } from '@lumo/domain';
import type { z } from 'zod';
import { openAssessment } from '../assessments/open-assessment';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';

type Input = z.output<typeof recordBirthRequestSchema>;

/**
 * Records the birth of a child expected in a pre-birth notification (LSL §25c): the matter becomes
 * pending on the day of birth, and only now do the assessment's deadlines exist.
 */
export function recordBirth(ctx: Ctx, childId: string, input: Input) {
  const birthDate = parseLocalDate(input.birthDate);
  if (birthDate > helsinkiDateOf(ctx.clock.now()))
    throw new AppError('validation_failed', [{ path: 'body.birthDate', code: 'invalid_value' }]);
  let sex = input.sex;
  if (input.hetu) {
    const parsed = parseHetu(input.hetu);
    if (!parsed.ok) throw new AppError('invalid_hetu', [{ path: 'body.hetu', code: 'invalid_format' }]);
    if (parsed.birthDate !== birthDate)
      throw new AppError('validation_failed', [{ path: 'body.birthDate', code: 'invalid_value' }]);
    sex ??= parsed.sex;
  }
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'child:recordBirth');
    const child = await tx
      .selectFrom('person')
      .select(['birth_date', 'expected_birth_date', 'version'])
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    const c = await tx
      .selectFrom('child_case')
      .select(['id', 'phase'])
      .where('child_id', '=', childId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (child.birth_date || !child.expected_birth_date || !c) throw new AppError('not_expected_child');
    await tx
      .updateTable('person')
      .set({
        birth_date: birthDate,
        hetu: input.hetu ?? null,
        ...(input.firstNames ? { first_names: input.firstNames } : {}),
        ...(sex ? { sex } : {}),
        version: child.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', childId)
      .execute();
    const assessmentId = await openAssessment(tx, ctx, {
      childId,
      caseId: c.id,
      pendingDate: birthDate,
      existingClient: c.phase === 'client',
    });
    await tx
      .updateTable('notification')
      .set({ pending_date: birthDate, assessment_id: assessmentId })
      .where('child_id', '=', childId)
      .where('pending_date', 'is', null)
      .execute();
    const a = await tx
      .selectFrom('assessment')
      .select(['start_due', 'complete_due', 'family_informed_due'])
      .where('id', '=', assessmentId)
      .executeTakeFirstOrThrow();
    await appendAudit(tx, ctx, {
      action: 'child:recordBirth',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { assessmentId },
    });
    return {
      childId,
      pendingDate: birthDate,
      assessmentId,
      assessmentStartDue: a.start_due,
      assessmentCompleteDue: a.complete_due,
      familyInformedDue: a.family_informed_due,
    };
  });
}
