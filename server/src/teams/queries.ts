import { type ChildRef, type FamilyRef, type FieldIssueCode, jobRole, type StaffRole } from '@lumo/domain';
import { sql } from 'kysely';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';

/** `= ANY($1)` with one array parameter: the statement's text stays the same whatever the count. */
export const anyOf = (ids: readonly string[]) => sql<string>`ANY(${ids}::uuid[])`;

export interface StaffRef {
  id: string;
  name: string;
  title: string;
  role: StaffRole | null;
}

/** A staff reference from the columns staffColumns(alias, prefix) selected. */
export function staffRef(row: Record<string, unknown>, prefix: string): StaffRef | null {
  const id = row[`${prefix}_id`];
  if (typeof id !== 'string') return null;
  return {
    id,
    name: `${row[`${prefix}_first`]} ${row[`${prefix}_last`]}`,
    title: String(row[`${prefix}_title`] ?? ''),
    role: jobRole((row[`${prefix}_roles`] as string[] | null) ?? []),
  };
}

/** Columns naming a staff member joined as `alias`, to be read back with staffRef(row, prefix). */
export function staffColumns<A extends string, P extends string>(alias: A, prefix: P) {
  return [
    `${alias}.id as ${prefix}_id`,
    `${alias}.first_name as ${prefix}_first`,
    `${alias}.last_name as ${prefix}_last`,
    `${alias}.title as ${prefix}_title`,
    `${alias}.roles as ${prefix}_roles`,
  ] as const;
}

export const iso = (d: Date) => d.toISOString();

/** The children, as the families' pages name them. */
export async function childRefs(tx: Tx, childIds: readonly string[]): Promise<Map<string, ChildRef>> {
  if (childIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('person')
    .select(['id', 'first_names', 'last_name', 'birth_date'])
    .where('id', '=', anyOf([...new Set(childIds)]))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, firstNames: r.first_names, lastName: r.last_name, birthDate: r.birth_date },
    ]),
  );
}

/** A family is called by its children's family names: "Aalto", or "Aalto / Berg". */
export function familyName(children: readonly ChildRef[]): string {
  return [...new Set(children.map((c) => c.lastName))].join(' / ');
}

export function familyRef(
  family: { id: string; child_ids: string[]; version: number },
  children: Map<string, ChildRef>,
  can: readonly string[],
): FamilyRef {
  const refs = family.child_ids.flatMap((id) => {
    const child = children.get(id);
    return child ? [child] : [];
  });
  refs.sort((a, b) => (a.birthDate ?? '').localeCompare(b.birthDate ?? ''));
  return { id: family.id, name: familyName(refs), children: refs, version: family.version, can: [...can] };
}

export async function familyRow(tx: Tx, familyId: string) {
  return tx
    .selectFrom('family')
    .select(['id', 'child_ids', 'version'])
    .where('id', '=', familyId)
    .executeTakeFirstOrThrow();
}

/**
 * The people of the families' children: the children themselves and everyone linked to them in
 * the record (parents, siblings, grandparents…), once each — who may attend or speak.
 */
export async function familyPeople(
  tx: Tx,
  families: readonly { id: string; child_ids: string[] }[],
  children: Map<string, ChildRef>,
): Promise<Map<string, { id: string; name: string; relation: string }[]>> {
  const childIds = [...new Set(families.flatMap((f) => f.child_ids))];
  const rows =
    childIds.length === 0
      ? []
      : await tx
          .selectFrom('family_link as l')
          .innerJoin('person as p', 'p.id', 'l.person_id')
          .select(['l.child_id', 'p.id', 'p.first_names', 'p.last_name', 'l.relation'])
          .where('l.child_id', '=', anyOf(childIds))
          .orderBy('l.is_guardian', 'desc')
          .orderBy('p.birth_date')
          .execute();
  const result = new Map<string, { id: string; name: string; relation: string }[]>();
  for (const family of families) {
    const own = new Set(family.child_ids);
    const people = family.child_ids.flatMap((id) => {
      const c = children.get(id);
      return c ? [{ id, name: `${c.firstNames} ${c.lastName}`, relation: 'child' }] : [];
    });
    const seen = new Set(own);
    for (const r of rows) {
      if (!own.has(r.child_id) || seen.has(r.id)) continue;
      seen.add(r.id);
      people.push({ id: r.id, name: `${r.first_names} ${r.last_name}`, relation: r.relation });
    }
    result.set(family.id, people);
  }
  return result;
}

/** A 409 that carries the record as it now is, so the UI can show what someone else changed. */
export const conflictWith = (current: unknown) => new AppError('conflict', [], { current });

/** A 400 for a field the schema accepted but the record refuses (an unknown person, say). */
export const fieldError = (path: string, code: FieldIssueCode) =>
  new AppError('validation_failed', [{ path, code }]);
