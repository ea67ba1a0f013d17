import { sql } from 'kysely';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { requireTeamAction } from '../access';
import { carryOverDueExperiments } from '../meetings/carry-over';
import { meetingSummaries } from '../meetings/schedule';
import { anyOf, fieldError } from '../queries';

async function meetingOf(tx: Tx, ctx: Ctx, meetingId: string) {
  const meeting = await tx
    .selectFrom('meeting')
    .select(['id', 'team_id', 'agenda_closed_at'])
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting) throw new AppError('not_found');
  await requireTeamAction(tx, ctx, meeting.team_id, 'agenda:arrange');
  return meeting;
}

/** The consultant puts the agenda in order: every item, in the order the team will discuss them. */
export function orderAgenda(ctx: Ctx, meetingId: string, itemIds: string[]) {
  return asActor(ctx, async (tx) => {
    const meeting = await meetingOf(tx, ctx, meetingId);
    if (meeting.agenda_closed_at) throw new AppError('agenda_closed');
    const items = await tx
      .selectFrom('agenda_item as ai')
      .innerJoin('family as f', 'f.id', 'ai.family_id')
      .select(['ai.id', 'f.child_ids'])
      .where('ai.meeting_id', '=', meetingId)
      .execute();
    const given = new Set(itemIds);
    if (given.size !== itemIds.length || items.length !== given.size || items.some((i) => !given.has(i.id)))
      throw fieldError('body.itemIds', 'invalid_value');
    await sql`
      UPDATE agenda_item SET position = o.n
      FROM unnest(${itemIds}::uuid[]) WITH ORDINALITY AS o(id, n)
      WHERE agenda_item.id = o.id`.execute(tx);
    await appendAudit(tx, ctx, {
      action: 'systemic:record',
      childIds: [...new Set(items.flatMap((i) => i.child_ids))],
      basis: 'relationship:team',
      purpose: CLIENT_WORK,
      details: { op: 'agenda:order', meetingId },
    });
    const order = await tx
      .selectFrom('agenda_item')
      .select('id')
      .where('id', '=', anyOf(itemIds))
      .orderBy('position')
      .execute();
    return { itemIds: order.map((o) => o.id) };
  });
}

/**
 * Closes the agenda (nothing more is added; the follow-ups due are added first) or opens it again.
 * Writing the families' records goes on either way.
 */
export function closeAgenda(ctx: Ctx, meetingId: string, closed: boolean) {
  return asActor(ctx, async (tx) => {
    await meetingOf(tx, ctx, meetingId);
    if (closed) await carryOverDueExperiments(tx, ctx, [meetingId]);
    await tx
      .updateTable('meeting')
      .set(
        closed
          ? { agenda_closed_at: ctx.clock.now(), agenda_closed_by: ctx.actor.userId }
          : { agenda_closed_at: null, agenda_closed_by: null },
      )
      .where('id', '=', meetingId)
      .execute();
    const [meeting] = await meetingSummaries(tx, { ids: [meetingId] });
    return meeting!;
  });
}
