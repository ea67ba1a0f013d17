import type { StaffRelationshipKind, Worklist } from '@lumo/domain';
import { requireRole } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import { emergencyAccessesToReview } from './emergency-accesses';

// The strongest relationship names the row: a child I am responsible for is mine, even if my
// team holds the case too.
const rank: Record<StaffRelationshipKind, number> = { responsible: 0, team: 1, emergency: 2 };

/** The children the actor works with now, and the emergency accesses she must know about. */
export function getWorklist(ctx: Ctx): Promise<Worklist> {
  requireRole(ctx, 'worklist:read');
  return asActor(ctx, async (tx) => {
    const now = ctx.clock.now();
    const rows = await tx
      .selectFrom('access_relationship as r')
      .innerJoin('person as p', 'p.id', 'r.child_id')
      .leftJoin('child_case as c', (join) =>
        join.onRef('c.child_id', '=', 'r.child_id').on('c.status', '=', 'open'),
      )
      .leftJoin('organisation as m', 'm.id', 'p.municipality_id')
      .leftJoin('staff_user as w', 'w.id', 'c.responsible_worker_id')
      .select(['p.id', 'p.first_names', 'p.last_name', 'p.birth_date', 'r.kind', 'r.valid_to', 'c.opened_at'])
      .select(['m.name_fi', 'm.name_sv', 'w.first_name as worker_first', 'w.last_name as worker_last'])
      .where('r.user_id', '=', ctx.actor.userId)
      .where('r.kind', '<>', 'partner')
      .$narrowType<{ kind: StaffRelationshipKind }>()
      .where('r.valid_from', '<=', now)
      .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>', now)]))
      .orderBy('p.last_name')
      .orderBy('p.first_names')
      .execute();
    const byChild = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      const seen = byChild.get(row.id);
      if (!seen || rank[row.kind] < rank[seen.kind]) byChild.set(row.id, row);
    }
    const children = [...byChild.values()].map((r) => ({
      id: r.id,
      firstNames: r.first_names,
      lastName: r.last_name,
      birthDate: r.birth_date,
      municipality: r.name_fi ? { fi: r.name_fi, sv: r.name_sv ?? r.name_fi } : null,
      caseOpenedAt: r.opened_at?.toISOString() ?? null,
      relationship: r.kind,
      accessValidTo: r.valid_to?.toISOString() ?? null,
      responsibleWorker: r.worker_first ? `${r.worker_first} ${r.worker_last}` : null,
    }));
    const emergencyAccessNotices = await emergencyAccessesToReview(tx, ctx);
    await appendAudit(tx, ctx, {
      action: 'worklist:read',
      childIds: [
        ...new Set([...children.map((c) => c.id), ...emergencyAccessNotices.map((n) => n.child.id)]),
      ],
      basis: 'relationship',
      purpose: CLIENT_WORK,
    });
    return { children, emergencyAccessNotices };
  });
}
