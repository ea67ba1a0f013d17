import { sql } from 'kysely';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { fieldError } from '../queries';

/** The discussion a record item is written in, with its meeting's team and day. */
export async function discussionOf(tx: Tx, agendaItemId: string) {
  const row = await tx
    .selectFrom('agenda_item as ai')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .select(['ai.id', 'ai.family_id', 'm.team_id', 'm.date'])
    .where('ai.id', '=', agendaItemId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * The member of the meeting's team on the meeting's day, with her role then: whose hypothesis or
 * perspective it is, or who carries an experiment. Anyone else is refused as an unknown reference.
 */
export async function memberOnDay(
  tx: Tx,
  discussion: { team_id: string; date: string },
  userId: string,
  path: string,
) {
  const row = await tx
    .selectFrom('team_member')
    .select(['user_id', 'team_role'])
    .where('team_id', '=', discussion.team_id)
    .where('user_id', '=', userId)
    .where(sql<boolean>`(valid_from AT TIME ZONE 'Europe/Helsinki')::date <= ${discussion.date}::date`)
    .where(
      sql<boolean>`(valid_to IS NULL OR (valid_to AT TIME ZONE 'Europe/Helsinki')::date > ${discussion.date}::date)`,
    )
    .executeTakeFirst();
  if (!row) throw fieldError(path, 'unknown_reference');
  return row;
}

/** A discussion given in a request must be one of the same family's. */
export async function discussionOfFamily(tx: Tx, agendaItemId: string, familyId: string, path: string) {
  const row = await tx
    .selectFrom('agenda_item as ai')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .select(['ai.id', 'm.date', 'm.team_id'])
    .where('ai.id', '=', agendaItemId)
    .where('ai.family_id', '=', familyId)
    .executeTakeFirst();
  if (!row) throw fieldError(path, 'unknown_reference');
  return row;
}

/** The people of the family's children in the record: a family voice or attendee must be one of them. */
export async function familyPerson(tx: Tx, childIds: readonly string[], personId: string, path: string) {
  const row = childIds.includes(personId)
    ? await tx
        .selectFrom('person')
        .select(['id', 'first_names', 'last_name'])
        .where('id', '=', personId)
        .executeTakeFirst()
    : await tx
        .selectFrom('family_link as l')
        .innerJoin('person as p', 'p.id', 'l.person_id')
        .select(['p.id', 'p.first_names', 'p.last_name'])
        .where('l.person_id', '=', personId)
        .where('l.child_id', 'in', childIds)
        .limit(1)
        .executeTakeFirst();
  if (!row) throw fieldError(path, 'unknown_reference');
  return { id: row.id, name: `${row.first_names} ${row.last_name}` };
}
