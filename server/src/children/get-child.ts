import { type ChildPage, jobRole } from '@lumo/domain';
import { sql } from 'kysely';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { personSummaryColumns, toPersonSummary } from './queries';

/** The child's page: facts, family and guardians, the case with its worker and team. */
export function getChild(ctx: Ctx, childId: string): Promise<ChildPage> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'child:read');
    const child = await tx
      .selectFrom('person as p')
      .leftJoin('organisation as pm', 'pm.id', 'p.municipality_id')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('child_case')
            .selectAll()
            .whereRef('child_case.child_id', '=', 'p.id')
            .orderBy('opened_at', 'desc')
            .limit(1)
            .as('c'),
        (join) => join.onTrue(),
      )
      .leftJoin('organisation as cm', 'cm.id', 'c.municipality_id')
      .leftJoin('organisation as county', 'county.id', 'c.county_id')
      .leftJoin('team as t', 't.id', 'c.team_id')
      .leftJoin('staff_user as w', 'w.id', 'c.responsible_worker_id')
      .select([...personSummaryColumns, 'p.street_address', 'p.postal_code', 'p.post_office', 'p.phone'])
      .select(['p.language', 'p.non_disclosure', 'p.version', 'pm.name_fi', 'pm.name_sv'])
      .select([
        'c.id as case_id',
        'c.status',
        'c.opened_at',
        'cm.name_fi as case_fi',
        'cm.name_sv as case_sv',
      ])
      .select([
        'county.name_fi as county_fi',
        'county.name_sv as county_sv',
        't.id as team_id',
        't.name as team_name',
      ])
      .select([
        'w.id as worker_id',
        'w.first_name as worker_first',
        'w.last_name as worker_last',
        'w.title as worker_title',
        'w.roles as worker_roles',
      ])
      .where('p.id', '=', childId)
      .where('p.kind', '=', 'child')
      .executeTakeFirst();
    if (!child) throw new Error('child with a relationship but no person row');
    const family = await tx
      .selectFrom('family_link as f')
      .innerJoin('person as p', 'p.id', 'f.person_id')
      .select([...personSummaryColumns, 'f.relation', 'f.is_guardian', 'f.lives_with_child'])
      .select([
        'p.street_address',
        'p.postal_code',
        'p.post_office',
        'p.phone',
        'p.non_disclosure',
        'p.deceased_on',
      ])
      .where('f.child_id', '=', childId)
      .orderBy('f.is_guardian', 'desc')
      .orderBy('p.birth_date')
      .execute();
    const grants = access.can.includes('child:readAccessGrants')
      ? await accessGrantsOf(tx, ctx, childId)
      : null;

    await appendAudit(tx, ctx, {
      action: 'child:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    const hideAddress = (row: {
      non_disclosure: boolean;
      street_address: string;
      postal_code: string;
      post_office: string;
    }) =>
      row.non_disclosure
        ? { streetAddress: '', postalCode: '', postOffice: '' }
        : { streetAddress: row.street_address, postalCode: row.postal_code, postOffice: row.post_office };
    return {
      child: {
        ...toPersonSummary(child),
        ...hideAddress(child),
        phone: child.phone,
        language: child.language,
        nonDisclosure: child.non_disclosure,
        municipality: child.name_fi ? { fi: child.name_fi, sv: child.name_sv ?? child.name_fi } : null,
        version: child.version,
      },
      family: family.map((f) => ({
        ...toPersonSummary(f),
        relation: f.relation,
        isGuardian: f.is_guardian,
        livesWithChild: f.lives_with_child,
        ...hideAddress(f),
        phone: f.phone,
        nonDisclosure: f.non_disclosure,
        deceasedOn: f.deceased_on,
      })),
      case:
        child.case_id && child.status && child.opened_at
          ? {
              id: child.case_id,
              status: child.status,
              openedAt: child.opened_at.toISOString(),
              municipality: { fi: child.case_fi ?? '', sv: child.case_sv ?? '' },
              county: { fi: child.county_fi ?? '', sv: child.county_sv ?? '' },
              responsibleWorker: child.worker_id
                ? {
                    id: child.worker_id,
                    name: `${child.worker_first} ${child.worker_last}`,
                    title: child.worker_title ?? '',
                    role: jobRole(child.worker_roles ?? []),
                  }
                : null,
              team: child.team_id && child.team_name ? { id: child.team_id, name: child.team_name } : null,
            }
          : null,
      myAccess: access.held.map((r) => ({ kind: r.kind, validTo: r.validTo?.toISOString() ?? null })),
      accessGrants: grants,
      can: access.can,
    };
  });
}

const EMERGENCY_HISTORY_DAYS = 90;

/**
 * Who else holds access to the child: everyone with a live grant, and every emergency access of
 * the last 90 days, so that the responsible worker sees that the glass was broken. Partners' access,
 * with its sections and basis, has its own list (GET /api/children/:id/partner-access).
 */
async function accessGrantsOf(tx: Tx, ctx: Ctx, childId: string) {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - EMERGENCY_HISTORY_DAYS * 86_400_000);
  const { rows } = await sql<{
    id: string;
    user_id: string;
    kind: 'responsible' | 'team' | 'emergency';
    valid_from: Date;
    valid_to: Date | null;
    reason: string | null;
    first_name: string;
    last_name: string;
    title: string;
    roles: string[];
  }>`SELECT g.id, g.user_id, g.kind, g.valid_from, g.valid_to, g.reason, u.first_name, u.last_name, u.title,
       u.roles
     FROM lumo_child_access_grants(${childId}) g JOIN staff_user u ON u.id = g.user_id
     WHERE g.user_id <> ${ctx.actor.userId} AND g.kind <> 'partner'
       AND ((g.valid_from <= ${now} AND (g.valid_to IS NULL OR g.valid_to > ${now}))
         OR (g.kind = 'emergency' AND g.valid_from >= ${since}))
     ORDER BY g.kind = 'emergency' DESC, g.valid_from DESC`.execute(tx);
  return rows.map((g) => ({
    id: g.id,
    user: { id: g.user_id, name: `${g.first_name} ${g.last_name}`, title: g.title, role: jobRole(g.roles) },
    kind: g.kind,
    validFrom: g.valid_from.toISOString(),
    validTo: g.valid_to?.toISOString() ?? null,
    reason: g.reason,
  }));
}
