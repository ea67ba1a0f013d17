import {
  type DeadlineWorklist,
  helsinkiDateOf,
  type RelationshipKind,
  relationshipsAllowing,
  type WorklistQuery,
} from '@lumo/domain';
import { requireRole } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import { openDeadlines } from './deadlines';

// Mine: the children I am responsible for. My team's: also those my team holds. Emergency access is
// for one look at one child, so it never fills a worklist.
const scopes: Record<'mine' | 'team', readonly RelationshipKind[]> = {
  mine: ['responsible'],
  team: ['responsible', 'team'],
};

/**
 * Every open statutory deadline of my children or my team's, most pressing first, and each group's
 * count. `later` caps the later group (the rest are a request away); the use log names the children
 * of the deadlines sent, which are the ones the user is shown.
 */
export function getDeadlines(ctx: Ctx, query: WorklistQuery): Promise<DeadlineWorklist> {
  const { scope, later } = query;
  requireRole(ctx, 'worklist:read');
  const allowed = relationshipsAllowing('assessment:read');
  const kinds = scopes[scope].filter((k) => allowed.includes(k));
  return asActor(ctx, async (tx) => {
    const today = helsinkiDateOf(ctx.clock.now());
    const { items, counts } = await openDeadlines(tx, ctx, kinds, today, { later });
    await appendAudit(tx, ctx, {
      action: 'worklist:readDeadlines',
      childIds: [...new Set(items.map((i) => i.child.id))],
      basis: kinds.map((k) => `relationship:${k}`).join(','),
      purpose: CLIENT_WORK,
      details: later === undefined ? { scope } : { scope, later },
    });
    return { today, items, counts };
  });
}
