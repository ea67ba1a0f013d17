import { addYears, helsinkiDateOf, parseLocalDate } from '@lumo/domain';
import { requireChildAction, runChildCommand } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { consentGivers, toConsents } from './consents';

/** The child's consents, valid and ended, and who can give a new one. */
export function listConsents(ctx: Ctx, childId: string) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'consent:read');
    const today = helsinkiDateOf(ctx.clock.now());
    const [rows, givers] = await Promise.all([
      tx
        .selectFrom('consent')
        .selectAll()
        .where('child_id', '=', childId)
        .orderBy('recorded_at', 'desc')
        .execute(),
      consentGivers(tx, childId),
    ]);
    await appendAudit(tx, ctx, {
      action: 'consent:read',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    const child = givers.child;
    const childMayGive =
      child?.birth_date !== null &&
      child?.birth_date !== undefined &&
      addYears(parseLocalDate(child.birth_date), 12) <= today;
    return {
      consents: await toConsents(tx, rows, today),
      givers: [
        ...givers.guardians.map((g) => ({
          personId: g.id,
          name: `${g.first_names} ${g.last_name}`,
          role: 'guardian' as const,
        })),
        ...(child && childMayGive
          ? [{ personId: child.id, name: `${child.first_names} ${child.last_name}`, role: 'child' as const }]
          : []),
      ],
      can: access.can,
    };
  });
}
