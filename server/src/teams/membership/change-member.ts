import type { ChangeTeamMemberRequest } from '@lumo/domain';
import { sql } from 'kysely';
import { appendAudit } from '../../platform/audit';
import { asActor, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { requireTeamAction } from '../access';
import { conflictWith, fieldError } from '../queries';
import { lockTeam, membershipInstant, overlapsMembership } from './add-member';
import { loadMembers } from './members';

/**
 * Changes a member's team role or the day she leaves. Leaving ends her team relationships to the
 * team's children on that day (at once, if it is today); taking back a planned leaving lets them run on.
 */
export function changeTeamMember(ctx: Ctx, teamId: string, memberId: string, input: ChangeTeamMemberRequest) {
  return asActor(ctx, async (tx) => {
    const access = await requireTeamAction(tx, ctx, teamId, 'team:manageMembers');
    await lockTeam(tx, teamId);
    const m = await tx
      .selectFrom('team_member')
      .selectAll()
      .where('id', '=', memberId)
      .where('team_id', '=', teamId)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found');
    const [current] = await loadMembers(tx, ctx, { ids: [memberId] });
    if (m.version !== input.version) throw conflictWith(current);
    if (current!.status === 'ended') throw new AppError('membership_ended');
    let leaves = m.valid_to;
    if (input.leavesOn !== undefined) {
      leaves = input.leavesOn === null ? null : membershipInstant(ctx, input.leavesOn);
      if (leaves !== null && leaves <= m.valid_from) throw fieldError('body.leavesOn', 'date_order');
      if (
        await overlapsMembership(tx, {
          teamId,
          userId: m.user_id,
          from: m.valid_from,
          to: leaves,
          exceptId: m.id,
        })
      )
        throw new AppError('already_member');
    }
    const teamRole = input.teamRole ?? m.team_role;
    const { rows } = await sql<{ changed: number }>`
      SELECT lumo_change_team_member(${memberId}, ${teamRole}, ${leaves}) AS changed`.execute(tx);
    const changed = Number(rows[0]?.changed ?? 0);
    await appendAudit(tx, ctx, {
      action: 'team:changeMember',
      basis: `team:${access.relationships.filter((r) => r !== 'member').join(',')}`,
      purpose: 'team_management',
      details: { teamId, memberId, userId: m.user_id, teamRole, leaves, changed },
    });
    const [member] = await loadMembers(tx, ctx, { ids: [memberId] });
    return { ...member!, relationshipsChanged: changed };
  });
}
