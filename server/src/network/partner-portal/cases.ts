import {
  allowedPartnerActions,
  type PartnerCase,
  type PartnerCaseDetail,
  type PartnerSection,
} from '@lumo/domain';
import { staffNames } from '../../children/queries';
import { appendAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import {
  type Disclosure,
  lastDayBefore,
  livePartnerGrants,
  logPartnerDisclosure,
  MULTI_AGENCY_WORK,
  PartnerAccessDenied,
  type PartnerGrantRow,
  runPartnerCommand,
} from '../access';
import { anyOf } from '../queries';

/** The invitation's short code: what a case without the basic facts section is called. */
export const pseudonym = (grantId: string) => grantId.replaceAll('-', '').slice(0, 6).toUpperCase();

/** The child's basic facts, for the grants that have the section (row-level security shows no others). */
async function basicFacts(tx: Tx, grants: PartnerGrantRow[]) {
  const ids = grants.filter((g) => g.sections.includes('basic_facts')).map((g) => g.childId);
  if (ids.length === 0) return new Map<string, NonNullable<PartnerCase['child']>>();
  const rows = await tx
    .selectFrom('person as p')
    .leftJoin('organisation as m', 'm.id', 'p.municipality_id')
    .select(['p.id', 'p.first_names', 'p.last_name', 'p.birth_date', 'm.name_fi', 'm.name_sv'])
    .where('p.id', '=', anyOf(ids))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        firstNames: r.first_names,
        lastName: r.last_name,
        birthDate: r.birth_date,
        municipality: r.name_fi !== null ? { fi: r.name_fi, sv: r.name_sv ?? r.name_fi } : null,
      },
    ]),
  );
}

async function toCases(tx: Tx, grants: PartnerGrantRow[]): Promise<PartnerCase[]> {
  const [facts, staff] = await Promise.all([
    basicFacts(tx, grants),
    staffNames(
      tx,
      grants.flatMap((g) => (g.grantedBy ? [g.grantedBy] : [])),
    ),
  ]);
  return grants.map((g) => ({
    childId: g.childId,
    grantId: g.id,
    child: facts.get(g.childId) ?? null,
    label: pseudonym(g.id),
    sections: g.sections,
    validUntil: lastDayBefore(g.validTo),
    purpose: g.purpose,
    basis: g.basis,
    invitedBy: (g.grantedBy && staff.get(g.grantedBy)) || null,
    invitedAt: g.validFrom.toISOString(),
    can: allowedPartnerActions(g.sections),
  }));
}

/**
 * Writes a read of the case to the use log, and, when the child's basic facts were shown, to the
 * disclosure log too.
 */
async function logCaseRead(tx: Tx, ctx: Ctx, grant: PartnerGrantRow, details: Record<string, unknown>) {
  if (grant.sections.includes('basic_facts')) {
    const disclosures: Disclosure[] = [{ data: 'basic_facts', dataRef: grant.childId }];
    await logPartnerDisclosure(tx, ctx, grant, 'partner:readBasicFacts', disclosures, details);
    return;
  }
  await appendAudit(tx, ctx, {
    action: 'partnerPortal:use',
    childIds: [grant.childId],
    basis: 'relationship:partner',
    purpose: MULTI_AGENCY_WORK,
    details: { ...details, relationshipId: grant.id },
  });
}

/** The cases the partner has been invited into and may still see, newest invitation first. */
export function listPartnerCases(ctx: Ctx): Promise<{ cases: PartnerCase[] }> {
  return runPartnerCommand(ctx, async (tx) => {
    const grants = await livePartnerGrants(tx, ctx);
    for (const grant of grants) await logCaseRead(tx, ctx, grant, { view: 'cases' });
    return { cases: await toCases(tx, grants) };
  });
}

/** One case: what each of her sections holds, in outline. */
export function getPartnerCase(ctx: Ctx, childId: string): Promise<PartnerCaseDetail> {
  return runPartnerCommand(ctx, async (tx) => {
    const [grant] = await livePartnerGrants(tx, ctx, childId);
    if (!grant) throw new PartnerAccessDenied(childId, 'partnerPortal:use');
    const has = (section: PartnerSection) => grant.sections.includes(section);
    const [base, assessments, map, plan] = await Promise.all([
      toCases(tx, [grant]),
      has('assessment')
        ? tx
            .selectFrom('multiagency_assessment')
            .select(['id', 'phase', 'started_on'])
            .where('child_id', '=', childId)
            .orderBy('started_on', 'desc')
            .execute()
        : Promise.resolve([]),
      has('network_map')
        ? tx
            .selectFrom('network_map_version')
            .select((eb) => eb.fn.max('version').as('version'))
            .where('child_id', '=', childId)
            .executeTakeFirst()
        : Promise.resolve(undefined),
      has('client_plan')
        ? tx
            .selectFrom('client_plan')
            .select(['id', 'plan_date'])
            .where('child_id', '=', childId)
            .where('status', '=', 'agreed')
            .orderBy('plan_no', 'desc')
            .limit(1)
            .executeTakeFirst()
        : Promise.resolve(undefined),
    ]);
    await logCaseRead(tx, ctx, grant, { view: 'case' });
    return {
      ...base[0]!,
      multiagencyAssessments: assessments.map((a) => ({
        id: a.id,
        phase: a.phase as PartnerCaseDetail['multiagencyAssessments'][number]['phase'],
        startedOn: a.started_on,
      })),
      networkMapVersion: map?.version ?? null,
      clientPlan: plan?.plan_date ? { id: plan.id, planDate: plan.plan_date } : null,
    };
  });
}
