import type { NetworkMapDocument, NetworkMapVersion } from '@lumo/domain';
import { staffNames } from '../../children/queries';
import type { Tx } from '../../platform/db';

/** The child and the people linked to her in the record: who a person node may stand for. */
export async function recordPeople(tx: Tx, childId: string) {
  const [child, family] = await Promise.all([
    tx
      .selectFrom('person')
      .select(['id', 'first_names', 'last_name'])
      .where('id', '=', childId)
      .executeTakeFirst(),
    tx
      .selectFrom('family_link as f')
      .innerJoin('person as p', 'p.id', 'f.person_id')
      .select(['p.id', 'p.first_names', 'p.last_name', 'f.relation'])
      .where('f.child_id', '=', childId)
      .orderBy('f.is_guardian', 'desc')
      .orderBy('p.birth_date')
      .execute(),
  ]);
  return [
    ...(child
      ? [{ personId: child.id, name: `${child.first_names} ${child.last_name}`, relation: 'child' }]
      : []),
    ...family.map((p) => ({ personId: p.id, name: `${p.first_names} ${p.last_name}`, relation: p.relation })),
  ];
}

export async function latestVersionRow(tx: Tx, childId: string) {
  return tx
    .selectFrom('network_map_version')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

type VersionRow = NonNullable<Awaited<ReturnType<typeof latestVersionRow>>>;

/** A saved version as the API gives it, or version 0: only the child, in the centre. */
export async function toVersion(
  tx: Tx,
  childId: string,
  row: VersionRow | undefined,
  childName: string,
): Promise<NetworkMapVersion> {
  if (!row) {
    const document: NetworkMapDocument = {
      nodes: [
        {
          id: childId,
          kind: 'child',
          personId: childId,
          serviceId: null,
          name: childName,
          role: '',
          sector: 'family',
          note: '',
        },
      ],
      ties: [],
    };
    return { childId, version: 0, savedAt: null, savedBy: null, note: '', document };
  }
  const staff = await staffNames(tx, [row.saved_by]);
  return {
    childId,
    version: row.version,
    savedAt: row.saved_at.toISOString(),
    savedBy: staff.get(row.saved_by) ?? null,
    note: row.note,
    document: row.document as NetworkMapDocument,
  };
}
