import type { ChildFamily } from '@lumo/domain';
import { requireChildAction } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { childrenAccess, familiesAccess, runFamilyCommand } from '../access';
import { childRefs, familyRef } from '../queries';

/**
 * The family a child's systemic work belongs to; with none yet, the children to propose for one:
 * the child and her siblings (in the record) who are in no family and whom the actor may record for.
 */
export function getChildFamily(ctx: Ctx, childId: string): Promise<ChildFamily> {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'child:read');
    const family = await tx
      .selectFrom('family_child as fc')
      .innerJoin('family as f', 'f.id', 'fc.family_id')
      .select(['f.id', 'f.child_ids', 'f.version'])
      .where('fc.child_id', '=', childId)
      .executeTakeFirst();
    await appendAudit(tx, ctx, {
      action: 'systemic:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { op: 'family:ofChild' },
    });
    if (family) {
      const can = (await familiesAccess(tx, ctx, [family], 'systemic:read')).get(family.id)?.can ?? [];
      return { family: familyRef(family, await childRefs(tx, family.child_ids), can), proposedChildren: [] };
    }
    const siblings = await tx
      .selectFrom('family_link as l')
      .innerJoin('person as p', 'p.id', 'l.person_id')
      .leftJoin('family_child as fc', 'fc.child_id', 'l.person_id')
      .select('p.id')
      .where('l.child_id', '=', childId)
      .where('l.relation', 'in', ['sibling', 'half_sibling'])
      .where('p.kind', '=', 'child')
      .where('fc.child_id', 'is', null)
      .execute();
    const candidates = [childId];
    for (const s of siblings) {
      if ((await childrenAccess(tx, ctx, [s.id])).can.includes('systemic:record')) candidates.push(s.id);
    }
    const refs = await childRefs(tx, candidates);
    return {
      family: null,
      proposedChildren: candidates.flatMap((id) => {
        const ref = refs.get(id);
        return ref ? [ref] : [];
      }),
    };
  });
}
