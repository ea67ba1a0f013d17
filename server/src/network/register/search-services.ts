import type { ServiceSearchQuery, ServiceSearchResult } from '@lumo/domain';
import { sql } from 'kysely';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { registerCan, serviceSummaries } from './queries';
import { prefixQuery } from './search-text';

/**
 * Services of the register by words, type, region, municipality or organisation, by name. The words
 * go through the GIN index of `search` (each must begin a word of the service), the filters through
 * their b-tree indexes; a page is one statement and its municipalities another.
 */
export function searchServices(ctx: Ctx, query: ServiceSearchQuery): Promise<ServiceSearchResult> {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, { plans: 'perExecution' }, async (tx) => {
    const words = prefixQuery(query.q);
    let select = tx.selectFrom('partner_service as s').select(['s.id']);
    if (words) select = select.where(sql<boolean>`s.search @@ to_tsquery('simple', ${words})`);
    if (query.includeInactive !== 'true') select = select.where('s.active', '=', true);
    if (query.type) select = select.where('s.service_type', '=', query.type);
    if (query.region) select = select.where('s.region', '=', query.region);
    if (query.organisationId) select = select.where('s.organisation_id', '=', query.organisationId);
    if (query.municipality) {
      const code = query.municipality;
      select = select.where((eb) =>
        eb.exists(
          eb
            .selectFrom('partner_service_area as a')
            .select('a.service_id')
            .whereRef('a.service_id', '=', 's.id')
            .where('a.municipality_code', '=', code),
        ),
      );
    }
    const rows = await select
      .orderBy('s.name_fi')
      .orderBy('s.id')
      .limit(query.limit + 1)
      .offset(query.offset)
      .execute();
    const page = rows.slice(0, query.limit).map((r) => r.id);
    return {
      services: await serviceSummaries(tx, page),
      more: rows.length > query.limit,
      can: registerCan(ctx),
    };
  });
}
