import type { Multiagency } from '@lumo/domain';
import { runChildCommand } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { logUse, multiagencyView, requireMultiagencyAction } from './load';

/**
 * Writes the summary of every perspective. Editing a summary shared with the partners takes the
 * sharing back: they see exactly what the responsible worker released, never a later edit.
 */
export function saveMultiagencySummary(
  ctx: Ctx,
  id: string,
  input: { version: number | null; text: string },
): Promise<Multiagency> {
  return runChildCommand(ctx, async (tx) => {
    const { row, access } = await requireMultiagencyAction(tx, ctx, id, 'multiagency:manage');
    const now = ctx.clock.now();
    const conflict = async () =>
      new AppError('conflict', [], { current: await multiagencyView(tx, ctx, row, access.can) });
    if (input.version === null) {
      const inserted = await tx
        .insertInto('multiagency_summary')
        .values({
          multiagency_id: id,
          child_id: row.child_id,
          text: input.text,
          updated_at: now,
          updated_by: ctx.actor.userId,
        })
        .onConflict((oc) => oc.column('multiagency_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw await conflict();
    } else {
      const updated = await tx
        .updateTable('multiagency_summary')
        .set({
          text: input.text,
          shared_at: null,
          shared_by: null,
          version: input.version + 1,
          updated_at: now,
          updated_by: ctx.actor.userId,
        })
        .where('multiagency_id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw await conflict();
    }
    await logUse(tx, ctx, row, access.basis, 'multiagency:manage', { op: 'summary' });
    return multiagencyView(tx, ctx, row, access.can);
  });
}

/** The responsible worker shares the summary with the invited partners, or takes it back. */
export function shareMultiagencySummary(
  ctx: Ctx,
  id: string,
  input: { version: number; shared: boolean },
): Promise<Multiagency> {
  return runChildCommand(ctx, async (tx) => {
    const { row, access } = await requireMultiagencyAction(tx, ctx, id, 'multiagency:shareSummary');
    const summary = await tx
      .selectFrom('multiagency_summary')
      .select(['text', 'version'])
      .where('multiagency_id', '=', id)
      .executeTakeFirst();
    if (!summary || (input.shared && summary.text.trim() === '')) throw new AppError('summary_missing');
    const updated = await tx
      .updateTable('multiagency_summary')
      .set({
        shared_at: input.shared ? ctx.clock.now() : null,
        shared_by: input.shared ? ctx.actor.userId : null,
        version: input.version + 1,
      })
      .where('multiagency_id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new AppError('conflict', [], { current: await multiagencyView(tx, ctx, row, access.can) });
    await logUse(tx, ctx, row, access.basis, 'multiagency:shareSummary', { shared: input.shared });
    return multiagencyView(tx, ctx, row, access.can);
  });
}
