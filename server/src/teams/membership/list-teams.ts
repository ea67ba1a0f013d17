import { allowedTeamActions, type TeamRelationshipKind } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';

/** The teams the actor belongs to now or leads: where her team work starts. */
export function listTeams(ctx: Ctx) {
  requireRole(ctx, 'team:list');
  return asActor(ctx, async (tx) => {
    const now = ctx.clock.now();
    const rows = await tx
      .selectFrom('team as t')
      .leftJoin('team_member as m', (join) =>
        join
          .onRef('m.team_id', '=', 't.id')
          .on('m.user_id', '=', ctx.actor.userId)
          .on('m.valid_from', '<=', now)
          .on((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>', now)])),
      )
      .select(['t.id', 't.name', 't.lead_id', 'm.team_role'])
      .where((eb) => eb.or([eb('t.lead_id', '=', ctx.actor.userId), eb('m.id', 'is not', null)]))
      .orderBy('t.name')
      .execute();
    return {
      teams: rows.map((t) => {
        const relationships: TeamRelationshipKind[] = [];
        if (t.team_role) relationships.push('member');
        if (t.team_role === 'consultant_social_worker') relationships.push('consultant');
        if (t.lead_id === ctx.actor.userId) relationships.push('lead');
        return {
          id: t.id,
          name: t.name,
          myRole: t.team_role ?? null,
          can: allowedTeamActions(relationships),
        };
      }),
    };
  });
}
