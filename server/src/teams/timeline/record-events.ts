import type { LocalDate, TimelineEvent } from '@lumo/domain';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db';

type RecordKind = Extract<
  TimelineEvent['kind'],
  | 'case_opened'
  | 'client_relationship_started'
  | 'notification'
  | 'assessment_started'
  | 'assessment_concluded'
  | 'client_plan_agreed'
  | 'client_plan_reviewed'
>;

/**
 * The statutory record's events for the children (issue 3's tables): the case opened, each child
 * welfare notification (with the notifier's category), the service-need assessment started and
 * concluded (with its conclusion), the client relationship started, client plans agreed and
 * reviewed. Each table's row-level security applies. The same event of several siblings (one
 * notification about them all, a plan agreed for each on one day) is shown once, for them all.
 */
export async function statutoryRecordEvents(tx: Tx, childIds: readonly string[]): Promise<TimelineEvent[]> {
  if (childIds.length === 0) return [];
  const ids = sql`${childIds}::uuid[]`;
  const { rows } = await sql<{
    id: string;
    kind: RecordKind;
    date: string;
    child_id: string;
    description: string;
  }>`
    SELECT c.id, 'case_opened' AS kind, (c.opened_at AT TIME ZONE 'Europe/Helsinki')::date AS date, c.child_id,
      '' AS description
    FROM child_case c WHERE c.child_id = ANY(${ids})
    UNION ALL
    SELECT c.id, 'client_relationship_started', c.client_since, c.child_id, ''
    FROM child_case c WHERE c.child_id = ANY(${ids}) AND c.client_since IS NOT NULL
    UNION ALL
    SELECT n.id, 'notification', n.received_on, n.child_id, n.notifier_category
    FROM notification n WHERE n.child_id = ANY(${ids})
    UNION ALL
    SELECT a.id, 'assessment_started', a.start_decided_on, a.child_id, ''
    FROM assessment a
    WHERE a.child_id = ANY(${ids}) AND a.status IN ('in_progress', 'concluded') AND a.start_decided_on IS NOT NULL
    UNION ALL
    SELECT a.id, 'assessment_concluded', a.concluded_on, a.child_id, coalesce(a.conclusion, '')
    FROM assessment a WHERE a.child_id = ANY(${ids}) AND a.concluded_on IS NOT NULL
    UNION ALL
    SELECT p.id, CASE WHEN p.plan_no = 1 THEN 'client_plan_agreed' ELSE 'client_plan_reviewed' END, p.plan_date,
      p.child_id, ''
    FROM client_plan p WHERE p.child_id = ANY(${ids}) AND p.status = 'agreed' AND p.plan_date IS NOT NULL`.execute(
    tx,
  );
  const merged = new Map<string, TimelineEvent>();
  for (const r of rows) {
    const key = `${r.kind}|${r.date}|${r.description}`;
    const seen = merged.get(key);
    if (seen) seen.childIds.push(r.child_id);
    else
      merged.set(key, {
        id: r.id,
        source: 'record',
        kind: r.kind,
        date: r.date,
        datePrecision: 'day',
        title: '',
        description: r.description,
        childIds: [r.child_id],
        version: null,
      });
  }
  return [...merged.values()];
}

/** The team's discussions of the family that have been held: the dilemma each began with. */
export async function discussionEvents(
  tx: Tx,
  family: { id: string; child_ids: string[] },
  today: LocalDate,
): Promise<TimelineEvent[]> {
  const rows = await tx
    .selectFrom('agenda_item as ai')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .select(['ai.id', 'm.date', 'ai.dilemma'])
    .where('ai.family_id', '=', family.id)
    .where('m.status', '=', 'scheduled')
    .where('m.date', '<=', today)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: 'record',
    kind: 'team_discussion',
    date: r.date,
    datePrecision: 'day',
    title: '',
    description: r.dilemma,
    childIds: [...family.child_ids],
    version: null,
  }));
}
