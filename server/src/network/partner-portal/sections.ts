import type { NetworkMapDocument, PartnerClientPlan, PartnerNetworkMap } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http-errors';
import { logPartnerDisclosure, requirePartnerAction, runPartnerCommand } from '../access';

/** The latest version of the child's network map, with the network map section. */
export function getPartnerNetworkMap(ctx: Ctx, childId: string): Promise<PartnerNetworkMap> {
  return runPartnerCommand(ctx, async (tx) => {
    const { grant } = await requirePartnerAction(tx, ctx, childId, 'partner:readNetworkMap');
    const row = await tx
      .selectFrom('network_map_version')
      .select(['id', 'version', 'saved_at', 'document'])
      .where('child_id', '=', childId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    await logPartnerDisclosure(
      tx,
      ctx,
      grant,
      'partner:readNetworkMap',
      [{ data: 'network_map', dataRef: row.id }],
      {
        version: row.version,
      },
    );
    return {
      childId,
      version: row.version,
      savedAt: row.saved_at.toISOString(),
      document: row.document as NetworkMapDocument,
    };
  });
}

type PlanService = { service?: string; provider?: string; timing?: string };
type PlanGoal = { goal?: string; estimatedTime?: string };

/** The agreed client plan in force (never a draft), with the client plan section: its goals and services. */
export function getPartnerClientPlan(ctx: Ctx, childId: string): Promise<PartnerClientPlan> {
  return runPartnerCommand(ctx, async (tx) => {
    const { grant } = await requirePartnerAction(tx, ctx, childId, 'partner:readClientPlan');
    const row = await tx
      .selectFrom('client_plan')
      .select([
        'id',
        'plan_no',
        'plan_date',
        'review_due',
        'circumstances_to_change',
        'support_needed',
        'services',
        'goals',
      ])
      .where('child_id', '=', childId)
      .where('status', '=', 'agreed')
      .orderBy('plan_no', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row?.plan_date || !row.review_due) throw new AppError('not_found');
    await logPartnerDisclosure(
      tx,
      ctx,
      grant,
      'partner:readClientPlan',
      [{ data: 'client_plan', dataRef: row.id }],
      {
        planId: row.id,
      },
    );
    return {
      id: row.id,
      childId,
      planNo: row.plan_no,
      planDate: row.plan_date,
      reviewDue: row.review_due,
      circumstancesToChange: row.circumstances_to_change,
      supportNeeded: row.support_needed,
      services: ((row.services ?? []) as PlanService[]).map((s) => ({
        service: s.service ?? '',
        provider: s.provider ?? '',
        timing: s.timing ?? '',
      })),
      goals: ((row.goals ?? []) as PlanGoal[]).map((g) => ({
        goal: g.goal ?? '',
        estimatedTime: g.estimatedTime ?? '',
      })),
    };
  });
}
