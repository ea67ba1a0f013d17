import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { discussionOf } from './discussion';
import { checkExperimentRefs, checkFollowUpAfter } from './experiment-refs';
import { loadExperiments } from './load';

/**
 * An experiment the team agrees: what to try differently, who does it, and the day after which
 * the team's next meeting looks at it again (it comes on that meeting's agenda by itself).
 */
export function addExperiment(
  ctx: Ctx,
  agendaItemId: string,
  input: {
    action: string;
    who: string;
    ownerId?: string | null | undefined;
    followUpOn: string;
    hypothesisId?: string | null | undefined;
  },
) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    const discussion = await discussionOf(tx, agendaItemId);
    await checkExperimentRefs(tx, discussion, access.familyId, input);
    checkFollowUpAfter(discussion.date, input.followUpOn, 'body.followUpOn');
    const now = ctx.clock.now();
    const id = newId();
    await tx
      .insertInto('experiment')
      .values({
        id,
        family_id: access.familyId,
        agenda_item_id: agendaItemId,
        team_id: discussion.team_id,
        hypothesis_id: input.hypothesisId ?? null,
        action: input.action,
        who: input.who,
        owner_id: input.ownerId ?? null,
        follow_up_on: input.followUpOn,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'experiment:add',
      agendaItemId,
      experimentId: id,
    });
    const [experiment] = await loadExperiments(tx, { ids: [id] });
    return experiment!;
  });
}
