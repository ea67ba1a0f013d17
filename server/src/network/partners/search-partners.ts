import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';

const LIMIT = 50;

/** Partner professionals' accounts to invite, by the start of a name or by organisation. */
export function searchPartnerProfessionals(
  ctx: Ctx,
  query: { q?: string | undefined; organisationId?: string | undefined },
) {
  requireRole(ctx, 'partnerProfessional:search');
  return asActor(ctx, { plans: 'perExecution' }, async (tx) => {
    let select = tx
      .selectFrom('staff_user as u')
      .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
      .leftJoin('partner_organisation as po', 'po.id', 'o.id')
      .select(['u.id', 'u.first_name', 'u.last_name', 'u.title', 'o.id as org_id', 'o.name_fi', 'o.name_sv'])
      .select(['po.region'])
      .where((eb) => eb(eb.val('partner'), '=', eb.fn.any('u.roles')))
      .where('u.active', '=', true);
    if (query.organisationId) select = select.where('u.organisation_id', '=', query.organisationId);
    for (const word of (query.q ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean)) {
      const prefix = `${word.replace(/[\\%_]/g, '\\$&')}%`;
      select = select.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['u.first_name']), 'like', prefix),
          eb(eb.fn('lower', ['u.last_name']), 'like', prefix),
          eb(eb.fn('lower', ['o.name_fi']), 'like', `%${prefix}`),
        ]),
      );
    }
    const rows = await select
      .orderBy('u.last_name')
      .orderBy('u.first_name')
      .limit(LIMIT + 1)
      .execute();
    return {
      partners: rows.slice(0, LIMIT).map((r) => ({
        id: r.id,
        name: `${r.first_name} ${r.last_name}`,
        title: r.title,
        organisation: { id: r.org_id, name: { fi: r.name_fi, sv: r.name_sv } },
        region: r.region,
      })),
      more: rows.length > LIMIT,
    };
  });
}
