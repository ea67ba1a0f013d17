import { helsinkiDateOf, type MultiagencyTask } from '@lumo/domain';
import { staffNames } from '../../children/queries';
import { runChildCommand } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { logUse, requireMultiagencyAction, requireOpen, toTask } from './load';

/** Marks a task done (or not), names who does it, moves its day or notes something about it. */
export function updateTask(
  ctx: Ctx,
  id: string,
  input: {
    version: number;
    done?: boolean | undefined;
    assignee?: string | undefined;
    dueOn?: string | undefined;
    note?: string | undefined;
  },
): Promise<MultiagencyTask> {
  return runChildCommand(ctx, async (tx) => {
    const task = await tx.selectFrom('multiagency_task').selectAll().where('id', '=', id).executeTakeFirst();
    if (!task) throw new AppError('not_found');
    const { row, access } = await requireMultiagencyAction(
      tx,
      ctx,
      task.multiagency_id,
      'multiagency:manage',
    );
    await requireOpen(tx, row);
    const now = ctx.clock.now();
    const done =
      input.done === undefined
        ? {}
        : input.done
          ? task.done_at
            ? {}
            : { done_at: now, done_by: ctx.actor.userId }
          : { done_at: null, done_by: null };
    const updated = await tx
      .updateTable('multiagency_task')
      .set({
        ...done,
        ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
        ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        version: input.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    const today = helsinkiDateOf(now);
    const view = async () => {
      const fresh = await tx
        .selectFrom('multiagency_task')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return toTask(fresh, today, await staffNames(tx, fresh.done_by ? [fresh.done_by] : []));
    };
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', [], { current: await view() });
    await logUse(tx, ctx, row, access.basis, 'multiagency:manage', { op: 'task', taskId: id });
    return view();
  });
}
