import type { GenogramView } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { logFamilyUse, requireFamilyAction, runFamilyCommand, todayOf } from '../access';
import { familyRow } from '../queries';
import { loadGenograms } from './load';

/** The family's genogram (version 0 and empty when none has been saved). */
export function getGenogram(ctx: Ctx, familyId: string): Promise<GenogramView> {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:read');
    const family = await familyRow(tx, familyId);
    const views = await loadGenograms(tx, [{ ...family, can: access.can }], todayOf(ctx));
    await logFamilyUse(tx, ctx, access, 'systemic:read', { op: 'genogram:read' });
    return views.get(familyId)!;
  });
}
