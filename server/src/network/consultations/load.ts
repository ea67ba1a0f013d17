import {
  type Consultation,
  type Expertise,
  findIdentifiers,
  helsinkiDateOf,
  labelNameParts,
  type NamePart,
  type NetworkMapDocument,
  personNameParts,
  type Region,
} from '@lumo/domain';
import { type Selectable, sql } from 'kysely';
import { staffNames } from '../../children/queries';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import type { ConsultationTable } from '../../platform/schema';
import { anyOf, partnerRefs, unknownPartner } from '../queries';

export type ConsultationRow = Selectable<ConsultationTable>;

/** Who is looking: the child's own workers see the child; an expert never does. */
export type Viewer = 'team' | 'expert';

/**
 * The names of the case's people, for the anonymiser: the child, every family member of the record
 * (guardians, parents, siblings…), and the people drawn on the child's network map.
 */
export async function caseNameParts(tx: Tx, childId: string): Promise<NamePart[]> {
  const [people, map] = await Promise.all([
    tx
      .selectFrom('person')
      .select(['first_names', 'last_name'])
      .where((eb) =>
        eb.or([
          eb('id', '=', childId),
          eb('id', 'in', eb.selectFrom('family_link').select('person_id').where('child_id', '=', childId)),
        ]),
      )
      .execute(),
    tx
      .selectFrom('network_map_version')
      .select('document')
      .where('child_id', '=', childId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const nodes = map ? (map.document as NetworkMapDocument).nodes : [];
  return [
    ...people.flatMap((p) => personNameParts(p.first_names, p.last_name)),
    ...nodes.filter((n) => n.kind === 'person').flatMap((n) => labelNameParts(n.name)),
  ];
}

export interface FieldFinding {
  field: 'question' | 'background';
  kind: 'identity_code' | 'name';
  start: number;
  end: number;
}

/** What would identify the child in the request's texts: positions only, never the text found. */
export function scanRequest(
  texts: { question: string; background?: string | undefined },
  parts: readonly NamePart[],
): FieldFinding[] {
  return (['question', 'background'] as const).flatMap((field) =>
    findIdentifiers(texts[field] ?? '', parts).map((f) => ({
      field,
      kind: f.kind,
      start: f.start,
      end: f.end,
    })),
  );
}

/**
 * Refuses a request carrying an identity code (always) or a name of the case (unless it is an
 * identifying request on a recorded basis). The answer says which field holds what and where, so
 * the form can mark it; it never repeats the text itself.
 */
export function refuseIdentifiers(findings: FieldFinding[], identifying: boolean): void {
  const codes = findings.filter((f) => f.kind === 'identity_code');
  const blocking = codes.length > 0 ? codes : identifying ? [] : findings;
  if (blocking.length === 0) return;
  const issues = [...new Set(blocking.map((f) => `${f.field}:${f.kind}`))].map((key) => {
    const [field, kind] = key.split(':');
    return {
      path: `body.${field}`,
      code: kind === 'name' ? ('case_name' as const) : ('identity_code' as const),
    };
  });
  throw new AppError(codes.length > 0 ? 'identity_code_in_consultation' : 'identifying_data_found', issues, {
    findings: blocking,
  });
}

export async function findConsultation(tx: Tx, id: string): Promise<ConsultationRow> {
  const row = await tx.selectFrom('consultation').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** The child a consultation is about, when the actor may see the link (the child's own workers). */
export async function linkedChild(tx: Tx, consultationId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('consultation_case')
    .select('child_id')
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
  return row?.child_id ?? null;
}

export async function expertProfile(tx: Tx, userId: string) {
  return tx.selectFrom('expert_profile').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The actor's own expert profile; an account outside the pool has no expert inbox. */
export async function requireExpert(tx: Tx, ctx: Ctx) {
  const profile = await expertProfile(tx, ctx.actor.userId);
  if (!profile) throw new AppError('forbidden');
  return profile;
}

/**
 * For an identifying request, the child it names, as its expert may know it: her reads and answer
 * then go to the child's use log. An anonymised request gives none.
 */
export async function identifiedChildren(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ consultation_id: string; child_id: string }>`
    SELECT consultation_id, child_id FROM lumo_consultation_children(${ids}::uuid[])`.execute(tx);
  return new Map(rows.map((r) => [r.consultation_id, r.child_id]));
}

function expertCan(row: ConsultationRow, ctx: Ctx): string[] {
  if (row.status !== 'open') return [];
  if (row.expert_id === ctx.actor.userId) return ['consultation:answer'];
  return row.expert_id === null ? ['consultation:take', 'consultation:answer'] : [];
}

/** Consultations as the API gives them, in the order given. */
export async function consultationViews(
  tx: Tx,
  ctx: Ctx,
  rows: ConsultationRow[],
  viewer: Viewer,
): Promise<Consultation[]> {
  if (rows.length === 0) return [];
  const today = helsinkiDateOf(ctx.clock.now());
  const [askers, experts, children] = await Promise.all([
    staffNames(
      tx,
      rows.map((r) => r.asked_by),
    ),
    partnerRefs(
      tx,
      rows.flatMap((r) => (r.expert_id ? [r.expert_id] : [])),
    ),
    viewer === 'team'
      ? tx
          .selectFrom('consultation_case as cc')
          .innerJoin('person as p', 'p.id', 'cc.child_id')
          .select(['cc.consultation_id', 'p.id', 'p.first_names', 'p.last_name'])
          .where('cc.consultation_id', '=', anyOf(rows.map((r) => r.id)))
          .execute()
      : Promise.resolve([]),
  ]);
  const childOf = new Map(
    children.map((c) => [c.consultation_id, { id: c.id, name: `${c.first_names} ${c.last_name}` }]),
  );
  return rows.map((r) => ({
    id: r.id,
    expertise: r.expertise as Expertise,
    region: r.region as Region | null,
    // An expert's title names her speciality, which her staff role cannot.
    expert: r.expert_id ? { ...(experts.get(r.expert_id) ?? unknownPartner(r.expert_id)), role: null } : null,
    question: r.question,
    background: r.background,
    childAgeYears: r.child_age_years,
    identifying: r.identifying,
    basis: r.legal_basis
      ? {
          kind: r.legal_basis,
          provision: r.provision as NonNullable<Consultation['basis']>['provision'],
          provisionDetail: r.provision_detail,
          consentId: r.consent_id,
        }
      : null,
    askedBy: askers.get(r.asked_by) ?? { id: r.asked_by, name: '', title: '', role: null },
    sentAt: r.sent_at.toISOString(),
    dueOn: r.due_on,
    overdue: r.status === 'open' && r.due_on < today,
    status: r.status,
    takenAt: r.taken_at?.toISOString() ?? null,
    answer: r.answer,
    answeredAt: r.answered_at?.toISOString() ?? null,
    child: viewer === 'team' ? (childOf.get(r.id) ?? null) : null,
    version: r.version,
    can: viewer === 'team' ? ['consultation:read'] : expertCan(r, ctx),
  }));
}
