import type { FollowUpExperimentRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { withdrawFollowUpsNoLongerDue } from '../meetings/carry-over';
import { conflictWith, fieldError } from '../queries';
import { discussionOfFamily } from './discussion';
import { checkFollowUpAfter } from './experiment-refs';
import { loadExperiments } from './load';

/**
 * The team looks back at an experiment in a later discussion: what happened, what we learned,
 * and whether to repeat it (with the day to look again) or conclude it. Repetition and time are
 * the model's own: each look is kept.
 */
export function followUpExperiment(ctx: Ctx, experimentId: string, input: FollowUpExperimentRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'experiment', id: experimentId },
      'systemic:record',
    );
    await tx.selectFrom('experiment').select('id').where('id', '=', experimentId).forUpdate().execute();
    const [current] = await loadExperiments(tx, { ids: [experimentId] });
    if (current!.version !== input.version) throw conflictWith(current);
    if (current!.status === 'concluded') throw new AppError('experiment_concluded');
    const discussion = await discussionOfFamily(tx, input.agendaItemId, access.familyId, 'body.agendaItemId');
    if (discussion.date <= current!.agreedIn.date) throw fieldError('body.agendaItemId', 'date_order');
    if (input.nextFollowUpOn !== undefined)
      checkFollowUpAfter(discussion.date, input.nextFollowUpOn, 'body.nextFollowUpOn');
    const now = ctx.clock.now();
    await tx
      .insertInto('experiment_follow_up')
      .values({
        id: newId(),
        experiment_id: experimentId,
        family_id: access.familyId,
        agenda_item_id: input.agendaItemId,
        what_happened: input.whatHappened,
        what_we_learned: input.whatWeLearned,
        outcome: input.outcome,
        next_follow_up_on: input.nextFollowUpOn ?? null,
        recorded_by: ctx.actor.userId,
        recorded_at: now,
      })
      .execute();
    await tx
      .updateTable('experiment')
      .set({
        ...(input.outcome === 'conclude'
          ? { status: 'concluded' as const }
          : { follow_up_on: input.nextFollowUpOn! }),
        version: input.version + 1,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', experimentId)
      .execute();
    const withdrawnFrom = await withdrawFollowUpsNoLongerDue(tx, ctx, experimentId);
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'experiment:followUp',
      experimentId,
      agendaItemId: input.agendaItemId,
      outcome: input.outcome,
      withdrawnFrom,
    });
    const [experiment] = await loadExperiments(tx, { ids: [experimentId] });
    return experiment!;
  });
}
