import { type NetworkMapView, networkMapIssues, type SaveNetworkMapRequest } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, type FieldIssue } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { anyOf } from '../queries';
import { networkMapView } from './get-network-map';
import { recordPeople } from './load';

/**
 * Saves the whole map as the child's next version. It must hold together (domain/src/network/
 * network-map.ts), link persons only to the people of the child's record and services only to the
 * register, and be edited from the latest version; versions are never changed, only added.
 */
export function saveNetworkMap(
  ctx: Ctx,
  childId: string,
  input: SaveNetworkMapRequest,
): Promise<NetworkMapView> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'networkMap:edit');
    const doc = input.document;
    const issues: FieldIssue[] = networkMapIssues(doc, childId).map((i) => ({
      path: `body.document.${i.path}`,
      code: i.code,
    }));
    const people = new Set((await recordPeople(tx, childId)).map((p) => p.personId));
    const serviceIds = doc.nodes.map((n) => n.serviceId).filter((id): id is string => id !== null);
    const services = new Set(
      serviceIds.length
        ? (
            await tx.selectFrom('partner_service').select('id').where('id', '=', anyOf(serviceIds)).execute()
          ).map((s) => s.id)
        : [],
    );
    doc.nodes.forEach((n, i) => {
      if (n.personId !== null && !people.has(n.personId))
        issues.push({ path: `body.document.nodes.${i}.personId`, code: 'unknown_reference' });
      if (n.serviceId !== null && !services.has(n.serviceId))
        issues.push({ path: `body.document.nodes.${i}.serviceId`, code: 'unknown_reference' });
    });
    if (issues.length > 0) throw new AppError('network_map_invalid', issues);

    const conflict = async () =>
      new AppError('conflict', [], { current: await networkMapView(tx, childId, access.can) });
    const latest = await tx
      .selectFrom('network_map_version')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('child_id', '=', childId)
      .executeTakeFirst();
    if ((latest?.version ?? 0) !== input.baseVersion) throw await conflict();
    const version = input.baseVersion + 1;
    // Two saves from the same version: the unique key lets only the first one in.
    const inserted = await tx
      .insertInto('network_map_version')
      .values({
        id: newId(),
        child_id: childId,
        version,
        document: JSON.stringify(doc),
        note: input.note ?? '',
        saved_by: ctx.actor.userId,
        saved_at: ctx.clock.now(),
      })
      .onConflict((oc) => oc.columns(['child_id', 'version']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw await conflict();
    await appendAudit(tx, ctx, {
      action: 'networkMap:edit',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { version, nodes: doc.nodes.length, ties: doc.ties.length },
    });
    return networkMapView(tx, childId, access.can);
  });
}
