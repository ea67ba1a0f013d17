import {
  allowedChildActions,
  allowedRoleActions,
  type ChildAction,
  canByRole,
  type RelationshipKind,
  type RoleAction,
  relationshipsAllowing,
  type StaffRelationshipKind,
} from '@lumo/domain';
import { type ExpressionBuilder, sql } from 'kysely';
import { appendAudit, CLIENT_WORK } from './audit';
import { asActor, type Ctx } from './context';
import type { Tx } from './db';
import { AppError } from './http-errors';
import type { Database } from './schema';

export interface HeldRelationship {
  kind: StaffRelationshipKind;
  validTo: Date | null;
}

/**
 * The relationships the actor holds to a child now, each with the time it ends (if it does). A
 * partner relationship opens no child action (only partner actions), so it is not one of them.
 */
export async function relationshipsTo(tx: Tx, ctx: Ctx, childId: string): Promise<HeldRelationship[]> {
  const now = ctx.clock.now();
  const rows = await tx
    .selectFrom('access_relationship')
    .select(['kind', 'valid_to'])
    .where('user_id', '=', ctx.actor.userId)
    .where('child_id', '=', childId)
    .where('kind', '<>', 'partner')
    .$narrowType<{ kind: StaffRelationshipKind }>()
    .where('valid_from', '<=', now)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', now)]))
    .execute();
  return rows.map((r) => ({ kind: r.kind, validTo: r.valid_to }));
}

/**
 * Thrown when the actor may not take an action on a child. It answers exactly like a child that
 * does not exist, so an id reveals nothing; the attempt itself is written to the use log.
 */
export class ChildAccessDenied extends AppError {
  constructor(
    readonly childId: string,
    readonly action: ChildAction,
  ) {
    super('not_found');
  }
}

export interface ChildAccess {
  relationships: RelationshipKind[];
  held: HeldRelationship[];
  can: ChildAction[];
  basis: string;
}

/** Checks the action against the actor's relationships to the child; the command's first step. */
export async function requireChildAction(
  tx: Tx,
  ctx: Ctx,
  childId: string,
  action: ChildAction,
): Promise<ChildAccess> {
  const held = await relationshipsTo(tx, ctx, childId);
  const relationships = [...new Set(held.map((r) => r.kind))];
  const can = allowedChildActions(relationships);
  if (!can.includes(action)) throw new ChildAccessDenied(childId, action);
  return { relationships, held, can, basis: basisOf(relationships, action) };
}

/** The relationship that grounds the use, strongest first, as the use log's basis. */
export function basisOf(relationships: readonly RelationshipKind[], action: ChildAction): string {
  const allowing = relationshipsAllowing(action);
  const used = relationships.filter((r) => allowing.includes(r));
  return used.map((r) => `relationship:${r}`).join(',');
}

export function requireRole(ctx: Ctx, action: RoleAction): void {
  if (!canByRole(ctx.actor.roles, action)) throw new AppError('forbidden');
}

export function roleCan(roles: readonly string[]): RoleAction[] {
  return allowedRoleActions(roles);
}

/**
 * The same rule as requireChildAction, as SQL: the children (by a column holding a child id)
 * the actor may take the action on. List and search queries filter with it.
 */
export function childActionFilter(ctx: Ctx, action: ChildAction, childIdColumn: string) {
  const kinds = relationshipsAllowing(action);
  const now = ctx.clock.now();
  return (eb: ExpressionBuilder<Database, never>) =>
    eb.exists(
      eb
        .selectFrom('access_relationship as ar')
        .select(sql.lit(1).as('one'))
        .whereRef('ar.child_id', '=', sql.ref(childIdColumn))
        .where('ar.user_id', '=', ctx.actor.userId)
        .where('ar.kind', 'in', kinds)
        .where('ar.valid_from', '<=', now)
        .where((e) => e.or([e('ar.valid_to', 'is', null), e('ar.valid_to', '>', now)])),
    );
}

/**
 * Runs a command as the actor; when it is refused access to a child, records the refusal in the
 * use log in a transaction of its own (the command's was rolled back) before answering.
 */
export async function runChildCommand<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await asActor(ctx, fn);
  } catch (error) {
    if (error instanceof ChildAccessDenied) {
      await asActor(ctx, (tx) =>
        appendAudit(tx, ctx, {
          action: error.action,
          childIds: [error.childId],
          outcome: 'denied',
          purpose: CLIENT_WORK,
        }),
      );
    }
    throw error;
  }
}
