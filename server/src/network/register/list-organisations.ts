import type { PartnerOrganisation, Region } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { municipalities, registerCan } from './queries';

const LIMIT = 200;

/** Partner organisations by a part of their name, region and sector. */
export function listOrganisations(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    region?: Region | undefined;
    sector?: PartnerOrganisation['sector'] | undefined;
  },
) {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, { plans: 'perExecution' }, async (tx) => {
    let select = tx
      .selectFrom('partner_organisation as p')
      .innerJoin('organisation as o', 'o.id', 'p.id')
      .select(['p.id', 'p.sector', 'p.region', 'p.municipality_code', 'p.active', 'o.name_fi', 'o.name_sv'])
      .select((eb) =>
        eb
          .selectFrom('partner_service as s')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('s.organisation_id', '=', 'p.id')
          .as('services'),
      );
    if (query.region) select = select.where('p.region', '=', query.region);
    if (query.sector) select = select.where('p.sector', '=', query.sector);
    for (const word of (query.q ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
      select = select.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['o.name_fi']), 'like', pattern),
          eb(eb.fn('lower', ['o.name_sv']), 'like', pattern),
        ]),
      );
    }
    const rows = await select
      .orderBy('o.name_fi')
      .limit(LIMIT + 1)
      .execute();
    const homes = await municipalities(
      tx,
      rows.map((r) => r.municipality_code).filter((c): c is string => c !== null),
    );
    return {
      organisations: rows.slice(0, LIMIT).map((r) => ({
        id: r.id,
        name: { fi: r.name_fi, sv: r.name_sv },
        sector: r.sector as PartnerOrganisation['sector'],
        region: r.region as Region,
        municipality: (r.municipality_code && homes.get(r.municipality_code)) || null,
        services: Number(r.services ?? 0),
        active: r.active,
      })),
      more: rows.length > LIMIT,
      can: registerCan(ctx),
    };
  });
}
