import { jobRole, type PersonSummary, type StaffRef } from '@lumo/domain';
import type { Tx } from '../platform/db';

export const personSummaryColumns = [
  'p.id',
  'p.kind',
  'p.first_names',
  'p.last_name',
  'p.hetu',
  'p.birth_date',
  'p.sex',
] as const;

export function toPersonSummary(row: {
  id: string;
  kind: 'child' | 'adult';
  first_names: string;
  last_name: string;
  hetu: string | null;
  birth_date: string | null;
  sex: 'female' | 'male' | 'other' | 'unknown';
}): PersonSummary {
  return {
    id: row.id,
    kind: row.kind,
    firstNames: row.first_names,
    lastName: row.last_name,
    hetu: row.hetu,
    birthDate: row.birth_date,
    sex: row.sex,
  };
}

export async function staffNames(tx: Tx, ids: string[]): Promise<Map<string, StaffRef>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('staff_user')
    .select(['id', 'first_name', 'last_name', 'title', 'roles'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: `${r.first_name} ${r.last_name}`, title: r.title, role: jobRole(r.roles) },
    ]),
  );
}
