import type { Consultation } from '@lumo/domain';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { type ConsultationRow, consultationViews, findConsultation, requireExpert } from './load';
import { logExpertUse } from './read';

async function current(tx: Tx, ctx: Ctx, id: string): Promise<Consultation> {
  const [view] = await consultationViews(tx, ctx, [await findConsultation(tx, id)], 'expert');
  return view!;
}

/** What stops the expert from taking or answering the request, if anything. */
async function requireOpenTo(tx: Tx, ctx: Ctx, row: ConsultationRow, version: number): Promise<void> {
  if (row.status !== 'open') throw new AppError('consultation_closed');
  if (row.expert_id !== null && row.expert_id !== ctx.actor.userId) throw new AppError('consultation_taken');
  if (row.version !== version)
    throw new AppError('conflict', [], { current: await current(tx, ctx, row.id) });
}

/** An expert of the pool takes an open request to answer; the others no longer see it. */
export function takeConsultation(ctx: Ctx, id: string, input: { version: number }): Promise<Consultation> {
  return asActor(ctx, async (tx) => {
    await requireExpert(tx, ctx);
    const row = await findConsultation(tx, id);
    await requireOpenTo(tx, ctx, row, input.version);
    if (row.expert_id === ctx.actor.userId) return current(tx, ctx, id);
    const now = ctx.clock.now();
    const taken = await tx
      .updateTable('consultation')
      .set({ expert_id: ctx.actor.userId, taken_at: now, version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('expert_id', 'is', null)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) throw new AppError('consultation_taken');
    await logExpertUse(tx, ctx, [row], 'consultation:take');
    return current(tx, ctx, id);
  });
}

/**
 * The expert's answer, kept with the request: the child's workers read it in the child's record. An
 * open request of her pool is taken and answered at once.
 */
export function answerConsultation(
  ctx: Ctx,
  id: string,
  input: { version: number; answer: string },
): Promise<Consultation> {
  return asActor(ctx, async (tx) => {
    await requireExpert(tx, ctx);
    const row = await findConsultation(tx, id);
    await requireOpenTo(tx, ctx, row, input.version);
    const now = ctx.clock.now();
    const answered = await tx
      .updateTable('consultation')
      .set({
        expert_id: ctx.actor.userId,
        taken_at: row.taken_at ?? now,
        status: 'answered',
        answer: input.answer,
        answered_at: now,
        answered_by: ctx.actor.userId,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(answered.numUpdatedRows) !== 1) throw new AppError('consultation_taken');
    await logExpertUse(tx, ctx, [row], 'consultation:answer');
    return current(tx, ctx, id);
  });
}
