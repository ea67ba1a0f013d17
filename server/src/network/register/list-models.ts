import type { Region } from '@lumo/domain';
import { sql } from 'kysely';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { modelSummaries, registerCan } from './queries';

/**
 * Collaboration models by name, region, municipality or partner. A model of the whole region is
 * listed for each of its municipalities too.
 */
export function listCollaborationModels(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    region?: Region | undefined;
    municipality?: string | undefined;
    organisationId?: string | undefined;
  },
) {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, { plans: 'perExecution' }, async (tx) => {
    let select = tx.selectFrom('collaboration_model as c').select('c.id');
    if (query.region) select = select.where('c.region', '=', query.region);
    if (query.municipality) {
      const code = query.municipality;
      select = select.where((eb) =>
        eb.or([
          eb('c.municipality_code', '=', code),
          eb.and([
            eb('c.municipality_code', 'is', null),
            eb('c.region', '=', eb.selectFrom('municipality').select('region').where('code', '=', code)),
          ]),
        ]),
      );
    }
    if (query.organisationId)
      select = select.where(sql<boolean>`${query.organisationId}::uuid = ANY(c.partner_organisation_ids)`);
    for (const word of (query.q ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
      select = select.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['c.name_fi']), 'like', pattern),
          eb(eb.fn('lower', ['c.description']), 'like', pattern),
        ]),
      );
    }
    const ids = (await select.limit(500).execute()).map((r) => r.id);
    return {
      models: ids.length ? await modelSummaries(tx, { ids }) : [],
      can: registerCan(ctx),
    };
  });
}
