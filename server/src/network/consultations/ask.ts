import {
  addWorkingDays,
  type Consultation,
  type ConsultationRequest,
  helsinkiDateOf,
  type LegalBasisInput,
} from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { caseNameParts, consultationViews, findConsultation, refuseIdentifiers, scanRequest } from './load';

/** Working days an expert has to answer, unless the worker sets otherwise. */
export const DEFAULT_DUE_WORKING_DAYS = 5;

/**
 * The purpose an identifying consultation's disclosure is logged with, as the guardian reads it in
 * the disclosure log beside the purposes workers write for partner access.
 */
export const CONSULTATION_PURPOSE = 'Asiantuntijakonsultaatio';

/** The expert a request is addressed to: in the pool, available, with the expertise (and region) asked. */
async function requireExpertFor(tx: Tx, expertId: string, input: ConsultationRequest) {
  const expert = await tx
    .selectFrom('expert_profile as p')
    .innerJoin('staff_user as u', 'u.id', 'p.user_id')
    .select([
      'u.id',
      'u.first_name',
      'u.last_name',
      'u.organisation_id',
      'p.expertise',
      'p.region',
      'p.available',
    ])
    .where('p.user_id', '=', expertId)
    .where('u.active', '=', true)
    .executeTakeFirst();
  const fits =
    expert?.available &&
    expert.expertise.includes(input.expertise) &&
    (!input.region || expert.region === input.region);
  if (!expert || !fits) throw new AppError('not_an_expert');
  return expert;
}

/**
 * The consent an identifying request rests on: the child's, for consultations, given to the expert's
 * organisation, neither withdrawn nor expired.
 */
async function requireConsentCovers(
  tx: Tx,
  ctx: Ctx,
  childId: string,
  consentId: string,
  organisationId: string,
): Promise<void> {
  const consent = await tx
    .selectFrom('consent')
    .select(['child_id', 'organisation_id', 'scopes', 'valid_until', 'withdrawal_recorded_at'])
    .where('id', '=', consentId)
    .executeTakeFirst();
  const today = helsinkiDateOf(ctx.clock.now());
  if (
    !consent ||
    consent.child_id !== childId ||
    consent.organisation_id !== organisationId ||
    !consent.scopes.includes('consultation') ||
    consent.withdrawal_recorded_at !== null ||
    consent.valid_until < today
  )
    throw new AppError('consent_does_not_cover');
}

function basisColumns(basis: LegalBasisInput | null) {
  if (!basis) return { legal_basis: null, provision: null, provision_detail: '', consent_id: null };
  return basis.kind === 'statutory'
    ? {
        legal_basis: 'statutory' as const,
        provision: basis.provision,
        provision_detail: basis.provisionDetail ?? '',
        consent_id: null,
      }
    : { legal_basis: 'consent' as const, provision: null, provision_detail: '', consent_id: basis.consentId };
}

/**
 * Sends a consultation about the child to an expert or to the pool of an expertise. The texts are
 * run through the anonymiser first: an identity code is never sent, and a name of the case only in
 * a request that identifies the child on a recorded basis — to a named expert, written to the
 * disclosure log. A refused request is in the use log with what was found, never the text.
 */
export async function askConsultation(
  ctx: Ctx,
  childId: string,
  input: ConsultationRequest,
): Promise<Consultation> {
  const basis = input.identifyingBasis ?? null;
  const expertId = input.expertId ?? null;
  if (basis && !expertId)
    throw new AppError('validation_failed', [{ path: 'body.expertId', code: 'required' }]);
  const refusal: { found?: Record<string, number> } = {};
  try {
    return await runChildCommand(ctx, async (tx) => {
      const access = await requireChildAction(tx, ctx, childId, 'consultation:ask');
      const findings = scanRequest(input, await caseNameParts(tx, childId));
      try {
        refuseIdentifiers(findings, basis !== null);
      } catch (error) {
        refusal.found = {
          identityCodes: findings.filter((f) => f.kind === 'identity_code').length,
          names: findings.filter((f) => f.kind === 'name').length,
        };
        throw error;
      }
      const expert = expertId ? await requireExpertFor(tx, expertId, input) : null;
      if (basis?.kind === 'consent' && expert)
        await requireConsentCovers(tx, ctx, childId, basis.consentId, expert.organisation_id);
      const now = ctx.clock.now();
      const id = newId();
      await tx
        .insertInto('consultation')
        .values({
          id,
          expertise: input.expertise,
          region: input.region ?? null,
          expert_id: expert?.id ?? null,
          question: input.question,
          background: input.background ?? '',
          child_age_years: input.childAgeYears ?? null,
          identifying: basis !== null,
          ...basisColumns(basis),
          asked_by: ctx.actor.userId,
          sent_at: now,
          due_on: addWorkingDays(helsinkiDateOf(now), input.dueInWorkingDays ?? DEFAULT_DUE_WORKING_DAYS),
        })
        .execute();
      await tx
        .insertInto('consultation_case')
        .values({ consultation_id: id, child_id: childId, asked_by: ctx.actor.userId })
        .execute();
      if (basis && expert) {
        const columns = { ...basisColumns(basis), legal_basis: basis.kind };
        await tx
          .insertInto('disclosure_event')
          .values({
            id: newId(),
            occurred_at: now,
            child_id: childId,
            recipient_user_id: expert.id,
            recipient_name: `${expert.first_name} ${expert.last_name}`,
            recipient_organisation_id: expert.organisation_id,
            data: 'consultation',
            data_ref: id,
            purpose: CONSULTATION_PURPOSE,
            legal_basis: columns.legal_basis,
            provision: columns.provision,
            provision_detail: columns.provision_detail,
            consent_id: columns.consent_id,
            relationship_id: null,
            decided_by: ctx.actor.userId,
            request_id: ctx.requestId,
          })
          .execute();
      }
      await appendAudit(tx, ctx, {
        action: 'consultation:ask',
        childIds: [childId],
        basis: access.basis,
        purpose: CLIENT_WORK,
        details: {
          consultationId: id,
          expertise: input.expertise,
          expertId: expert?.id ?? null,
          identifying: basis !== null,
          ...(basis ? { legalBasis: basis.kind, disclosedTo: expert?.id } : {}),
        },
      });
      const [view] = await consultationViews(tx, ctx, [await findConsultation(tx, id)], 'team');
      return view!;
    });
  } catch (error) {
    const { found } = refusal;
    if (found) {
      await asActor(ctx, (tx) =>
        appendAudit(tx, ctx, {
          action: 'consultation:ask',
          childIds: [childId],
          outcome: 'failed',
          purpose: CLIENT_WORK,
          details: { refused: 'identifying_data', found },
        }),
      );
    }
    throw error;
  }
}

/** Runs the anonymiser over a draft, for the form to mark what would stop it. Nothing is sent. */
export function checkConsultation(
  ctx: Ctx,
  childId: string,
  input: { question: string; background?: string | undefined },
) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'consultation:ask');
    const findings = scanRequest(input, await caseNameParts(tx, childId));
    await appendAudit(tx, ctx, {
      action: 'consultation:check',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { findings: findings.length },
    });
    return { findings };
  });
}
