import type { PartnerOrganisation, Region } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { modelSummaries, municipalities, registerCan, serviceSummaries, toContact } from './queries';

/** A partner organisation with its services, contact persons and collaboration models. */
export async function organisationView(tx: Tx, ctx: Ctx, id: string): Promise<PartnerOrganisation> {
  const row = await tx
    .selectFrom('partner_organisation as p')
    .innerJoin('organisation as o', 'o.id', 'p.id')
    .selectAll('p')
    .select(['o.name_fi', 'o.name_sv'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const [serviceIds, contacts, models, home] = await Promise.all([
    tx
      .selectFrom('partner_service')
      .select('id')
      .where('organisation_id', '=', id)
      .orderBy('name_fi')
      .execute(),
    tx.selectFrom('partner_contact').selectAll().where('organisation_id', '=', id).orderBy('name').execute(),
    modelSummaries(tx, { organisationId: id }),
    municipalities(tx, row.municipality_code ? [row.municipality_code] : []),
  ]);
  return {
    id,
    name: { fi: row.name_fi, sv: row.name_sv },
    sector: row.sector as PartnerOrganisation['sector'],
    region: row.region as Region,
    municipality: (row.municipality_code && home.get(row.municipality_code)) || null,
    phone: row.phone,
    email: row.email,
    website: row.website,
    notes: row.notes,
    active: row.active,
    services: await serviceSummaries(
      tx,
      serviceIds.map((s) => s.id),
    ),
    contacts: contacts.map(toContact),
    models,
    version: row.version,
    can: registerCan(ctx),
  };
}
