import { helsinkiDateOf, type TeamMember } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { anyOf, staffColumns, staffRef } from '../queries';

/**
 * Memberships with their people. The days are Finnish days: a membership that starts at the start
 * of a day (or the moment it was made, if that day was today) joined on that day; the day it ends
 * is the first day she is no longer a member.
 */
export async function loadMembers(
  tx: Tx,
  ctx: Ctx,
  filter: { teamId: string } | { ids: readonly string[] },
): Promise<TeamMember[]> {
  const now = ctx.clock.now();
  const rows = await tx
    .selectFrom('team_member as m')
    .innerJoin('staff_user as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.team_role', 'm.valid_from', 'm.valid_to', 'm.version'])
    .select(staffColumns('u', 'user'))
    .where((eb) =>
      'teamId' in filter ? eb('m.team_id', '=', filter.teamId) : eb('m.id', '=', anyOf(filter.ids)),
    )
    .orderBy('m.valid_from')
    .orderBy('u.last_name')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    user: staffRef(m, 'user')!,
    teamRole: m.team_role,
    joinsOn: helsinkiDateOf(m.valid_from),
    leavesOn: m.valid_to ? helsinkiDateOf(m.valid_to) : null,
    status: m.valid_from > now ? 'planned' : m.valid_to && m.valid_to <= now ? 'ended' : 'current',
    version: m.version,
  }));
}
