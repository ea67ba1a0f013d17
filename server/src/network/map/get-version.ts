import type { NetworkMapVersion } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { toVersion } from './load';

/** One saved version as it was saved, to compare with another. */
export function getNetworkMapVersion(ctx: Ctx, childId: string, version: number): Promise<NetworkMapVersion> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'networkMap:read');
    const row = await tx
      .selectFrom('network_map_version')
      .selectAll()
      .where('child_id', '=', childId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    await appendAudit(tx, ctx, {
      action: 'networkMap:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { version },
    });
    return toVersion(tx, childId, row, '');
  });
}
