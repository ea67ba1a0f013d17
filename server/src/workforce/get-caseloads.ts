import { CASELOAD_LIMIT, type Caseloads, canByRole } from '@lumo/domain';
import { sql } from 'kysely';
import { staffNames } from '../children/queries';
import { requireRole } from '../platform/access';
import { appendAudit } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import type { Tx } from '../platform/db';

const OVERRIDE_HISTORY_DAYS = 365;

async function overridesOf(tx: Tx, teamIds: string[], since: Date) {
  if (teamIds.length === 0) return [];
  return tx
    .selectFrom('caseload_override')
    .selectAll()
    .where('team_id', 'in', teamIds)
    .where((eb) => eb.or([eb('consumed_at', 'is', null), eb('granted_at', '>=', since)]))
    .orderBy('granted_at', 'desc')
    .execute();
}

/**
 * Each worker's count of child clients against the limit of 30 (LSL §13b), for the teams the actor
 * leads or belongs to, with the exceptions granted and their reasons. Counts only: no child is named.
 */
export function getCaseloads(ctx: Ctx): Promise<Caseloads> {
  requireRole(ctx, 'caseload:read');
  return asActor(ctx, async (tx) => {
    const now = ctx.clock.now();
    const teams = await tx
      .selectFrom('team as t')
      .select(['t.id', 't.name', 't.lead_id'])
      .where((eb) =>
        eb.or([
          eb('t.lead_id', '=', ctx.actor.userId),
          eb.exists(
            eb
              .selectFrom('team_member as m')
              .select(sql.lit(1).as('one'))
              .whereRef('m.team_id', '=', 't.id')
              .where('m.user_id', '=', ctx.actor.userId)
              .where('m.valid_from', '<=', now)
              .where((e) => e.or([e('m.valid_to', 'is', null), e('m.valid_to', '>', now)])),
          ),
        ]),
      )
      .orderBy('t.name')
      .execute();
    const teamIds = teams.map((t) => t.id);
    const members =
      teamIds.length === 0
        ? []
        : await tx
            .selectFrom('team_member as m')
            .select(['m.team_id', 'm.user_id', 'm.team_role'])
            .where('m.team_id', 'in', teamIds)
            .where('m.valid_from', '<=', now)
            .where((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>', now)]))
            .execute();
    const counts = new Map<string, number>();
    for (const team of teams) {
      const { rows } = await sql<{ user_id: string; client_count: number }>`
        SELECT * FROM lumo_team_caseloads(${team.id})`.execute(tx);
      for (const r of rows) counts.set(r.user_id, Number(r.client_count));
    }
    const overrides = await overridesOf(
      tx,
      teamIds,
      new Date(now.getTime() - OVERRIDE_HISTORY_DAYS * 86_400_000),
    );
    const names = await staffNames(tx, [
      ...members.map((m) => m.user_id),
      ...teams.flatMap((t) => (t.lead_id ? [t.lead_id] : [])),
      ...overrides.flatMap((o) => [o.worker_id, o.granted_by]),
    ]);
    const ref = (id: string) => names.get(id) ?? { id, name: '', title: '', role: null };
    const overrideJson = (o: (typeof overrides)[number]) => ({
      id: o.id,
      worker: ref(o.worker_id),
      reason: o.reason,
      grantedBy: ref(o.granted_by),
      grantedAt: o.granted_at.toISOString(),
      consumedAt: o.consumed_at?.toISOString() ?? null,
    });
    await appendAudit(tx, ctx, { action: 'caseload:read', basis: 'role', purpose: 'workforce_management' });
    const leads = canByRole(ctx.actor.roles, 'caseload:override');
    return {
      limit: CASELOAD_LIMIT,
      teams: teams.map((t) => ({
        id: t.id,
        name: t.name,
        lead: t.lead_id ? ref(t.lead_id) : null,
        members: members
          .filter((m) => m.team_id === t.id)
          .map((m) => {
            const clientCount = counts.get(m.user_id) ?? 0;
            const open = overrides.find((o) => o.worker_id === m.user_id && !o.consumed_at);
            return {
              user: ref(m.user_id),
              teamRole: m.team_role,
              clientCount,
              atLimit: clientCount >= CASELOAD_LIMIT,
              overLimit: clientCount > CASELOAD_LIMIT,
              openOverride: open ? overrideJson(open) : null,
            };
          })
          .sort((a, b) => a.user.name.localeCompare(b.user.name, 'fi')),
        overrides: overrides.filter((o) => o.team_id === t.id).map(overrideJson),
        can: leads && t.lead_id === ctx.actor.userId ? ['caseload:override'] : [],
      })),
    };
  });
}
