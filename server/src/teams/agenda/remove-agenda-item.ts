import { isExperimentDue, parseLocalDate } from '@lumo/domain';
import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { logFamilyUse, requireFamilyAction, requireTeamAction, runFamilyCommand } from '../access';
import { conflictWith } from '../queries';
import { agendaItemOut, agendaItemWithMeeting } from './agenda-item';

/**
 * Takes a family off an agenda that is still open, while nothing has been written about it there.
 * A family whose experiments are due stays: it would only come back by itself.
 */
export function removeAgendaItem(ctx: Ctx, agendaItemId: string, version: number) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    const item = await agendaItemWithMeeting(tx, agendaItemId);
    await requireTeamAction(tx, ctx, item.team_id, 'agenda:add');
    if (item.version !== version) throw conflictWith(agendaItemOut(item));
    if (item.agenda_closed_at) throw new AppError('agenda_closed');
    const { rows } = await sql<{
      begun: boolean;
    }>`SELECT lumo_discussion_begun(${agendaItemId}) AS begun`.execute(tx);
    if (rows[0]?.begun) throw new AppError('agenda_item_not_empty');
    const experiments = await tx
      .selectFrom('experiment as e')
      .innerJoin('agenda_item as ai', 'ai.id', 'e.agenda_item_id')
      .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
      .select(['e.status', 'e.follow_up_on', 'm.date'])
      .where('e.family_id', '=', item.family_id)
      .where('e.team_id', '=', item.team_id)
      .where('e.status', '=', 'open')
      .execute();
    const meetingDate = parseLocalDate(item.date);
    if (
      experiments.some((e) =>
        isExperimentDue(
          { status: e.status, followUpOn: parseLocalDate(e.follow_up_on), agreedOn: parseLocalDate(e.date) },
          meetingDate,
        ),
      )
    )
      throw new AppError('experiments_due');
    await tx.deleteFrom('agenda_item').where('id', '=', agendaItemId).execute();
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'agenda:remove',
      meetingId: item.meeting_id,
      agendaItemId,
    });
  });
}
