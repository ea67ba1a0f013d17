import type { Multiagency, MultiagencyPhase } from '@lumo/domain';
import { runChildCommand } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { findMultiagency, logUse, multiagencyView, requireMultiagencyAction, requireOpen } from './load';

/** Moves the work to another phase (in any order: the network may need to go back). */
export function updateMultiagency(
  ctx: Ctx,
  id: string,
  input: { version: number; phase: MultiagencyPhase },
): Promise<Multiagency> {
  return runChildCommand(ctx, async (tx) => {
    const { row, access } = await requireMultiagencyAction(tx, ctx, id, 'multiagency:manage');
    await requireOpen(tx, row);
    const updated = await tx
      .updateTable('multiagency_assessment')
      .set({ phase: input.phase, version: input.version + 1, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new AppError('conflict', [], { current: await multiagencyView(tx, ctx, row, access.can) });
    await logUse(tx, ctx, row, access.basis, 'multiagency:manage', { op: 'phase', phase: input.phase });
    return multiagencyView(tx, ctx, await findMultiagency(tx, id), access.can);
  });
}
