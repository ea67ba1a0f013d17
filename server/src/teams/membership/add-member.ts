import {
  type AddTeamMemberRequest,
  compareLocalDate,
  helsinkiStartOfDay,
  type LocalDate,
  parseLocalDate,
} from '@lumo/domain';
import { sql } from 'kysely';
import { appendAudit } from '../../platform/audit';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { requireTeamAction, todayOf } from '../access';
import { fieldError } from '../queries';
import { loadMembers } from './members';

/**
 * The instant a membership day stands for: the start of that Finnish day, or now when it is today
 * (the register of rights records when access really began or ended). Days before today are
 * refused: the history of who could see a child is never rewritten.
 */
export function membershipInstant(ctx: Ctx, day: string): Date {
  const date = parseLocalDate(day);
  const order = compareLocalDate(date, todayOf(ctx));
  if (order < 0) throw new AppError('membership_date_in_past');
  return order === 0 ? ctx.clock.now() : helsinkiStartOfDay(date);
}

/** Serialises membership changes of one team, so that two overlapping memberships cannot both pass. */
export async function lockTeam(tx: Tx, teamId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${teamId}::text, 0))`.execute(tx);
}

/** Whether the user has another membership of the team that shares time with [from, to). */
export async function overlapsMembership(
  tx: Tx,
  m: { teamId: string; userId: string; from: Date; to: Date | null; exceptId?: string },
) {
  let query = tx
    .selectFrom('team_member')
    .select('id')
    .where('team_id', '=', m.teamId)
    .where('user_id', '=', m.userId)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', m.from)]));
  if (m.to) query = query.where('valid_from', '<', m.to);
  if (m.exceptId) query = query.where('id', '<>', m.exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Adds a member to the team. She gets a team relationship to every child whose open case the team
 * holds, from the day she joins to the day she leaves; the database function checks again that
 * the actor manages the team.
 */
export function addTeamMember(ctx: Ctx, teamId: string, input: AddTeamMemberRequest) {
  return asActor(ctx, async (tx) => {
    const access = await requireTeamAction(tx, ctx, teamId, 'team:manageMembers');
    const joins = membershipInstant(ctx, input.joinsOn);
    const leavesOn = input.leavesOn ?? null;
    if (leavesOn !== null && compareLocalDate(leavesOn as LocalDate, input.joinsOn as LocalDate) <= 0)
      throw fieldError('body.leavesOn', 'date_order');
    const leaves = leavesOn === null ? null : membershipInstant(ctx, leavesOn);
    const user = await tx
      .selectFrom('staff_user')
      .select('id')
      .where('id', '=', input.userId)
      .where('organisation_id', '=', access.team.organisationId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!user) throw fieldError('body.userId', 'unknown_reference');
    await lockTeam(tx, teamId);
    if (await overlapsMembership(tx, { teamId, userId: input.userId, from: joins, to: leaves }))
      throw new AppError('already_member');
    const id = newId();
    const { rows } = await sql<{ granted: number }>`
      SELECT lumo_add_team_member(${id}, ${teamId}, ${input.userId}, ${input.teamRole}, ${joins}, ${leaves}) AS granted`.execute(
      tx,
    );
    const granted = Number(rows[0]?.granted ?? 0);
    await appendAudit(tx, ctx, {
      action: 'team:addMember',
      basis: `team:${access.relationships.filter((r) => r !== 'member').join(',')}`,
      purpose: 'team_management',
      details: {
        teamId,
        memberId: id,
        userId: input.userId,
        teamRole: input.teamRole,
        joins,
        leaves,
        granted,
      },
    });
    const [member] = await loadMembers(tx, ctx, { ids: [id] });
    return { ...member!, relationshipsChanged: granted };
  });
}
