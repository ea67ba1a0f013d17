import type { Multiagency } from '@lumo/domain';
import { runChildCommand } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { logUse, multiagencyView, requireMultiagencyAction } from './load';

/** The multi-agency assessment opened by the child's worker: every perspective side by side. */
export function getMultiagency(ctx: Ctx, id: string): Promise<Multiagency> {
  return runChildCommand(ctx, async (tx) => {
    const { row, access } = await requireMultiagencyAction(tx, ctx, id, 'multiagency:read');
    await logUse(tx, ctx, row, access.basis, 'multiagency:read');
    return multiagencyView(tx, ctx, row, access.can);
  });
}
