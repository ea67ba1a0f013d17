import type { Ctx } from '../../platform/context';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { conflictWith } from '../queries';
import { loadEntries } from './load';

/** Corrects the text of a perspective, a family voice or a decision. */
export function updateRecordEntry(ctx: Ctx, entryId: string, input: { version: number; text: string }) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'record_entry', id: entryId },
      'systemic:record',
    );
    const updated = await tx
      .updateTable('record_entry')
      .set({
        text: input.text,
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', entryId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw conflictWith((await loadEntries(tx, { ids: [entryId] }))[0]);
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'entry:update', entryId });
    const [entry] = await loadEntries(tx, { ids: [entryId] });
    return entry!;
  });
}

/** Removes an entry written by mistake (in the wrong family, say); the use log keeps that it was. */
export function removeRecordEntry(ctx: Ctx, entryId: string, version: number) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(
      tx,
      ctx,
      { kind: 'record_entry', id: entryId },
      'systemic:record',
    );
    const deleted = await tx
      .deleteFrom('record_entry')
      .where('id', '=', entryId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1)
      throw conflictWith((await loadEntries(tx, { ids: [entryId] }))[0]);
    await logFamilyUse(tx, ctx, access, 'systemic:record', { op: 'entry:remove', entryId });
  });
}
