import type {
  NotificationChannel,
  NotificationRegister,
  NotifierCategory,
  notificationRegisterQuerySchema,
} from '@lumo/domain';
import { addDays, helsinkiStartOfDay, parseLocalDate } from '@lumo/domain';
import type { z } from 'zod';
import { childActionFilter, requireRole } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';

type Query = z.output<typeof notificationRegisterQuerySchema>;

const MAX_ROWS = 500;

/**
 * The notification register (LSL §25b), per child or per municipality and over a time range, showing
 * only the notifications about children the actor may read.
 */
export function listNotifications(ctx: Ctx, query: Query): Promise<NotificationRegister> {
  requireRole(ctx, 'notificationRegister:read');
  const readable = childActionFilter(ctx, 'notification:read', 'n.child_id');
  return asActor(ctx, async (tx) => {
    let q = tx
      .selectFrom('notification as n')
      .innerJoin('person as p', 'p.id', 'n.child_id')
      .innerJoin('organisation as m', 'm.id', 'n.municipality_id')
      .select([
        'n.id',
        'n.child_id',
        'p.first_names',
        'p.last_name',
        'n.municipality_id',
        'm.name_fi',
        'm.name_sv',
        'n.kind',
        'n.received_at',
        'n.pending_date',
        'n.channel',
        'n.notifier_category',
        'n.suspected_offence',
        'n.police_notified',
        'n.urgent',
      ])
      .where((eb) => readable(eb as never));
    if (query.childId) q = q.where('n.child_id', '=', query.childId);
    if (query.municipalityId) q = q.where('n.municipality_id', '=', query.municipalityId);
    if (query.from) q = q.where('n.received_at', '>=', helsinkiStartOfDay(parseLocalDate(query.from)));
    if (query.to) q = q.where('n.received_at', '<', helsinkiStartOfDay(addDays(parseLocalDate(query.to), 1)));
    const rows = await q
      .orderBy('n.received_at', 'desc')
      .orderBy('n.id')
      .limit(MAX_ROWS + 1)
      .execute();
    const listed = rows.slice(0, MAX_ROWS);
    await appendAudit(tx, ctx, {
      action: 'notificationRegister:read',
      childIds: [...new Set(listed.map((r) => r.child_id))],
      basis: 'relationship',
      purpose: CLIENT_WORK,
      details: { ...query, rows: listed.length },
    });
    return {
      notifications: listed.map((r) => ({
        id: r.id,
        child: { id: r.child_id, name: `${r.first_names} ${r.last_name}`.trim() },
        municipality: { id: r.municipality_id, fi: r.name_fi, sv: r.name_sv },
        kind: r.kind,
        receivedAt: r.received_at.toISOString(),
        pendingDate: r.pending_date,
        channel: r.channel as NotificationChannel,
        notifierCategory: r.notifier_category as NotifierCategory,
        suspectedOffence: r.suspected_offence,
        policeNotified: r.police_notified,
        urgent: r.urgent,
      })),
      truncated: rows.length > MAX_ROWS,
    };
  });
}
