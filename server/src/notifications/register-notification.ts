import {
  allowedChildActions,
  helsinkiDateOf,
  type LocalDate,
  type Notification,
  parseHetu,
  parseLocalDate,
  type registerNotificationRequestSchema,
} from '@lumo/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import { openAssessment } from '../assessments/open-assessment';
import { relationshipsTo, requireRole } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { AppError, type FieldIssue } from '../platform/http-errors';
import { newId } from '../platform/ids';
import { findNotification, toNotificationJson } from './queries';

type Input = z.output<typeof registerNotificationRequestSchema>;

// A notification can be entered a moment after the fact on a machine whose clock runs a little ahead.
const CLOCK_SKEW_MS = 5 * 60_000;
const SOCIAL_WORKER_ROLES = ['social_worker', 'consultant_social_worker'];

interface IntakeTarget {
  is_child: boolean;
  expected: boolean;
  municipality_id: string | null;
  case_id: string | null;
  case_phase: 'intake' | 'assessment' | 'client' | null;
  case_municipality_id: string | null;
  open_assessment_id: string | null;
}

function invalid(path: string, code: FieldIssue['code'] = 'invalid_value'): never {
  throw new AppError('validation_failed', [{ path, code }]);
}

/** The checks that need no database: which child, the notifier, the police question of §25(3). */
function validate(input: Input, now: Date): Date {
  const given = [input.childId, input.child, input.expectedChild].filter((x) => x !== undefined);
  if (given.length !== 1) invalid('body.childId', given.length === 0 ? 'required' : 'invalid_value');
  if (input.expectedChild && input.kind !== 'pre_birth') invalid('body.kind');
  if (input.child && input.kind === 'pre_birth') invalid('body.kind');
  if (input.notifierCategory === 'anonymous' && (input.notifierName || input.notifierContact))
    invalid('body.notifierName');
  if (input.suspectedOffence) {
    if (input.policeNotified === undefined)
      throw new AppError('police_notification_required', [{ path: 'body.policeNotified', code: 'required' }]);
    if (!input.policeNotified && !input.policeNotNotifiedReason)
      throw new AppError('police_notification_required', [
        { path: 'body.policeNotNotifiedReason', code: 'required' },
      ]);
  }
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) invalid('body.receivedAt');
  return receivedAt;
}

async function intakeTarget(tx: Tx, childId: string): Promise<IntakeTarget | undefined> {
  const { rows } = await sql<IntakeTarget>`SELECT * FROM lumo_intake_target(${childId})`.execute(tx);
  return rows[0];
}

async function personByHetu(tx: Tx, hetu: string) {
  const { rows } = await sql<{ id: string; kind: 'child' | 'adult' }>`
    SELECT * FROM lumo_person_by_hetu(${hetu})`.execute(tx);
  return rows[0];
}

function checkedHetu(hetu: string, path: string, birthDate?: LocalDate) {
  const parsed = parseHetu(hetu);
  if (!parsed.ok) throw new AppError('invalid_hetu', [{ path, code: 'invalid_format' }]);
  if (birthDate && birthDate !== parsed.birthDate) invalid(path.replace(/hetu$/, 'birthDate'));
  return parsed;
}

/** The team a new case goes to: the one named, if the registrar is in it, or her first team. */
async function registrarTeam(tx: Tx, ctx: Ctx, teamId: string | undefined) {
  const now = ctx.clock.now();
  const teams = await tx
    .selectFrom('team_member as m')
    .select(['m.team_id'])
    .where('m.user_id', '=', ctx.actor.userId)
    .where('m.valid_from', '<=', now)
    .where((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>', now)]))
    .orderBy('m.valid_from')
    .orderBy('m.team_id')
    .execute();
  if (teamId && !teams.some((t) => t.team_id === teamId)) invalid('body.teamId');
  const chosen = teamId ?? teams[0]?.team_id ?? null;
  if (!chosen) return { teamId: null, municipalityId: null };
  const municipality = await tx
    .selectFrom('team_municipality')
    .select('municipality_id')
    .where('team_id', '=', chosen)
    .orderBy('municipality_id')
    .executeTakeFirst();
  return { teamId: chosen, municipalityId: municipality?.municipality_id ?? null };
}

/**
 * Registers a child welfare notification (LSL §25, §25a, §25c) in the register of §25b. A child not yet
 * in the register is created; a child with an open case gets the notification in that case (and its
 * pending assessment); otherwise a new case opens in intake, held by the registrar's team with the
 * registrar, when she is a social worker, as the responsible worker.
 */
export function registerNotification(ctx: Ctx, input: Input): Promise<Notification> {
  requireRole(ctx, 'notification:register');
  const receivedAt = validate(input, ctx.clock.now());
  return asActor(ctx, async (tx) => {
    const now = ctx.clock.now();
    let childId: string;
    let target: IntakeTarget | undefined;
    let createdPerson = false;
    let expectantParentId: string | null = null;

    if (input.childId) {
      childId = input.childId;
      target = await intakeTarget(tx, childId);
      if (!target?.is_child) throw new AppError('not_found');
      if (target.expected !== (input.kind === 'pre_birth')) invalid('body.kind');
    } else if (input.child) {
      const { hetu, birthDate } = input.child;
      if (!hetu && !birthDate) invalid('body.child.birthDate', 'required');
      const parsed = hetu
        ? checkedHetu(hetu, 'body.child.hetu', birthDate ? parseLocalDate(birthDate) : undefined)
        : null;
      const existing = hetu ? await personByHetu(tx, hetu) : undefined;
      if (existing?.kind === 'adult') throw new AppError('not_a_child');
      if (existing) {
        childId = existing.id;
        target = await intakeTarget(tx, childId);
      } else {
        childId = newId();
        createdPerson = true;
        await tx
          .insertInto('person')
          .values({
            id: childId,
            kind: 'child',
            first_names: input.child.firstNames,
            last_name: input.child.lastName,
            hetu: hetu ?? null,
            birth_date: parsed?.ok ? parsed.birthDate : (birthDate ?? null),
            sex: parsed?.ok ? parsed.sex : 'unknown',
            municipality_id: input.child.municipalityId ?? null,
          })
          .execute();
      }
    } else {
      const expected = input.expectedChild!;
      if (expected.expectantParentId) {
        const parent = await intakeTarget(tx, expected.expectantParentId);
        if (!parent || parent.is_child) invalid('body.expectedChild.expectantParentId');
        expectantParentId = expected.expectantParentId;
      } else if (expected.expectantParent) {
        const { hetu, firstNames, lastName } = expected.expectantParent;
        const parsed = hetu ? checkedHetu(hetu, 'body.expectedChild.expectantParent.hetu') : null;
        const existing = hetu ? await personByHetu(tx, hetu) : undefined;
        if (existing?.kind === 'child') invalid('body.expectedChild.expectantParent.hetu');
        expectantParentId = existing?.id ?? newId();
        if (!existing) {
          await tx
            .insertInto('person')
            .values({
              id: expectantParentId,
              kind: 'adult',
              first_names: firstNames,
              last_name: lastName,
              hetu: hetu ?? null,
              birth_date: parsed?.ok ? parsed.birthDate : null,
              sex: parsed?.ok ? parsed.sex : 'unknown',
              municipality_id: expected.municipalityId ?? null,
            })
            .execute();
        }
      } else {
        invalid('body.expectedChild.expectantParent', 'required');
      }
      childId = newId();
      createdPerson = true;
      await tx
        .insertInto('person')
        .values({
          id: childId,
          kind: 'child',
          first_names: '',
          last_name: expected.lastName ?? expected.expectantParent?.lastName ?? '',
          hetu: null,
          birth_date: null,
          expected_birth_date: expected.expectedBirthDate,
          municipality_id: expected.municipalityId ?? null,
        })
        .execute();
    }

    const pendingDate = input.kind === 'pre_birth' ? null : helsinkiDateOf(receivedAt);
    let caseId = target?.case_id ?? null;
    let assessmentId = target?.open_assessment_id ?? null;
    let municipalityId = target?.case_municipality_id ?? null;
    let openedCase = false;

    if (!caseId) {
      const team = await registrarTeam(tx, ctx, input.teamId);
      const isSocialWorker = ctx.actor.roles.some((r) => SOCIAL_WORKER_ROLES.includes(r));
      if (!team.teamId && !isSocialWorker) throw new AppError('intake_team_required');
      municipalityId =
        target?.municipality_id ??
        input.child?.municipalityId ??
        input.expectedChild?.municipalityId ??
        team.municipalityId;
      if (!municipalityId) invalid('body.child.municipalityId', 'required');
      const municipality = await tx
        .selectFrom('organisation')
        .select(['id', 'parent_id'])
        .where('id', '=', municipalityId)
        .where('kind', '=', 'municipality')
        .executeTakeFirst();
      if (!municipality?.parent_id) invalid('body.child.municipalityId');
      caseId = newId();
      openedCase = true;
      await tx
        .insertInto('child_case')
        .values({
          id: caseId,
          child_id: childId,
          county_id: municipality.parent_id,
          municipality_id: municipalityId,
          team_id: team.teamId,
          responsible_worker_id: isSocialWorker ? ctx.actor.userId : null,
          status: 'open',
          phase: 'intake',
          opened_at: receivedAt,
          opened_by: ctx.actor.userId,
        })
        .execute();
      await sql`SELECT lumo_sync_case_access(${caseId})`.execute(tx);
    }
    if (!assessmentId && pendingDate) {
      assessmentId = await openAssessment(tx, ctx, {
        childId,
        caseId,
        pendingDate,
        existingClient: target?.case_phase === 'client',
      });
    }
    if (expectantParentId) {
      await tx
        .insertInto('family_link')
        .values({
          id: newId(),
          child_id: childId,
          person_id: expectantParentId,
          relation: input.expectedChild!.expectantParentRelation,
          is_guardian: input.expectedChild!.expectantParentRelation === 'mother',
          lives_with_child: true,
        })
        .execute();
    }

    const id = newId();
    await tx
      .insertInto('notification')
      .values({
        id,
        child_id: childId,
        case_id: caseId,
        assessment_id: assessmentId,
        municipality_id: municipalityId!,
        kind: input.kind,
        received_at: receivedAt,
        received_on: helsinkiDateOf(receivedAt),
        pending_date: pendingDate,
        channel: input.channel,
        notifier_category: input.notifierCategory,
        notifier_name: input.notifierName || null,
        notifier_contact: input.notifierContact || null,
        content: input.content,
        suspected_offence: input.suspectedOffence,
        police_notified: input.policeNotified ?? null,
        police_not_notified_reason: input.policeNotified ? null : (input.policeNotNotifiedReason ?? null),
        registered_by: ctx.actor.userId,
        registered_at: now,
      })
      .execute();

    const held = await relationshipsTo(tx, ctx, childId);
    const can = allowedChildActions(held.map((r) => r.kind));
    await appendAudit(tx, ctx, {
      action: 'notification:register',
      childIds: [childId],
      basis: 'role:intake',
      purpose: CLIENT_WORK,
      details: { notificationId: id, createdPerson, openedCase },
    });
    const row = await findNotification(tx, id);
    return toNotificationJson(tx, row!, can);
  });
}
