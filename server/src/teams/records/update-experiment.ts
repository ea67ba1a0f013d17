import type { UpdateExperimentRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { withdrawFollowUpsNoLongerDue } from '../meetings/carry-over';
import { conflictWith } from '../queries';
import { discussionOf } from './discussion';
import { checkExperimentRefs, checkFollowUpAfter } from './experiment-refs';
import { loadExperiments } from './load';

/** Changes an open experiment: its wording, who does it, its hypothesis or its follow-up day. */
export function updateExperiment(ctx: Ctx, experimentId: string, input: UpdateExperimentRequest) {
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
    const discussion = await discussionOf(tx, current!.agreedIn.agendaItemId);
    await checkExperimentRefs(tx, discussion, access.familyId, input);
    const lastLook = current!.followUps.at(-1)?.date ?? discussion.date;
    if (input.followUpOn !== undefined) checkFollowUpAfter(lastLook, input.followUpOn, 'body.followUpOn');
    await tx
      .updateTable('experiment')
      .set({
        ...(input.action !== undefined ? { action: input.action } : {}),
        ...(input.who !== undefined ? { who: input.who } : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        ...(input.hypothesisId !== undefined ? { hypothesis_id: input.hypothesisId } : {}),
        ...(input.followUpOn !== undefined ? { follow_up_on: input.followUpOn } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', experimentId)
      .execute();
    const withdrawnFrom = await withdrawFollowUpsNoLongerDue(tx, ctx, experimentId);
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'experiment:update',
      experimentId,
      withdrawnFrom,
    });
    const [experiment] = await loadExperiments(tx, { ids: [experimentId] });
    return experiment!;
  });
}
