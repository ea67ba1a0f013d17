import type { UpdateChildRequest } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';

const columns = {
  streetAddress: 'street_address',
  postalCode: 'postal_code',
  postOffice: 'post_office',
  phone: 'phone',
  language: 'language',
} as const;

/** Corrects the child's contact facts; the version guards against overwriting someone else's edit. */
export function updateChild(
  ctx: Ctx,
  childId: string,
  input: UpdateChildRequest,
): Promise<{ version: number }> {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'child:update');
    const changes: Record<string, string> = {};
    for (const [field, column] of Object.entries(columns)) {
      const value = input[field as keyof typeof columns];
      if (value !== undefined) changes[column] = value;
    }
    const result = await tx
      .updateTable('person')
      .set({ ...changes, version: input.version + 1, updated_at: ctx.clock.now() })
      .where('id', '=', childId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict');
    await appendAudit(tx, ctx, {
      action: 'child:update',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { fields: Object.keys(changes) },
    });
    return { version: input.version + 1 };
  });
}
