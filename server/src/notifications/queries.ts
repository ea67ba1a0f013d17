import {
  assessmentCompleteDue,
  assessmentStartDue,
  type ChildAction,
  familyInformedDue,
  type Notification,
  type NotificationChannel,
  type NotifierCategory,
  parseLocalDate,
} from '@lumo/domain';
import { staffNames } from '../children/queries';
import type { Tx } from '../platform/db';

export const notificationColumns = [
  'n.id',
  'n.child_id',
  'n.case_id',
  'n.assessment_id',
  'n.kind',
  'n.received_at',
  'n.received_on',
  'n.pending_date',
  'n.channel',
  'n.notifier_category',
  'n.notifier_name',
  'n.notifier_contact',
  'n.content',
  'n.suspected_offence',
  'n.police_notified',
  'n.police_not_notified_reason',
  'n.registered_by',
  'n.registered_at',
  'n.urgency_assessed_at',
  'n.urgency_assessed_by',
  'n.urgent',
  'n.immediate_measures',
] as const;

export function findNotification(tx: Tx, id: string) {
  return tx
    .selectFrom('notification as n')
    .select([...notificationColumns])
    .where('n.id', '=', id)
    .executeTakeFirst();
}

export type NotificationRow = NonNullable<Awaited<ReturnType<typeof findNotification>>>;

/**
 * The notification as JSON. Someone who may read the child sees which case and assessment it joined;
 * a registrar without a relationship sees only what she registered and its statutory dates.
 */
export async function toNotificationJson(
  tx: Tx,
  row: NotificationRow,
  can: ChildAction[],
): Promise<Notification> {
  const seesCase = can.includes('notification:read');
  const staff = await staffNames(
    tx,
    [row.registered_by, row.urgency_assessed_by].filter((s): s is string => s !== null),
  );
  const ref = (id: string) => staff.get(id) ?? { id, name: '', title: '', role: null };
  const pending = row.pending_date ? parseLocalDate(row.pending_date) : null;
  return {
    id: row.id,
    childId: row.child_id,
    caseId: seesCase ? row.case_id : null,
    assessmentId: seesCase ? row.assessment_id : null,
    kind: row.kind,
    receivedAt: row.received_at.toISOString(),
    receivedOn: row.received_on,
    pendingDate: pending,
    assessmentStartDue: pending ? assessmentStartDue(pending) : null,
    assessmentCompleteDue: pending ? assessmentCompleteDue(pending) : null,
    familyInformedDue: pending ? familyInformedDue(pending) : null,
    channel: row.channel as NotificationChannel,
    notifierCategory: row.notifier_category as NotifierCategory,
    notifierName: row.notifier_name,
    notifierContact: row.notifier_contact,
    content: row.content,
    suspectedOffence: row.suspected_offence,
    policeNotified: row.police_notified,
    policeNotNotifiedReason: row.police_not_notified_reason,
    registeredBy: ref(row.registered_by),
    registeredAt: row.registered_at.toISOString(),
    urgency:
      row.urgency_assessed_at && row.urgency_assessed_by && row.urgent !== null
        ? {
            assessedAt: row.urgency_assessed_at.toISOString(),
            assessedBy: ref(row.urgency_assessed_by),
            urgent: row.urgent,
            immediateMeasures: row.immediate_measures ?? '',
          }
        : null,
    can: can.filter((action) =>
      action === 'notification:assessUrgency'
        ? row.urgency_assessed_at === null
        : action === 'notification:read',
    ),
  };
}
