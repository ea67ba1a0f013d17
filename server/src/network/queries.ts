import type { PartnerRef } from '@lumo/domain';
import { sql } from 'kysely';
import type { Tx } from '../platform/db';

export const anyOf = (ids: readonly string[]) => sql<string>`ANY(${ids}::uuid[])`;

/** Partner professionals (or any accounts) with their organisation, by id. */
export async function partnerRefs(tx: Tx, userIds: readonly string[]): Promise<Map<string, PartnerRef>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('staff_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.first_name', 'u.last_name', 'u.title', 'o.id as org_id', 'o.name_fi', 'o.name_sv'])
    .where('u.id', '=', anyOf([...new Set(userIds)]))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: `${r.first_name} ${r.last_name}`,
        title: r.title,
        organisation: { id: r.org_id, name: { fi: r.name_fi, sv: r.name_sv } },
      },
    ]),
  );
}

/** A reference for an account that is gone from the register: its id, with no name. */
export const unknownPartner = (id: string): PartnerRef => ({
  id,
  name: '',
  title: '',
  organisation: { id, name: { fi: '', sv: '' } },
});

export async function organisationNames(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: { fi: string; sv: string } }>();
  const rows = await tx
    .selectFrom('organisation')
    .select(['id', 'name_fi', 'name_sv'])
    .where('id', '=', anyOf([...new Set(ids)]))
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: { fi: r.name_fi, sv: r.name_sv } }]));
}
