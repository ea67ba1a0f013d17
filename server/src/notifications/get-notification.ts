import { allowedChildActions, type Notification } from '@lumo/domain';
import { basisOf, relationshipsTo } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { findNotification, toNotificationJson } from './queries';

/**
 * One notification with its statutory dates. Those who work with the child read it by their
 * relationship; the registrar reads back what she registered, and nothing of the case it joined.
 */
export function getNotification(ctx: Ctx, id: string): Promise<Notification> {
  return asActor(ctx, async (tx) => {
    const row = await findNotification(tx, id);
    if (!row) throw new AppError('not_found');
    const held = await relationshipsTo(tx, ctx, row.child_id);
    const relationships = held.map((r) => r.kind);
    const can = allowedChildActions(relationships);
    const basis = can.includes('notification:read')
      ? basisOf(relationships, 'notification:read')
      : 'registrar';
    await appendAudit(tx, ctx, {
      action: 'notification:read',
      childIds: [row.child_id],
      basis,
      purpose: CLIENT_WORK,
      details: { notificationId: id },
    });
    return toNotificationJson(tx, row, can);
  });
}
