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
  childId?: string,
): Promise<DeadlineItem[]> {
  const now = ctx.clock.now();
  const { rows } = await sql<Row>`
    WITH kids AS (
      SELECT DISTINCT r.child_id FROM access_relationship r
      WHERE r.user_id = ${ctx.actor.userId} AND r.kind = ANY(${kinds}::text[])
        AND r.valid_from <= ${now} AND (r.valid_to IS NULL OR r.valid_to > ${now})
        ${childId ? sql`AND r.child_id = ${childId}` : sql``}
    )
    SELECT d.kind, d.source_id, d.due, d.case_id, d.child_id, d.phase, d.first_names, d.last_name,
      d.birth_date, d.urgent, w.id AS worker_id, w.first_name AS worker_first, w.last_name AS worker_last,
      w.title AS worker_title, w.roles AS worker_roles
    FROM kids k
    JOIN open_deadline d ON d.child_id = k.child_id
    LEFT JOIN staff_user w ON w.id = d.responsible_worker_id`.execute(tx);
  return toDeadlineItems(rows, today);
}

/** The worklist's items from the deadline rows, with days left as of today, most pressing first. */
function toDeadlineItems(rows: Row[], today: LocalDate): DeadlineItem[] {
  // A list of hundreds shares a few dozen dates and a handful of workers: each is worked out once.
  const dates = new Map<string, { due: LocalDate; daysLeft: number }>();
  const workers = new Map<string, NonNullable<DeadlineItem['responsibleWorker']>>();
  const items = rows.map((r) => {
    const date =
      r.due === null
        ? null
        : once(dates, r.due, (text) => {
            const due = parseLocalDate(text);
            return { due, daysLeft: daysBetween(today, due) };
          });
    const facts = { kind: r.kind, due: date?.due ?? null, urgent: r.urgent };
    const key = deadlineOrderKey(facts, today);
    const item: DeadlineItem = {
      kind: r.kind,
      sourceId: r.source_id,
      child: { id: r.child_id, name: `${r.first_names} ${r.last_name}`.trim(), birthDate: r.birth_date },
      caseId: r.case_id,
      phase: r.phase,
      responsibleWorker:
        r.worker_id === null
          ? null
          : once(workers, r.worker_id, (id) => ({
              id,
              name: `${r.worker_first} ${r.worker_last}`,
              title: r.worker_title ?? '',
              role: jobRole(r.worker_roles ?? []),
            })),
      due: facts.due,
      daysLeft: date?.daysLeft ?? null,
      group: worklistGroups[key.group]!,
      urgent: r.urgent,
    };
    return { key, item };
  });
  return items
    .sort(
      (a, b) =>
        compareDeadlineKeys(a.key, b.key) || finnishOrder.compare(a.item.child.name, b.item.child.name),
    )
    .map((x) => x.item);
}

function once<V>(made: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = made.get(key);
  if (value === undefined) {
    value = make(key);
    made.set(key, value);
  }
  return value;
}
