import { helsinkiDateOf, type Notification, type urgencyAssessmentRequestSchema } from '@lumo/domain';
import type { z } from 'zod';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { takeCaseloadRoom } from '../workforce/caseload';
import { findNotification, toNotificationJson } from './queries';

type Input = z.output<typeof urgencyAssessmentRequestSchema>;

/**
 * Records the immediate assessment of the child's need for urgent child protection (LSL §26(2)). When
 * urgent child-protection measures were taken, the client relationship starts now (§27(1)), which
 * counts towards the responsible worker's caseload (§13b).
 */
export function assessUrgency(ctx: Ctx, notificationId: string, input: Input): Promise<Notification> {
  if (input.clientRelationshipStarts && !input.urgent)
    throw new AppError('validation_failed', [
      { path: 'body.clientRelationshipStarts', code: 'invalid_value' },
    ]);
  return runChildCommand(ctx, async (tx) => {
    const row = await findNotification(tx, notificationId);
    if (!row) throw new AppError('not_found');
    const access = await requireChildAction(tx, ctx, row.child_id, 'notification:assessUrgency');
    if (row.urgency_assessed_at) throw new AppError('urgency_already_assessed');
    const now = ctx.clock.now();
    await tx
      .updateTable('notification')
      .set({
        urgency_assessed_at: now,
        urgency_assessed_by: ctx.actor.userId,
        urgent: input.urgent,
        immediate_measures: input.immediateMeasures,
      })
      .where('id', '=', notificationId)
      .execute();
    let clientRelationshipStarted = false;
    if (input.clientRelationshipStarts) {
      const c = await tx
        .selectFrom('child_case')
        .select(['id', 'phase', 'status', 'responsible_worker_id'])
        .where('id', '=', row.case_id)
        .executeTakeFirstOrThrow();
      if (c.status === 'open' && c.phase !== 'client') {
        if (!c.responsible_worker_id) throw new AppError('responsible_worker_required');
        await takeCaseloadRoom(tx, ctx, c.responsible_worker_id, c.id);
        await tx
          .updateTable('child_case')
          .set({ phase: 'client', client_since: helsinkiDateOf(now), updated_at: now })
          .where('id', '=', c.id)
          .execute();
        clientRelationshipStarted = true;
      }
    }
    await appendAudit(tx, ctx, {
      action: 'notification:assessUrgency',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { notificationId, urgent: input.urgent, clientRelationshipStarted },
    });
    return toNotificationJson(tx, (await findNotification(tx, notificationId))!, access.can);
  });
}
