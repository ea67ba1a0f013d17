import type { NetworkMapVersionList } from '@lumo/domain';
import { sql } from 'kysely';
import { staffNames } from '../../children/queries';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';

/** Every saved version, newest first, with its size: to choose two to compare. */
export function listNetworkMapVersions(ctx: Ctx, childId: string): Promise<NetworkMapVersionList> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'networkMap:read');
    const rows = await tx
      .selectFrom('network_map_version')
      .select(['version', 'saved_at', 'saved_by', 'note'])
      .select([
        sql<number>`jsonb_array_length(document -> 'nodes')`.as('nodes'),
        sql<number>`jsonb_array_length(document -> 'ties')`.as('ties'),
      ])
      .where('child_id', '=', childId)
      .orderBy('version', 'desc')
      .execute();
    const staff = await staffNames(
      tx,
      rows.map((r) => r.saved_by),
    );
    await appendAudit(tx, ctx, {
      action: 'networkMap:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { op: 'versions' },
    });
    return {
      childId,
      versions: rows.map((r) => ({
        version: r.version,
        savedAt: r.saved_at.toISOString(),
        savedBy: staff.get(r.saved_by) ?? { id: r.saved_by, name: '', title: '', role: null },
        note: r.note,
        nodes: Number(r.nodes),
        ties: Number(r.ties),
      })),
      can: access.can,
    };
  });
}
