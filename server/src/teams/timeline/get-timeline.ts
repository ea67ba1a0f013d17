import type { TimelineEvent } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { logFamilyUse, requireFamilyAction, runFamilyCommand, todayOf } from '../access';
import { childRefs, familyRef, familyRow } from '../queries';
import { discussionEvents, statutoryRecordEvents } from './record-events';

export async function teamEvents(
  tx: Tx,
  filter: { familyId: string; childIds: string[] } | { id: string; childIds: string[] },
): Promise<TimelineEvent[]> {
  const rows = await tx
    .selectFrom('timeline_event')
    .selectAll()
    .where('familyId' in filter ? 'family_id' : 'id', '=', 'familyId' in filter ? filter.familyId : filter.id)
    .execute();
  return rows.map((e) => ({
    id: e.id,
    source: 'team',
    kind: e.kind,
    date: e.occurred_on,
    datePrecision: e.date_precision,
    title: e.title,
    description: e.description,
    childIds: filter.childIds,
    version: e.version,
  }));
}

/**
 * The family's timeline: the significant events the team has entered (moves, losses, illnesses,
 * services) together with the record's own (case, notifications, assessment, client relationship,
 * plans, the team's discussions), oldest first.
 */
export function getTimeline(ctx: Ctx, familyId: string) {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:read');
    const family = await familyRow(tx, familyId);
    const events = [
      ...(await teamEvents(tx, { familyId, childIds: family.child_ids })),
      ...(await statutoryRecordEvents(tx, family.child_ids)),
      ...(await discussionEvents(tx, family, todayOf(ctx))),
    ].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
    await logFamilyUse(tx, ctx, access, 'systemic:read', { op: 'timeline:read' });
    return { family: familyRef(family, await childRefs(tx, family.child_ids), access.can), events };
  });
}
