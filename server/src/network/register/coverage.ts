import { type Coverage, type Region, type ServiceType, serviceTypes } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { toMunicipality } from './queries';

/**
 * Which municipality has which type of active service, counted over every municipality of the
 * region (or all four): the types a municipality has none of are its gaps.
 */
export function getCoverage(ctx: Ctx, region: Region | undefined): Promise<Coverage> {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, async (tx) => {
    let places = tx.selectFrom('municipality').selectAll();
    let counts = tx
      .selectFrom('partner_service_area as a')
      .innerJoin('partner_service as s', 's.id', 'a.service_id')
      .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
      .select(['a.municipality_code', 's.service_type'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('s.active', '=', true)
      .groupBy(['a.municipality_code', 's.service_type']);
    if (region) {
      places = places.where('region', '=', region);
      counts = counts.where('m.region', '=', region);
    }
    const [municipalities, cells] = await Promise.all([
      places.orderBy('region').orderBy('name_fi').execute(),
      counts.execute(),
    ]);
    const byPlace = new Map<string, Record<string, number>>();
    for (const c of cells) {
      const row = byPlace.get(c.municipality_code) ?? {};
      row[c.service_type] = Number(c.n);
      byPlace.set(c.municipality_code, row);
    }
    return {
      serviceTypes: [...serviceTypes],
      municipalities: municipalities.map((m) => {
        const have = byPlace.get(m.code) ?? {};
        return {
          ...toMunicipality(m),
          counts: have,
          missing: serviceTypes.filter((t: ServiceType) => t !== 'other' && !have[t]),
        };
      }),
    };
  });
}
