import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { childrenAccess, FamilyAccessDenied, logFamilyUse, runFamilyCommand } from '../access';
import { anyOf, childRefs, familyRef, fieldError } from '../queries';

/**
 * The children must be children, ones the actor may record for, and in no other family. Locks them
 * (in a fixed order) so that two members making a family at once cannot both take a child.
 */
export async function claimChildren(tx: Tx, ctx: Ctx, childIds: readonly string[], exceptFamily?: string) {
  if (new Set(childIds).size !== childIds.length) throw fieldError('body.childIds', 'duplicate');
  const access = await childrenAccess(tx, ctx, [...childIds]);
  if (!access.can.includes('systemic:record')) throw new FamilyAccessDenied([...childIds], 'systemic:record');
  const children = await tx
    .selectFrom('person')
    .select('id')
    .where('id', '=', anyOf(childIds))
    .where('kind', '=', 'child')
    .execute();
  if (children.length !== childIds.length) throw fieldError('body.childIds', 'invalid_value');
  for (const id of [...childIds].sort()) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${id}::text, 0))`.execute(tx);
  }
  let taken = tx.selectFrom('family_child').select('child_id').where('child_id', '=', anyOf(childIds));
  if (exceptFamily) taken = taken.where('family_id', '<>', exceptFamily);
  if (await taken.executeTakeFirst()) throw new AppError('child_already_in_family');
  return access;
}

/** Makes the children a family: the unit of the team's systemic work, its records, genogram and timeline. */
export function createFamily(ctx: Ctx, childIds: string[]) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await claimChildren(tx, ctx, childIds);
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('family')
      .values({
        id,
        child_ids: sql<string[]>`${childIds}::uuid[]`,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await tx
      .insertInto('family_child')
      .values(childIds.map((child_id) => ({ child_id, family_id: id })))
      .execute();
    await logFamilyUse(
      tx,
      ctx,
      { familyId: id, childIds, can: access.can, basis: access.basis('systemic:record') },
      'systemic:record',
      { op: 'family:create' },
    );
    return familyRef({ id, child_ids: childIds, version: 1 }, await childRefs(tx, childIds), access.can);
  });
}
