import {
  type ActionCard,
  allowedRoleActions,
  type createActionCardRequestSchema,
  type MultiagencyPhase,
  type updateActionCardRequestSchema,
} from '@lumo/domain';
import type { z } from 'zod';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { sortTasks } from './load';

type CardRow = Awaited<ReturnType<typeof cardRows>>[number];
const cardRows = (tx: Tx, countyId: string) =>
  tx.selectFrom('action_card').selectAll().where('county_id', '=', countyId).execute();

function toCard(c: CardRow): ActionCard {
  return {
    id: c.id,
    phase: c.phase as MultiagencyPhase,
    position: c.position,
    title: { fi: c.title_fi, sv: c.title_sv },
    instructions: { fi: c.instructions_fi, sv: c.instructions_sv },
    owner: c.owner as ActionCard['owner'],
    dueWorkingDays: c.due_working_days,
    active: c.active,
    version: c.version,
  };
}

const cardsCan = (ctx: Ctx): string[] =>
  allowedRoleActions(ctx.actor.roles).filter((a) => a === 'actionCards:maintain');

/** The action cards of the actor's county, in the order of the phases. */
export function listActionCards(ctx: Ctx) {
  requireRole(ctx, 'actionCards:read');
  return asActor(ctx, async (tx) => ({
    cards: sortTasks(await cardRows(tx, ctx.actor.organisationId)).map(toCard),
    can: cardsCan(ctx),
  }));
}

export function createActionCard(
  ctx: Ctx,
  input: z.output<typeof createActionCardRequestSchema>,
): Promise<ActionCard> {
  requireRole(ctx, 'actionCards:maintain');
  return asActor(ctx, async (tx) => {
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('action_card')
      .values({
        id,
        county_id: ctx.actor.organisationId,
        phase: input.phase,
        position: input.position,
        title_fi: input.title.fi,
        title_sv: input.title.sv,
        instructions_fi: input.instructions.fi,
        instructions_sv: input.instructions.sv,
        owner: input.owner,
        due_working_days: input.dueWorkingDays,
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    return toCard(
      await tx.selectFrom('action_card').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
  });
}

/** Changes a card; assessments already started keep the tasks they were given. */
export function updateActionCard(
  ctx: Ctx,
  id: string,
  input: z.output<typeof updateActionCardRequestSchema>,
): Promise<ActionCard> {
  requireRole(ctx, 'actionCards:maintain');
  return asActor(ctx, async (tx) => {
    const row = await tx
      .selectFrom('action_card')
      .selectAll()
      .where('id', '=', id)
      .where('county_id', '=', ctx.actor.organisationId)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    const updated = await tx
      .updateTable('action_card')
      .set({
        ...(input.phase ? { phase: input.phase } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        ...(input.title ? { title_fi: input.title.fi, title_sv: input.title.sv } : {}),
        ...(input.instructions
          ? { instructions_fi: input.instructions.fi, instructions_sv: input.instructions.sv }
          : {}),
        ...(input.owner ? { owner: input.owner } : {}),
        ...(input.dueWorkingDays !== undefined ? { due_working_days: input.dueWorkingDays } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', [], { current: toCard(row) });
    return toCard(
      await tx.selectFrom('action_card').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
  });
}
