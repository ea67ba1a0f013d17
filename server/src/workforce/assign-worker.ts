import { sql } from 'kysely';
import { staffNames } from '../children/queries';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { clientCount, takeCaseloadRoom } from './caseload';

const SOCIAL_WORKER_ROLES = ['social_worker', 'consultant_social_worker'] as const;

/**
 * Names the child's responsible social worker (LSL §13b), a social worker of the team that holds the
 * case. A client child counts in her caseload, so the 31st is refused unless a team lead has granted an
 * exception. Access follows at once: the new worker holds the responsible relationship, the old one
 * keeps only what her team membership gives her.
 */
export function assignWorker(ctx: Ctx, childId: string, workerId: string) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'case:assignWorker');
    const c = await tx
      .selectFrom('child_case')
      .select(['id', 'phase', 'team_id', 'responsible_worker_id'])
      .where('child_id', '=', childId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (!c) throw new AppError('not_found');
    const now = ctx.clock.now();
    const member = c.team_id
      ? await tx
          .selectFrom('team_member')
          .select('user_id')
          .where('team_id', '=', c.team_id)
          .where('user_id', '=', workerId)
          .where('team_role', 'in', SOCIAL_WORKER_ROLES)
          .where('valid_from', '<=', now)
          .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', now)]))
          .executeTakeFirst()
      : undefined;
    if (!member) throw new AppError('not_a_team_social_worker');
    let room = { clientCount: await clientCount(tx, workerId), overrideUsed: false };
    if (c.responsible_worker_id !== workerId) {
      if (c.phase === 'client') room = await takeCaseloadRoom(tx, ctx, workerId, c.id);
      await tx
        .updateTable('child_case')
        .set({ responsible_worker_id: workerId, updated_at: now })
        .where('id', '=', c.id)
        .execute();
      await sql`SELECT lumo_sync_case_access(${c.id})`.execute(tx);
    }
    await appendAudit(tx, ctx, {
      action: 'case:assignWorker',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { caseId: c.id, workerId, previous: c.responsible_worker_id, overrideUsed: room.overrideUsed },
    });
    const names = await staffNames(tx, [workerId]);
    return {
      caseId: c.id,
      responsibleWorker: names.get(workerId) ?? { id: workerId, name: '', title: '', role: null },
      clientCount: room.clientCount,
      overrideUsed: room.overrideUsed,
    };
  });
}
