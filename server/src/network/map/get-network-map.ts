import type { NetworkMapView } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { latestVersionRow, recordPeople, toVersion } from './load';

/** The map as it is now, with the people of the record to link nodes to. */
export async function networkMapView(tx: Tx, childId: string, can: string[]): Promise<NetworkMapView> {
  const [row, people] = await Promise.all([latestVersionRow(tx, childId), recordPeople(tx, childId)]);
  const childName = people.find((p) => p.personId === childId)?.name ?? '';
  const version = await toVersion(tx, childId, row, childName);
  return { ...version, latestVersion: version.version, recordPeople: people, can };
}

export function getNetworkMap(ctx: Ctx, childId: string): Promise<NetworkMapView> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'networkMap:read');
    const view = await networkMapView(tx, childId, access.can);
    await appendAudit(tx, ctx, {
      action: 'networkMap:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { version: view.version },
    });
    return view;
  });
}
