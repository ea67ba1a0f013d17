import {
  compareDeadlineKeys,
  type DeadlineItem,
  type DeadlineKind,
  daysBetween,
  deadlineKinds,
  deadlineOrderKey,
  jobRole,
  type LocalDate,
  laterBucketFrom,
  parseLocalDate,
  type RelationshipKind,
  type WorklistGroup,
  worklistGroups,
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

/** A worklist's deadlines, most pressing first, and how many each group holds in all. */
export interface DeadlineList {
  items: DeadlineItem[];
  counts: Record<WorklistGroup, number>;
}

export interface DeadlineSelection {
  /** One child's deadlines only. */
  childId?: string;
  /** At most this many of the later group, soonest first; the counts still cover them all. */
  later?: number;
}

/**
 * Every open deadline of the open cases of the children the actor holds one of the given relationships
 * to, most pressing first. The relationship rows are the access rule's filter (as childActionFilter
 * writes it); the deadlines are the database's own record of them (open_deadline, migration 0032),
 * rewritten whenever a case or one of its sources changes.
 */
export async function openDeadlines(
  tx: Tx,
  ctx: Ctx,
  kinds: readonly RelationshipKind[],
  today: LocalDate,
  selection: DeadlineSelection = {},
): Promise<DeadlineList> {
  const now = ctx.clock.now();
  const { childId, later } = selection;
  const kids = sql`kids AS (
      SELECT DISTINCT r.child_id FROM access_relationship r
      WHERE r.user_id = ${ctx.actor.userId} AND r.kind = ANY(${kinds}::text[])
        AND r.valid_from <= ${now} AND (r.valid_to IS NULL OR r.valid_to > ${now})
        ${childId ? sql`AND r.child_id = ${childId}` : sql``}
    )`;
  const columns = sql`d.kind, d.source_id, d.due, d.case_id, d.child_id, d.phase, d.first_names, d.last_name,
      d.birth_date, d.urgent, w.id AS worker_id, w.first_name AS worker_first, w.last_name AS worker_last,
      w.title AS worker_title, w.roles AS worker_roles`;
  if (later === undefined) {
    const { rows } = await sql<Row>`
      WITH ${kids}
      SELECT ${columns}
      FROM kids k
      JOIN open_deadline d ON d.child_id = k.child_id
      LEFT JOIN staff_user w ON w.id = d.responsible_worker_id`.execute(tx);
    return toDeadlineList(rows, today, Number.POSITIVE_INFINITY);
  }
  // The later group by worklistGroup's rule: every other deadline is sent, and of the later ones only
  // the first by date and kind, with ties, so that the exact order (names by Finnish collation) can
  // be settled here. One row comes back even when nothing is sent, to carry the count.
  const isLater = sql`(o.kind <> 'urgencyAssessment' AND NOT o.urgent AND o.due IS NOT NULL
      AND o.due >= ${laterBucketFrom(today)})`;
  const { rows } = await sql<Nullable<Row> & { later_count: number }>`
    WITH ${kids},
    o AS MATERIALIZED (SELECT d.* FROM kids k JOIN open_deadline d ON d.child_id = k.child_id),
    sent AS (
      SELECT * FROM o WHERE NOT ${isLater}
      UNION ALL
      (SELECT * FROM o WHERE ${isLater}
        ORDER BY o.due, array_position(${deadlineKinds}::text[], o.kind)
        FETCH FIRST ${later} ROWS WITH TIES)
    )
    SELECT c.later_count, ${columns}
    FROM (SELECT count(*)::int AS later_count FROM o WHERE ${isLater}) c
    LEFT JOIN sent d ON true
    LEFT JOIN staff_user w ON w.id = d.responsible_worker_id`.execute(tx);
  const sent = rows.filter((row): row is Row & { later_count: number } => row.kind !== null);
  const list = toDeadlineList(sent, today, later);
  list.counts.later = rows[0]?.later_count ?? 0;
  return list;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * Orders and counts every row, and makes items only of those that are sent: a team's list is mostly
 * the later group (a year's plan reviews), which its first view shows only the start of.
 */
function toDeadlineList(rows: Row[], today: LocalDate, later: number): DeadlineList {
  // A list of hundreds shares a few dozen dates and a handful of workers: each is worked out once.
  const dates = new Map<string, { due: LocalDate; daysLeft: number }>();
  const workers = new Map<string, NonNullable<DeadlineItem['responsibleWorker']>>();
  const counts = Object.fromEntries(worklistGroups.map((group) => [group, 0])) as Record<
    WorklistGroup,
    number
  >;
  const ordered = rows.map((row) => {
    const date =
      row.due === null
        ? null
        : once(dates, row.due, (text) => {
            const due = parseLocalDate(text);
            return { due, daysLeft: daysBetween(today, due) };
          });
    const key = deadlineOrderKey({ kind: row.kind, due: date?.due ?? null, urgent: row.urgent }, today);
    const group = worklistGroups[key.group]!;
    counts[group]++;
    return { row, date, key, group, name: `${row.first_names} ${row.last_name}`.trim() };
  });
  ordered.sort((a, b) => compareDeadlineKeys(a.key, b.key) || finnishOrder.compare(a.name, b.name));
  const items: DeadlineItem[] = [];
  let laterSent = 0;
  for (const { row, date, group, name } of ordered) {
    if (group === 'later' && laterSent++ >= later) continue;
    items.push({
      kind: row.kind,
      sourceId: row.source_id,
      child: { id: row.child_id, name, birthDate: row.birth_date },
      caseId: row.case_id,
      phase: row.phase,
      responsibleWorker:
        row.worker_id === null
          ? null
          : once(workers, row.worker_id, (id) => ({
              id,
              name: `${row.worker_first} ${row.worker_last}`,
              title: row.worker_title ?? '',
              role: jobRole(row.worker_roles ?? []),
            })),
      due: date?.due ?? null,
      daysLeft: date?.daysLeft ?? null,
      group,
      urgent: row.urgent,
    });
  }
  return { items, counts };
}

function once<V>(made: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = made.get(key);
  if (value === undefined) {
    value = make(key);
    made.set(key, value);
  }
  return value;
}
