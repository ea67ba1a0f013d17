import type { SystemicView } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { logFamilyUse, requireFamilyAction, runFamilyCommand } from '../access';
import { childRefs, familyPeople, familyRef, familyRow } from '../queries';
import { loadDiscussions, loadExperiments, loadHypotheses } from '../records/load';

/**
 * How the team's understanding of the family grew: every discussion of it in date order (the
 * concern, the hypotheses formed and revised, the experiments agreed and followed up, the family's
 * own words and the summaries), and every hypothesis and experiment with its history. What a
 * worker taking over the family reads first.
 */
export function getSystemicView(ctx: Ctx, familyId: string): Promise<SystemicView> {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:read');
    const family = await familyRow(tx, familyId);
    const items = await tx
      .selectFrom('agenda_item as ai')
      .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
      .select(['ai.id'])
      .where('ai.family_id', '=', familyId)
      .where('m.status', '=', 'scheduled')
      .orderBy('m.date')
      .orderBy('ai.created_at')
      .execute();
    const hypotheses = await loadHypotheses(tx, { familyIds: [familyId] });
    const experiments = await loadExperiments(tx, { familyIds: [familyId] });
    const discussions = await loadDiscussions(
      tx,
      items.map((i) => i.id),
      { hypotheses, experiments },
    );
    const children = await childRefs(tx, family.child_ids);
    const people = await familyPeople(tx, [family], children);
    await logFamilyUse(tx, ctx, access, 'systemic:read', { op: 'systemicView' });
    return {
      family: familyRef(family, children, access.can),
      people: people.get(familyId) ?? [],
      discussions: items.map((i) => discussions.get(i.id)!),
      hypotheses,
      experiments,
    };
  });
}
