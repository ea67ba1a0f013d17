import type { ChildPage } from '@lumo/domain';
import { sql } from 'kysely';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { personSummaryColumns, staffNames, toPersonSummary } from './queries';

/** The child's page: facts, family and guardians, the case with its worker and team. */
export function getChild(ctx: Ctx, childId: string): Promise<ChildPage> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'child:read');
    const child = await tx
      .selectFrom('person as p')
      .leftJoin('organisation as m', 'm.id', 'p.municipality_id')
      .select([...personSummaryColumns, 'p.street_address', 'p.postal_code', 'p.post_office', 'p.phone'])
      .select(['p.language', 'p.non_disclosure', 'p.version', 'm.name_fi', 'm.name_sv'])
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
    const childCase = await tx
      .selectFrom('child_case as c')
      .innerJoin('organisation as m', 'm.id', 'c.municipality_id')
      .innerJoin('organisation as county', 'county.id', 'c.county_id')
      .leftJoin('team as t', 't.id', 'c.team_id')
      .select([
        'c.id',
        'c.status',
        'c.opened_at',
        'c.responsible_worker_id',
        't.id as team_id',
        't.name as team_name',
      ])
      .select(['m.name_fi', 'm.name_sv', 'county.name_fi as county_fi', 'county.name_sv as county_sv'])
      .where('c.child_id', '=', childId)
      .orderBy('c.opened_at', 'desc')
      .executeTakeFirst();
    const myAccess = await tx
      .selectFrom('access_relationship')
      .select(['kind', 'valid_to'])
      .where('user_id', '=', ctx.actor.userId)
      .where('child_id', '=', childId)
      .where('valid_from', '<=', ctx.clock.now())
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', ctx.clock.now())]))
      .execute();
    const grants = access.can.includes('child:readAccessGrants')
      ? await accessGrantsOf(tx, ctx, childId)
      : null;
    const names = await staffNames(tx, [
      ...(grants ?? []).map((g) => g.user_id),
      ...(childCase?.responsible_worker_id ? [childCase.responsible_worker_id] : []),
    ]);

    await appendAudit(tx, ctx, {
      action: 'child:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    return {
      child: {
        ...toPersonSummary(child),
        streetAddress: child.non_disclosure ? '' : child.street_address,
        postalCode: child.non_disclosure ? '' : child.postal_code,
        postOffice: child.non_disclosure ? '' : child.post_office,
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
        streetAddress: f.non_disclosure ? '' : f.street_address,
        postalCode: f.non_disclosure ? '' : f.postal_code,
        postOffice: f.non_disclosure ? '' : f.post_office,
        phone: f.phone,
        nonDisclosure: f.non_disclosure,
        deceasedOn: f.deceased_on,
      })),
      case: childCase
        ? {
            id: childCase.id,
            status: childCase.status,
            openedAt: childCase.opened_at.toISOString(),
            municipality: { fi: childCase.name_fi, sv: childCase.name_sv },
            county: { fi: childCase.county_fi, sv: childCase.county_sv },
            responsibleWorker: childCase.responsible_worker_id
              ? (names.get(childCase.responsible_worker_id) ?? null)
              : null,
            team:
              childCase.team_id && childCase.team_name
                ? { id: childCase.team_id, name: childCase.team_name }
                : null,
          }
        : null,
      myAccess: myAccess.map((a) => ({ kind: a.kind, validTo: a.valid_to?.toISOString() ?? null })),
      accessGrants: grants
        ? grants.map((g) => ({
            id: g.id,
            user: names.get(g.user_id) ?? { id: g.user_id, name: '', title: '' },
            kind: g.kind,
            validFrom: g.valid_from.toISOString(),
            validTo: g.valid_to?.toISOString() ?? null,
            reason: g.reason,
          }))
        : null,
      can: access.can,
    };
  });
}

const EMERGENCY_HISTORY_DAYS = 90;

/**
 * Who else holds access to the child: everyone with a live grant, and every emergency access of
 * the last 90 days, so that the responsible worker sees that the glass was broken.
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
  }>`SELECT id, user_id, kind, valid_from, valid_to, reason FROM lumo_child_access_grants(${childId})
     WHERE user_id <> ${ctx.actor.userId}
       AND ((valid_from <= ${now} AND (valid_to IS NULL OR valid_to > ${now}))
         OR (kind = 'emergency' AND valid_from >= ${since}))
     ORDER BY kind = 'emergency' DESC, valid_from DESC`.execute(tx);
  return rows;
}
