import { type GenogramDocument, type GenogramView, genogramAge, type LocalDate } from '@lumo/domain';
import type { Tx } from '../../platform/db';
import { anyOf, iso, staffColumns, staffRef } from '../queries';

export const emptyGenogram = (): GenogramDocument => ({
  persons: [],
  couples: [],
  childLinks: [],
  relationships: [],
  households: [],
});

/** The families' genograms as the web draws them: each person with her age and whether she is one of the children. */
export async function loadGenograms(
  tx: Tx,
  families: readonly { id: string; child_ids: string[]; can: readonly string[] }[],
  today: LocalDate,
): Promise<Map<string, GenogramView>> {
  if (families.length === 0) return new Map();
  const rows = await tx
    .selectFrom('genogram as g')
    .innerJoin('staff_user as u', 'u.id', 'g.updated_by')
    .select(['g.family_id', 'g.document', 'g.version', 'g.updated_at'])
    .select(staffColumns('u', 'editor'))
    .where('g.family_id', '=', anyOf(families.map((f) => f.id)))
    .execute();
  const byFamily = new Map(rows.map((r) => [r.family_id, r]));
  return new Map(
    families.map((family) => {
      const row = byFamily.get(family.id);
      const document = (row?.document as GenogramDocument | undefined) ?? emptyGenogram();
      const children = new Set(family.child_ids);
      return [
        family.id,
        {
          familyId: family.id,
          version: row?.version ?? 0,
          document: {
            ...document,
            persons: document.persons.map((p) => ({
              ...p,
              age: genogramAge(p, today),
              isFamilyChild: p.personId !== null && children.has(p.personId),
            })),
          },
          updatedAt: row ? iso(row.updated_at) : null,
          updatedBy: row ? staffRef(row, 'editor') : null,
          can: [...family.can],
        },
      ];
    }),
  );
}
