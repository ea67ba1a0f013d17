import { jobRole } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';

const MAX_RESULTS = 20;

/** Colleagues of the actor's organisation by name, to add to a team. No client data. */
export function searchStaff(ctx: Ctx, q: string) {
  requireRole(ctx, 'staff:search');
  return asActor(ctx, { plans: 'perExecution' }, async (tx) => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    let query = tx
      .selectFrom('staff_user')
      .select(['id', 'first_name', 'last_name', 'title', 'roles'])
      .where('organisation_id', '=', ctx.actor.organisationId)
      .where('active', '=', true);
    for (const word of words) {
      const pattern = `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['first_name']), 'like', pattern),
          eb(eb.fn('lower', ['last_name']), 'like', pattern),
        ]),
      );
    }
    const rows = await query.orderBy('last_name').orderBy('first_name').limit(MAX_RESULTS).execute();
    return {
      results: rows.map((r) => ({
        id: r.id,
        name: `${r.first_name} ${r.last_name}`,
        title: r.title,
        role: jobRole(r.roles),
        roles: r.roles,
      })),
    };
  });
}
