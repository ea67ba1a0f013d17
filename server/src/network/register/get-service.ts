import type { Service } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { modelSummaries, registerCan, serviceSummaries, toContact } from './queries';

/** A service with its contact persons and the collaboration models it is part of. */
export async function serviceView(tx: Tx, ctx: Ctx, id: string): Promise<Service> {
  const row = await tx
    .selectFrom('partner_service')
    .select(['id', 'organisation_id', 'description', 'address', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const [[summary], contacts, models] = await Promise.all([
    serviceSummaries(tx, [id]),
    tx.selectFrom('partner_contact').selectAll().where('service_id', '=', id).orderBy('name').execute(),
    modelSummaries(tx, { serviceId: id }),
  ]);
  return {
    ...summary!,
    description: row.description,
    address: row.address,
    contacts: contacts.map(toContact),
    models,
    version: row.version,
    can: registerCan(ctx),
  };
}

export function getService(ctx: Ctx, id: string): Promise<Service> {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, (tx) => serviceView(tx, ctx, id));
}
