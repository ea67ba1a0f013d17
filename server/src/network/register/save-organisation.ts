import type { PartnerOrganisation, Region } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { organisationView } from './organisations';
import { municipalityIssues, throwIssues } from './queries';
import { refreshServiceSearch } from './search-text';

interface OrganisationFields {
  name: { fi: string; sv: string };
  sector: PartnerOrganisation['sector'];
  region: Region;
  municipalityCode?: string | null | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  notes?: string | undefined;
}

/**
 * A new partner organisation: an `organisation` row of kind partner (its professionals' accounts
 * belong to it) and its details in the register.
 */
export function createOrganisation(ctx: Ctx, input: OrganisationFields): Promise<PartnerOrganisation> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    if (input.municipalityCode)
      throwIssues(
        await municipalityIssues(tx, [input.municipalityCode], input.region, () => 'body.municipalityCode'),
      );
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('organisation')
      .values({
        id,
        kind: 'partner',
        code: null,
        name_fi: input.name.fi,
        name_sv: input.name.sv || input.name.fi,
        parent_id: null,
        region: input.region,
        systemic_training: null,
      })
      .execute();
    await tx
      .insertInto('partner_organisation')
      .values({
        id,
        sector: input.sector,
        region: input.region,
        municipality_code: input.municipalityCode ?? null,
        phone: input.phone ?? '',
        email: input.email ?? '',
        website: input.website ?? '',
        notes: input.notes ?? '',
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    return organisationView(tx, ctx, id);
  });
}

/** Changes an organisation; a new name is searchable in its services at once. */
export function updateOrganisation(
  ctx: Ctx,
  id: string,
  input: Partial<OrganisationFields> & { version: number; active?: boolean | undefined },
): Promise<PartnerOrganisation> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const row = await tx
      .selectFrom('partner_organisation')
      .select(['region', 'municipality_code'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    const region = input.region ?? (row.region as Region);
    const code = input.municipalityCode === undefined ? row.municipality_code : input.municipalityCode;
    if (code) throwIssues(await municipalityIssues(tx, [code], region, () => 'body.municipalityCode'));
    const updated = await tx
      .updateTable('partner_organisation')
      .set({
        ...(input.sector ? { sector: input.sector } : {}),
        region,
        municipality_code: code,
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.website !== undefined ? { website: input.website } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new AppError('conflict', [], { current: await organisationView(tx, ctx, id) });
    if (input.name || input.region) {
      await tx
        .updateTable('organisation')
        .set({
          ...(input.name ? { name_fi: input.name.fi, name_sv: input.name.sv || input.name.fi } : {}),
          region,
        })
        .where('id', '=', id)
        .execute();
      const services = await tx
        .selectFrom('partner_service')
        .select('id')
        .where('organisation_id', '=', id)
        .execute();
      await refreshServiceSearch(
        tx,
        services.map((s) => s.id),
      );
    }
    return organisationView(tx, ctx, id);
  });
}
