import type { UpdateAgendaItemRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { conflictWith, iso, staffColumns, staffRef } from '../queries';

export async function agendaItemHead(tx: Tx, agendaItemId: string) {
  const row = await tx
    .selectFrom('agenda_item as ai')
    .leftJoin('staff_user as u', 'u.id', 'ai.updated_by')
    .select(['ai.id', 'ai.dilemma', 'ai.visible_concern', 'ai.updated_at', 'ai.version'])
    .select(staffColumns('u', 'editor'))
    .where('ai.id', '=', agendaItemId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    dilemma: row.dilemma,
    visibleConcern: row.visible_concern,
    updatedAt: iso(row.updated_at),
    updatedBy: staffRef(row, 'editor'),
    version: row.version,
  };
}

/**
 * The head of the family's reflective record: the dilemma and the visible concern (the tip of the
 * iceberg). Someone else's save in between answers 409 with the record as it now is.
 */
export function updateAgendaItem(ctx: Ctx, agendaItemId: string, input: UpdateAgendaItemRequest) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    const updated = await tx
      .updateTable('agenda_item')
      .set({
        ...(input.dilemma !== undefined ? { dilemma: input.dilemma } : {}),
        ...(input.visibleConcern !== undefined ? { visible_concern: input.visibleConcern } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', agendaItemId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflictWith(await agendaItemHead(tx, agendaItemId));
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'record:update',
      agendaItemId,
      fields: Object.keys(input).filter((k) => k !== 'version'),
    });
    return agendaItemHead(tx, agendaItemId);
  });
}
