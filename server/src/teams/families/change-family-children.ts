import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { anyOf, childRefs, conflictWith, familyRef, familyRow } from '../queries';
import { claimChildren } from './create-family';

/**
 * Changes which children the family has: a sibling born or taken into the team's work; a child
 * whose work goes on elsewhere may leave the family only while it has no records.
 */
export function changeFamilyChildren(
  ctx: Ctx,
  familyId: string,
  input: { version: number; childIds: string[] },
) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:record');
    await tx.selectFrom('family').select('id').where('id', '=', familyId).forUpdate().execute();
    const before = await familyRow(tx, familyId);
    if (before.version !== input.version)
      throw conflictWith(familyRef(before, await childRefs(tx, before.child_ids), access.can));
    const claimed = await claimChildren(tx, ctx, input.childIds, familyId);
    const removed = before.child_ids.filter((id) => !input.childIds.includes(id));
    const added = input.childIds.filter((id) => !before.child_ids.includes(id));
    // Records written while a child was in the family speak of her too; removing her would show
    // them to those who work only with her siblings (decision 0006). Adding a child only narrows.
    if (removed.length > 0 && (await hasRecords(tx, familyId))) throw new AppError('family_has_records');
    if (removed.length > 0)
      await tx.deleteFrom('family_child').where('child_id', '=', anyOf(removed)).execute();
    if (added.length > 0)
      await tx
        .insertInto('family_child')
        .values(added.map((child_id) => ({ child_id, family_id: familyId })))
        .execute();
    await tx
      .updateTable('family')
      .set({
        child_ids: sql<string[]>`${input.childIds}::uuid[]`,
        version: input.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', familyId)
      .execute();
    await logFamilyUse(
      tx,
      ctx,
      { ...access, childIds: [...new Set([...before.child_ids, ...input.childIds])] },
      'systemic:record',
      { op: 'family:children', added, removed },
    );
    return familyRef(
      { id: familyId, child_ids: input.childIds, version: input.version + 1 },
      await childRefs(tx, input.childIds),
      claimed.can,
    );
  });
}

async function hasRecords(tx: Tx, familyId: string) {
  const { rows } = await sql<{ any: boolean }>`
    SELECT EXISTS (SELECT 1 FROM agenda_item WHERE family_id = ${familyId})
      OR EXISTS (SELECT 1 FROM genogram WHERE family_id = ${familyId})
      OR EXISTS (SELECT 1 FROM timeline_event WHERE family_id = ${familyId}) AS any`.execute(tx);
  return rows[0]?.any === true;
}
