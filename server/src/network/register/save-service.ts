import type { Region, Service, ServiceType } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { serviceView } from './get-service';
import { municipalityIssues, throwIssues } from './queries';
import { refreshServiceSearch } from './search-text';

interface ServiceFields {
  type: ServiceType;
  name: { fi: string; sv: string };
  region: Region;
  municipalityCodes: string[];
  description?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

async function replaceAreas(tx: Tx, serviceId: string, codes: readonly string[]) {
  await tx.deleteFrom('partner_service_area').where('service_id', '=', serviceId).execute();
  await tx
    .insertInto('partner_service_area')
    .values([...new Set(codes)].map((code) => ({ service_id: serviceId, municipality_code: code })))
    .execute();
}

/** A new service of a partner organisation, serving municipalities of its region. */
export function createService(ctx: Ctx, input: ServiceFields & { organisationId: string }): Promise<Service> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const organisation = await tx
      .selectFrom('partner_organisation')
      .select('id')
      .where('id', '=', input.organisationId)
      .executeTakeFirst();
    throwIssues([
      ...(organisation ? [] : [{ path: 'body.organisationId', code: 'unknown_reference' as const }]),
      ...(await municipalityIssues(
        tx,
        input.municipalityCodes,
        input.region,
        (i) => `body.municipalityCodes.${i}`,
      )),
    ]);
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('partner_service')
      .values({
        id,
        organisation_id: input.organisationId,
        service_type: input.type,
        name_fi: input.name.fi,
        name_sv: input.name.sv,
        region: input.region,
        description: input.description ?? '',
        address: input.address ?? '',
        phone: input.phone ?? '',
        email: input.email ?? '',
        search: '',
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    await replaceAreas(tx, id, input.municipalityCodes);
    await refreshServiceSearch(tx, [id]);
    return serviceView(tx, ctx, id);
  });
}

/** Changes a service; the version it was edited from must still be the latest. */
export function updateService(
  ctx: Ctx,
  id: string,
  input: Partial<ServiceFields> & { version: number; active?: boolean | undefined },
): Promise<Service> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const row = await tx
      .selectFrom('partner_service')
      .select(['id', 'region', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    const region = input.region ?? (row.region as Region);
    const codes = input.municipalityCodes;
    if (!codes && input.region && input.region !== row.region) {
      // A service moved to another region must say which of its municipalities it serves.
      throwIssues([{ path: 'body.municipalityCodes', code: 'required' }]);
    }
    if (codes) throwIssues(await municipalityIssues(tx, codes, region, (i) => `body.municipalityCodes.${i}`));
    const updated = await tx
      .updateTable('partner_service')
      .set({
        ...(input.type ? { service_type: input.type } : {}),
        ...(input.name ? { name_fi: input.name.fi, name_sv: input.name.sv } : {}),
        ...(input.region ? { region: input.region } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new AppError('conflict', [], { current: await serviceView(tx, ctx, id) });
    if (codes) await replaceAreas(tx, id, codes);
    await refreshServiceSearch(tx, [id]);
    return serviceView(tx, ctx, id);
  });
}
