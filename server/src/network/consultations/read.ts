import { addWorkingDays, type Consultation, helsinkiDateOf } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { MULTI_AGENCY_WORK } from '../access';
import {
  type ConsultationRow,
  consultationViews,
  expertProfile,
  findConsultation,
  identifiedChildren,
  linkedChild,
  requireExpert,
} from './load';

/** Reminders cover what is overdue or due within this many working days. */
export const REMINDER_WORKING_DAYS = 2;

/** The child's consultations, newest first, with their answers: for the team. */
export function listChildConsultations(
  ctx: Ctx,
  childId: string,
): Promise<{ consultations: Consultation[] }> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'consultation:read');
    const rows = await tx
      .selectFrom('consultation as c')
      .innerJoin('consultation_case as cc', 'cc.consultation_id', 'c.id')
      .selectAll('c')
      .where('cc.child_id', '=', childId)
      .orderBy('c.sent_at', 'desc')
      .orderBy('c.id')
      .execute();
    await appendAudit(tx, ctx, {
      action: 'consultation:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { consultations: rows.length },
    });
    return { consultations: await consultationViews(tx, ctx, rows, 'team') };
  });
}

/** The expert's reads and answers: in the child's use log when the request identifies the child. */
export async function logExpertUse(
  tx: Tx,
  ctx: Ctx,
  rows: ConsultationRow[],
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  const children = await identifiedChildren(
    tx,
    rows.filter((r) => r.identifying).map((r) => r.id),
  );
  await appendAudit(tx, ctx, {
    action,
    childIds: [...new Set(children.values())],
    basis: children.size > 0 ? 'consultation:expert' : '',
    purpose: MULTI_AGENCY_WORK,
    details: { consultationIds: rows.map((r) => r.id), ...details },
  });
}

/**
 * One consultation: for the child's workers with the child and the answer; for its expert (or an
 * expert of the pool it is open to) the request alone. Anyone else gets a 404.
 */
export function getConsultation(ctx: Ctx, id: string): Promise<Consultation> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findConsultation(tx, id);
    const childId = await linkedChild(tx, id);
    if (childId) {
      const access = await requireChildAction(tx, ctx, childId, 'consultation:read');
      await appendAudit(tx, ctx, {
        action: 'consultation:read',
        childIds: [childId],
        basis: access.basis,
        purpose: CLIENT_WORK,
        details: { consultationId: id },
      });
      const [view] = await consultationViews(tx, ctx, [row], 'team');
      return view!;
    }
    if (!(await expertProfile(tx, ctx.actor.userId))) throw new AppError('not_found');
    await logExpertUse(tx, ctx, [row], 'consultation:expertRead');
    const [view] = await consultationViews(tx, ctx, [row], 'expert');
    return view!;
  });
}

const openFirst = (rows: ConsultationRow[]) =>
  rows.sort(
    (a, b) =>
      (a.status === 'open' ? 0 : 1) - (b.status === 'open' ? 0 : 1) ||
      a.due_on.localeCompare(b.due_on) ||
      a.sent_at.getTime() - b.sent_at.getTime(),
  );

/** The requests addressed to the expert, open first, or the open ones of her pool that nobody has taken. */
function expertRows(
  tx: Tx,
  ctx: Ctx,
  view: 'assigned' | 'pool',
  profile: { expertise: string[]; region: string },
) {
  let query = tx.selectFrom('consultation').selectAll();
  query =
    view === 'assigned'
      ? query.where('expert_id', '=', ctx.actor.userId)
      : query
          .where('expert_id', 'is', null)
          .where('status', '=', 'open')
          .where('identifying', '=', false)
          .where('expertise', 'in', profile.expertise)
          .where((eb) => eb.or([eb('region', 'is', null), eb('region', '=', profile.region)]));
  return query.orderBy('due_on').orderBy('sent_at').limit(200).execute();
}

/** The expert's inbox: never the child, only the requests. */
export function listExpertConsultations(
  ctx: Ctx,
  view: 'assigned' | 'pool',
): Promise<{ consultations: Consultation[] }> {
  return asActor(ctx, async (tx) => {
    const profile = await requireExpert(tx, ctx);
    const rows = openFirst(await expertRows(tx, ctx, view, profile));
    if (rows.length > 0) await logExpertUse(tx, ctx, rows, 'consultation:expertList', { view });
    return { consultations: await consultationViews(tx, ctx, rows, 'expert') };
  });
}

/**
 * Reminders without a background job: what the actor asked that is still unanswered and due soon or
 * late, and, for an expert, what she has to answer and what waits in her pool.
 */
export function consultationReminders(ctx: Ctx) {
  return asActor(ctx, async (tx) => {
    const soon = addWorkingDays(helsinkiDateOf(ctx.clock.now()), REMINDER_WORKING_DAYS);
    const asked = await tx
      .selectFrom('consultation as c')
      .innerJoin('consultation_case as cc', 'cc.consultation_id', 'c.id')
      .selectAll('c')
      .select('cc.child_id')
      .where('cc.asked_by', '=', ctx.actor.userId)
      .where('c.status', '=', 'open')
      .where('c.due_on', '<=', soon)
      .orderBy('c.due_on')
      .execute();
    const profile = await expertProfile(tx, ctx.actor.userId);
    const due = (rows: ConsultationRow[]) => rows.filter((r) => r.status === 'open' && r.due_on <= soon);
    const [toAnswer, pool] = profile
      ? [due(await expertRows(tx, ctx, 'assigned', profile)), due(await expertRows(tx, ctx, 'pool', profile))]
      : [[], []];
    if (asked.length > 0)
      await appendAudit(tx, ctx, {
        action: 'consultation:reminders',
        childIds: [...new Set(asked.map((r) => r.child_id))],
        basis: 'consultation:asker',
        purpose: CLIENT_WORK,
        details: { consultationIds: asked.map((r) => r.id) },
      });
    if (toAnswer.length + pool.length > 0)
      await logExpertUse(tx, ctx, [...toAnswer, ...pool], 'consultation:expertList', { view: 'reminders' });
    return {
      asked: await consultationViews(
        tx,
        ctx,
        asked.map(({ child_id: _, ...row }) => row),
        'team',
      ),
      toAnswer: await consultationViews(tx, ctx, toAnswer, 'expert'),
      pool: await consultationViews(tx, ctx, pool, 'expert'),
    };
  });
}
