import {
  compareDeadlineKeys,
  type DeadlineItem,
  type DeadlineKind,
  daysBetween,
  deadlineOrderKey,
  jobRole,
  type LocalDate,
  parseLocalDate,
  type RelationshipKind,
  worklistGroup,
} from '@lumo/domain';
import { sql } from 'kysely';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';

const finnishOrder = new Intl.Collator('fi');

interface Row {
  kind: DeadlineKind;
  source_id: string;
  due: string | null;
  case_id: string;
  child_id: string;
  phase: 'intake' | 'assessment' | 'client';
  first_names: string;
  last_name: string;
  birth_date: string | null;
  worker_id: string | null;
  worker_first: string | null;
  worker_last: string | null;
  worker_title: string | null;
  worker_roles: string[] | null;
  urgent: boolean;
}

/**
 * Every open deadline of the open cases of the children the actor holds one of the given relationships
 * to, in one statement: the relationship rows are the access rule's filter (as childActionFilter writes
 * it), and each source is reached through an index on the case. Ordered most pressing first.
 */
export async function openDeadlines(
  tx: Tx,
  ctx: Ctx,
  kinds: readonly RelationshipKind[],
  today: LocalDate,
  childId?: string,
): Promise<DeadlineItem[]> {
  const now = ctx.clock.now();
  const { rows } = await sql<Row>`
    WITH kids AS (
      SELECT DISTINCT r.child_id FROM access_relationship r
      WHERE r.user_id = ${ctx.actor.userId} AND r.kind = ANY(${kinds}::text[])
        AND r.valid_from <= ${now} AND (r.valid_to IS NULL OR r.valid_to > ${now})
        ${childId ? sql`AND r.child_id = ${childId}` : sql``}
    ),
    cases AS (
      SELECT c.id, c.child_id, c.phase, c.responsible_worker_id
      FROM child_case c JOIN kids k ON k.child_id = c.child_id
      WHERE c.status = 'open'
    ),
    items AS (
      SELECT 'urgencyAssessment' AS kind, n.id AS source_id, n.received_on AS due, c.id AS case_id, c.child_id,
        c.phase, c.responsible_worker_id
      FROM notification n JOIN cases c ON c.id = n.case_id
      WHERE n.urgency_assessed_at IS NULL
      UNION ALL
      SELECT v.kind, a.id, v.due, c.id, c.child_id, c.phase, c.responsible_worker_id
      FROM assessment a JOIN cases c ON c.id = a.case_id
      CROSS JOIN LATERAL (VALUES
        ('startDecision', a.start_due, a.status = 'awaiting_start'),
        ('familyInformed', a.family_informed_due, a.family_informed_on IS NULL),
        ('assessmentCompletion', a.complete_due, a.status = 'in_progress')
      ) v (kind, due, open)
      WHERE a.status <> 'concluded' AND v.open
      UNION ALL
      SELECT CASE WHEN p.id IS NULL THEN 'firstClientPlan' ELSE 'clientPlanReview' END, coalesce(p.id, c.id),
        p.review_due, c.id, c.child_id, c.phase, c.responsible_worker_id
      FROM cases c LEFT JOIN LATERAL (
        SELECT cp.id, cp.review_due FROM client_plan cp
        WHERE cp.case_id = c.id AND cp.status = 'agreed'
        ORDER BY cp.plan_no DESC LIMIT 1
      ) p ON true
      WHERE c.phase = 'client'
    )
    -- Each item carries its case's columns: joining the items back to the cases would be planned as a
    -- nested loop over both (the planner cannot know how many children the actor holds).
    SELECT i.kind, i.source_id, i.due, i.case_id, i.child_id, i.phase, p.first_names, p.last_name,
      p.birth_date, w.id AS worker_id, w.first_name AS worker_first, w.last_name AS worker_last,
      w.title AS worker_title, w.roles AS worker_roles,
      EXISTS (
        SELECT 1 FROM notification un LEFT JOIN assessment ua ON ua.id = un.assessment_id
        WHERE un.case_id = i.case_id AND un.urgent
          AND (ua.id IS NULL OR ua.status IN ('awaiting_start', 'in_progress'))
      ) AS urgent
    FROM items i
    JOIN person p ON p.id = i.child_id
    LEFT JOIN staff_user w ON w.id = i.responsible_worker_id`.execute(tx);
  const items = rows.map((r) => {
    const due = r.due ? parseLocalDate(r.due) : null;
    const facts = { kind: r.kind, due, urgent: r.urgent };
    return {
      key: deadlineOrderKey(facts, today),
      item: {
        kind: r.kind,
        sourceId: r.source_id,
        child: {
          id: r.child_id,
          name: `${r.first_names} ${r.last_name}`.trim(),
          birthDate: r.birth_date,
        },
        caseId: r.case_id,
        phase: r.phase,
        responsibleWorker: r.worker_id
          ? {
              id: r.worker_id,
              name: `${r.worker_first} ${r.worker_last}`,
              title: r.worker_title ?? '',
              role: jobRole(r.worker_roles ?? []),
            }
          : null,
        due,
        daysLeft: due ? daysBetween(today, due) : null,
        group: worklistGroup(facts, today),
        urgent: r.urgent,
      } satisfies DeadlineItem,
    };
  });
  return items
    .sort(
      (a, b) =>
        compareDeadlineKeys(a.key, b.key) || finnishOrder.compare(a.item.child.name, b.item.child.name),
    )
    .map((x) => x.item);
}
