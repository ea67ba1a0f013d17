import {
  allowedRoleActions,
  type Contact,
  type MunicipalityRef,
  type Region,
  type ServiceSummary,
  type ServiceType,
} from '@lumo/domain';
import { sql } from 'kysely';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/http-errors';
import { anyOf } from '../queries';

/** What the actor may do with the register: shown as `can`. */
export const registerCan = (ctx: Ctx): string[] =>
  allowedRoleActions(ctx.actor.roles).filter((a) => a === 'partnerRegister:maintain');

export const toMunicipality = (m: { code: string; name_fi: string; name_sv: string; region: string }) =>
  ({
    code: m.code,
    name: { fi: m.name_fi, sv: m.name_sv },
    region: m.region as Region,
  }) satisfies MunicipalityRef;

/** Municipalities by code, to check that the codes a request names exist and lie in its region. */
export async function municipalities(tx: Tx, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, MunicipalityRef>();
  const rows = await tx
    .selectFrom('municipality')
    .selectAll()
    .where('code', '=', sql<string>`ANY(${[...new Set(codes)]}::text[])`)
    .execute();
  return new Map(rows.map((m) => [m.code, toMunicipality(m)]));
}

/** Field issues for codes that are unknown or in another region. */
export async function municipalityIssues(
  tx: Tx,
  codes: readonly string[],
  region: Region | null,
  pathOf: (index: number) => string,
): Promise<FieldIssue[]> {
  const known = await municipalities(tx, codes);
  return codes.flatMap((code, i): FieldIssue[] => {
    const m = known.get(code);
    const at = pathOf(i);
    if (!m) return [{ path: at, code: 'unknown_reference' }];
    if (region && m.region !== region) return [{ path: at, code: 'invalid_value' }];
    return [];
  });
}

export function throwIssues(issues: FieldIssue[]) {
  if (issues.length > 0) throw new AppError('validation_failed', issues);
}

/** Services as they are listed: with their organisation and the municipalities they serve. */
export async function serviceSummaries(tx: Tx, ids: readonly string[]): Promise<ServiceSummary[]> {
  if (ids.length === 0) return [];
  const [rows, areas] = await Promise.all([
    tx
      .selectFrom('partner_service as s')
      .innerJoin('organisation as o', 'o.id', 's.organisation_id')
      .select([
        's.id',
        's.service_type',
        's.name_fi',
        's.name_sv',
        's.region',
        's.phone',
        's.email',
        's.active',
      ])
      .select(['o.id as org_id', 'o.name_fi as org_fi', 'o.name_sv as org_sv'])
      .where('s.id', '=', anyOf(ids))
      .execute(),
    tx
      .selectFrom('partner_service_area as a')
      .innerJoin('municipality as m', 'm.code', 'a.municipality_code')
      .select(['a.service_id', 'm.code', 'm.name_fi', 'm.name_sv', 'm.region'])
      .where('a.service_id', '=', anyOf(ids))
      .orderBy('m.name_fi')
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        organisation: { id: r.org_id, name: { fi: r.org_fi, sv: r.org_sv } },
        type: r.service_type as ServiceType,
        name: { fi: r.name_fi, sv: r.name_sv },
        region: r.region as Region,
        municipalities: areas.filter((a) => a.service_id === id).map(toMunicipality),
        phone: r.phone,
        email: r.email,
        active: r.active,
      },
    ];
  });
}

export function toContact(c: {
  id: string;
  organisation_id: string;
  service_id: string | null;
  name: string;
  title: string;
  phone: string;
  email: string;
  user_id: string | null;
  notes: string;
  version: number;
}): Contact {
  return {
    id: c.id,
    organisationId: c.organisation_id,
    serviceId: c.service_id,
    name: c.name,
    title: c.title,
    phone: c.phone,
    email: c.email,
    userId: c.user_id,
    notes: c.notes,
    version: c.version,
  };
}

/** Collaboration models as listed under an organisation or a service. */
export async function modelSummaries(
  tx: Tx,
  where: { organisationId?: string; serviceId?: string; ids?: string[] },
) {
  let query = tx
    .selectFrom('collaboration_model as c')
    .leftJoin('municipality as m', 'm.code', 'c.municipality_code')
    .select(['c.id', 'c.name_fi', 'c.name_sv', 'c.region', 'c.active', 'c.steps'])
    .select(['m.code', 'm.name_fi as m_fi', 'm.name_sv as m_sv', 'm.region as m_region']);
  if (where.organisationId)
    query = query.where(sql<boolean>`${where.organisationId}::uuid = ANY(c.partner_organisation_ids)`);
  if (where.serviceId) query = query.where(sql<boolean>`${where.serviceId}::uuid = ANY(c.service_ids)`);
  if (where.ids) query = query.where('c.id', '=', anyOf(where.ids));
  const rows = await query.orderBy('c.name_fi').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    name: { fi: r.name_fi, sv: r.name_sv },
    region: (r.region as Region | null) ?? null,
    municipality:
      r.code && r.m_fi && r.m_sv !== null && r.m_region
        ? toMunicipality({ code: r.code, name_fi: r.m_fi, name_sv: r.m_sv, region: r.m_region })
        : null,
    steps: Array.isArray(r.steps) ? r.steps.length : 0,
    active: r.active,
  }));
}
