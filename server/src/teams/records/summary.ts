import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { conflictWith } from '../queries';
import { loadSummaries } from './load';

/**
 * Writes the plain-language summary of the discussion for the family. A new text is not shared
 * until the responsible worker shares it again: the family sees exactly what she released.
 */
export function saveSummary(ctx: Ctx, agendaItemId: string, input: { version: number | null; text: string }) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:record',
    );
    const current = async () => (await loadSummaries(tx, [agendaItemId])).get(agendaItemId) ?? null;
    const now = ctx.clock.now();
    if (input.version === null) {
      const inserted = await tx
        .insertInto('family_summary')
        .values({
          agenda_item_id: agendaItemId,
          family_id: access.familyId,
          text: input.text,
          created_at: now,
          updated_at: now,
          updated_by: ctx.actor.userId,
        })
        .onConflict((oc) => oc.column('agenda_item_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw conflictWith(await current());
    } else {
      const before = await current();
      const unchanged = before?.text === input.text;
      const updated = await tx
        .updateTable('family_summary')
        .set({
          text: input.text,
          ...(unchanged ? {} : { shared_with_family: false, shared_at: null, shared_by: null }),
          version: input.version + 1,
          updated_at: now,
          updated_by: ctx.actor.userId,
        })
        .where('agenda_item_id', '=', agendaItemId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw conflictWith(before);
    }
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'summary:save', agendaItemId });
    return (await current())!;
  });
}

/** The responsible worker shares the summary with the family (the family portal shows only these), or takes it back. */
export function shareSummary(ctx: Ctx, agendaItemId: string, input: { version: number; shared: boolean }) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'agenda_item', id: agendaItemId },
      'systemic:shareWithFamily',
    );
    const before = (await loadSummaries(tx, [agendaItemId])).get(agendaItemId);
    if (!before || (input.shared && before.text.trim() === '')) throw new AppError('summary_missing');
    const now = ctx.clock.now();
    const updated = await tx
      .updateTable('family_summary')
      .set({
        ...(input.shared
          ? { shared_with_family: true, shared_at: now, shared_by: ctx.actor.userId }
          : { shared_with_family: false, shared_at: null, shared_by: null }),
        version: input.version + 1,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .where('agenda_item_id', '=', agendaItemId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflictWith(before);
    await logFamilyUse(tx, ctx, access, 'systemic:shareWithFamily', {
      op: input.shared ? 'summary:share' : 'summary:withdraw',
      agendaItemId,
    });
    return (await loadSummaries(tx, [agendaItemId])).get(agendaItemId)!;
  });
}
