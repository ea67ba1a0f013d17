import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';

/** An agenda item with its meeting, as the agenda commands need them (visible only with access). */
export async function agendaItemWithMeeting(tx: Tx, agendaItemId: string) {
  const row = await tx
    .selectFrom('agenda_item as ai')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .select([
      'ai.id',
      'ai.meeting_id',
      'ai.family_id',
      'ai.position',
      'ai.origin',
      'ai.dilemma',
      'ai.version',
    ])
    .select(['m.team_id', 'm.date', 'm.status', 'm.agenda_closed_at'])
    .where('ai.id', '=', agendaItemId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export function agendaItemOut(row: {
  id: string;
  meeting_id: string;
  family_id: string;
  position: number;
  origin: 'added' | 'follow_up' | 'moved';
  dilemma: string;
  version: number;
}) {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    familyId: row.family_id,
    position: row.position,
    origin: row.origin,
    dilemma: row.dilemma,
    version: row.version,
  };
}
