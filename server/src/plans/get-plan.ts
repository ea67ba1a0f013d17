import type { ClientPlan } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { findPlan, toPlanJson } from './queries';

export function getPlan(ctx: Ctx, id: string): Promise<ClientPlan> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findPlan(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'clientPlan:read');
    await appendAudit(tx, ctx, {
      action: 'clientPlan:read',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { planId: id },
    });
    return toPlanJson(tx, row, access.can);
  });
}
