import type { Consent } from '@lumo/domain';
import { staffNames } from '../../children/queries';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { anyOf, organisationNames } from '../queries';

export async function findConsent(tx: Tx, id: string) {
  const row = await tx.selectFrom('consent').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

type ConsentRow = Awaited<ReturnType<typeof findConsent>>;

export function consentStatus(row: ConsentRow, today: string): Consent['status'] {
  if (row.withdrawal_recorded_at) return 'withdrawn';
  return row.valid_until < today ? 'expired' : 'valid';
}

export async function toConsents(tx: Tx, rows: ConsentRow[], today: string): Promise<Consent[]> {
  const people = rows.length
    ? await tx
        .selectFrom('person')
        .select(['id', 'first_names', 'last_name'])
        .where('id', '=', anyOf(rows.map((r) => r.given_by_person_id)))
        .execute()
    : [];
  const names = new Map(people.map((p) => [p.id, `${p.first_names} ${p.last_name}`]));
  const [organisations, staff] = await Promise.all([
    organisationNames(
      tx,
      rows.map((r) => r.organisation_id),
    ),
    staffNames(
      tx,
      rows
        .flatMap((r) => [r.recorded_by, r.withdrawal_recorded_by])
        .filter((id): id is string => id !== null),
    ),
  ]);
  const ref = (id: string) => staff.get(id) ?? { id, name: '', title: '', role: null };
  return rows.map((r) => ({
    id: r.id,
    childId: r.child_id,
    givenBy: {
      personId: r.given_by_person_id,
      name: names.get(r.given_by_person_id) ?? '',
      role: r.giver_role,
    },
    givenOn: r.given_on,
    method: r.method as Consent['method'],
    organisation: organisations.get(r.organisation_id) ?? { id: r.organisation_id, name: { fi: '', sv: '' } },
    scopes: r.scopes as Consent['scopes'],
    purpose: r.purpose,
    validUntil: r.valid_until,
    notes: r.notes,
    status: consentStatus(r, today),
    recordedBy: ref(r.recorded_by),
    recordedAt: r.recorded_at.toISOString(),
    withdrawal:
      r.withdrawn_on && r.withdrawal_recorded_at && r.withdrawal_recorded_by
        ? {
            withdrawnOn: r.withdrawn_on,
            recordedAt: r.withdrawal_recorded_at.toISOString(),
            recordedBy: ref(r.withdrawal_recorded_by),
            note: r.withdrawal_note,
          }
        : null,
  }));
}

/** The child and her guardians: who can give consent about her data (the child herself from 12). */
export async function consentGivers(tx: Tx, childId: string) {
  const [child, guardians] = await Promise.all([
    tx
      .selectFrom('person')
      .select(['id', 'first_names', 'last_name', 'birth_date'])
      .where('id', '=', childId)
      .executeTakeFirst(),
    tx
      .selectFrom('family_link as f')
      .innerJoin('person as p', 'p.id', 'f.person_id')
      .select(['p.id', 'p.first_names', 'p.last_name'])
      .where('f.child_id', '=', childId)
      .where('f.is_guardian', '=', true)
      .orderBy('p.last_name')
      .orderBy('p.first_names')
      .execute(),
  ]);
  return { child, guardians };
}
