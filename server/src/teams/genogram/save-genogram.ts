import { type GenogramView, genogramIssues, type SaveGenogramRequest } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { logFamilyUse, requireFamilyAction, runFamilyCommand, todayOf } from '../access';
import { anyOf, conflictWith, familyRow } from '../queries';
import { loadGenograms } from './load';

/** The people of the record a genogram person may stand for: the children and those linked to them. */
async function recordPeople(tx: Tx, childIds: readonly string[]): Promise<Set<string>> {
  const linked = await tx
    .selectFrom('family_link')
    .select('person_id')
    .where('child_id', '=', anyOf(childIds))
    .execute();
  return new Set([...childIds, ...linked.map((l) => l.person_id)]);
}

/**
 * Saves the whole genogram. It must hold together (domain/src/teams/genogram.ts) and link only to
 * the people of the children's record; the version it was edited from must still be the latest.
 */
export function saveGenogram(ctx: Ctx, familyId: string, input: SaveGenogramRequest): Promise<GenogramView> {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:record');
    const issues = genogramIssues(input.document).map((i) => ({
      path: `body.document.${i.path}`,
      code: i.code,
    }));
    const known = await recordPeople(tx, access.childIds);
    input.document.persons.forEach((p, i) => {
      if (p.personId !== null && !known.has(p.personId))
        issues.push({ path: `body.document.persons.${i}.personId`, code: 'unknown_reference' });
    });
    if (issues.length > 0) throw new AppError('genogram_invalid', issues);

    const family = await familyRow(tx, familyId);
    const view = async () =>
      (await loadGenograms(tx, [{ ...family, can: access.can }], todayOf(ctx))).get(familyId)!;
    const now = ctx.clock.now();
    const document = JSON.stringify(input.document);
    if (input.version === 0) {
      const inserted = await tx
        .insertInto('genogram')
        .values({
          family_id: familyId,
          document,
          created_at: now,
          updated_at: now,
          updated_by: ctx.actor.userId,
        })
        .onConflict((oc) => oc.column('family_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw conflictWith(await view());
    } else {
      const updated = await tx
        .updateTable('genogram')
        .set({ document, version: input.version + 1, updated_at: now, updated_by: ctx.actor.userId })
        .where('family_id', '=', familyId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw conflictWith(await view());
    }
    await logFamilyUse(tx, ctx, access, 'systemic:record', {
      op: 'genogram:save',
      version: input.version + 1,
      persons: input.document.persons.length,
    });
    return view();
  });
}
