import {
  type DeadlineWorklist,
  helsinkiDateOf,
  type RelationshipKind,
  relationshipsAllowing,
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

/** Every open statutory deadline of my children or my team's, most pressing first. */
export function getDeadlines(ctx: Ctx, scope: 'mine' | 'team'): Promise<DeadlineWorklist> {
  requireRole(ctx, 'worklist:read');
  const allowed = relationshipsAllowing('assessment:read');
  const kinds = scopes[scope].filter((k) => allowed.includes(k));
  return asActor(ctx, async (tx) => {
    const today = helsinkiDateOf(ctx.clock.now());
    const items = await openDeadlines(tx, ctx, kinds, today);
    await appendAudit(tx, ctx, {
      action: 'worklist:readDeadlines',
      childIds: [...new Set(items.map((i) => i.child.id))],
      basis: kinds.map((k) => `relationship:${k}`).join(','),
      purpose: CLIENT_WORK,
      details: { scope },
    });
    return { today, items };
  });
}
