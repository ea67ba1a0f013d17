import type { Assessment } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { findAssessment, toAssessmentJson } from './queries';

export function getAssessment(ctx: Ctx, id: string): Promise<Assessment> {
  return runChildCommand(ctx, async (tx) => {
    const row = await findAssessment(tx, id);
    const access = await requireChildAction(tx, ctx, row.child_id, 'assessment:read');
    await appendAudit(tx, ctx, {
      action: 'assessment:read',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { assessmentId: id },
    });
    return toAssessmentJson(tx, ctx, row, access.can);
  });
}
