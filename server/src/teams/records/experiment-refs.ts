import type { Tx } from '../../platform/db';
import { fieldError } from '../queries';
import { memberOnDay } from './discussion';

/** The worker who carries an experiment must be a member of the team; its hypothesis the family's. */
export async function checkExperimentRefs(
  tx: Tx,
  discussion: { team_id: string; date: string },
  familyId: string,
  refs: { ownerId?: string | null | undefined; hypothesisId?: string | null | undefined },
) {
  if (refs.ownerId) await memberOnDay(tx, discussion, refs.ownerId, 'body.ownerId');
  if (refs.hypothesisId) {
    const hypothesis = await tx
      .selectFrom('hypothesis')
      .select('id')
      .where('id', '=', refs.hypothesisId)
      .where('family_id', '=', familyId)
      .executeTakeFirst();
    if (!hypothesis) throw fieldError('body.hypothesisId', 'unknown_reference');
  }
}

/** A follow-up date must come after the meeting, or no later meeting would ever bring it back. */
export function checkFollowUpAfter(meetingDate: string, followUpOn: string, path: string) {
  if (followUpOn <= meetingDate) throw fieldError(path, 'date_order');
}
