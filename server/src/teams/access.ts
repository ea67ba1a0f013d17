import {
  allowedFamilyActions,
  allowedTeamActions,
  type FamilyAction,
  familyActions,
  helsinkiDateOf,
  type LocalDate,
  type RelationshipKind,
  type TeamAction,
  type TeamRelationshipKind,
  type TeamRole,
} from '@lumo/domain';
import { sql } from 'kysely';
import { ChildAccessDenied } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';

/** The actor's day in Finland: dates of meetings, memberships and follow-ups are Finnish days. */
export const todayOf = (ctx: Ctx): LocalDate => helsinkiDateOf(ctx.clock.now());

export interface TeamAccess {
  team: { id: string; name: string; leadId: string | null; organisationId: string };
  myRole: TeamRole | null;
  relationships: TeamRelationshipKind[];
  can: TeamAction[];
}

/** The actor's place in a team now, or null when the team does not exist. */
export async function teamAccess(tx: Tx, ctx: Ctx, teamId: string): Promise<TeamAccess | null> {
  const now = ctx.clock.now();
  const row = await tx
    .selectFrom('team as t')
    .leftJoin('team_member as m', (join) =>
      join
        .onRef('m.team_id', '=', 't.id')
        .on('m.user_id', '=', ctx.actor.userId)
        .on('m.valid_from', '<=', now)
        .on((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>', now)])),
    )
    .select(['t.id', 't.name', 't.lead_id', 't.organisation_id', 'm.team_role'])
    .where('t.id', '=', teamId)
    .executeTakeFirst();
  if (!row) return null;
  const relationships: TeamRelationshipKind[] = [];
  if (row.team_role) relationships.push('member');
  if (row.team_role === 'consultant_social_worker') relationships.push('consultant');
  if (row.lead_id === ctx.actor.userId) relationships.push('lead');
  return {
    team: { id: row.id, name: row.name, leadId: row.lead_id, organisationId: row.organisation_id },
    myRole: row.team_role ?? null,
    relationships,
    can: allowedTeamActions(relationships),
  };
}

/**
 * Checks a team action. Someone with no place in the team gets the answer a missing team gets;
 * a member or lead whose place does not allow the action is told so.
 */
export async function requireTeamAction(
  tx: Tx,
  ctx: Ctx,
  teamId: string,
  action: TeamAction,
): Promise<TeamAccess> {
  const access = await teamAccess(tx, ctx, teamId);
  if (!access || access.relationships.length === 0) throw new AppError('not_found');
  if (!access.can.includes(action)) throw new AppError('forbidden');
  return access;
}

/** Kinds of row that belong to a family, for finding the family of a row by its id. */
export type FamilyRowKind =
  | 'family'
  | 'agenda_item'
  | 'hypothesis'
  | 'experiment'
  | 'record_entry'
  | 'discussion_attendee'
  | 'timeline_event';

export interface FamilyAccess {
  familyId: string;
  childIds: string[];
  can: FamilyAction[];
  basis: string;
}

/** A refused family action: answered like a missing record, written to every child's use log. */
export class FamilyAccessDenied extends AppError {
  constructor(
    readonly childIds: string[],
    readonly action: FamilyAction,
  ) {
    super('not_found');
  }
}

/** The actor's relationships now to each of these children. */
async function relationshipsByChild(tx: Tx, ctx: Ctx, childIds: string[]) {
  const now = ctx.clock.now();
  const rows =
    childIds.length === 0
      ? []
      : await tx
          .selectFrom('access_relationship')
          .select(['child_id', 'kind'])
          .where('user_id', '=', ctx.actor.userId)
          .where('child_id', '=', sql<string>`ANY(${childIds}::uuid[])`)
          .where('valid_from', '<=', now)
          .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', now)]))
          .execute();
  const byChild = new Map<string, RelationshipKind[]>();
  for (const r of rows) byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), r.kind]);
  return byChild;
}

function accessOf(
  familyId: string,
  childIds: string[],
  byChild: Map<string, RelationshipKind[]>,
): Omit<FamilyAccess, 'basis'> & { kinds: RelationshipKind[][] } {
  const kinds = childIds.map((c) => byChild.get(c) ?? []);
  return { familyId, childIds, kinds, can: allowedFamilyActions(kinds) };
}

/** The relationships that ground the action, strongest first, as the use log's basis. */
function basisOf(kinds: RelationshipKind[][], action: FamilyAction): string {
  const allowing: readonly RelationshipKind[] = familyActions[action].relationships;
  const used = new Set(kinds.flatMap((held) => allowing.filter((k) => held.includes(k)).slice(0, 1)));
  return allowing
    .filter((k) => used.has(k))
    .map((k) => `relationship:${k}`)
    .join(',');
}

/**
 * The command's first step on a family's systemic work: finds the family of the row (even one the
 * actor may not see, so that a refusal reaches the children's use log) and checks the action
 * against her relationships to every one of its children.
 */
export async function requireFamilyAction(
  tx: Tx,
  ctx: Ctx,
  row: { kind: FamilyRowKind; id: string },
  action: FamilyAction,
): Promise<FamilyAccess> {
  const { rows } = await sql<{ family_id: string; child_ids: string[] }>`
    SELECT family_id, child_ids FROM lumo_family_of(${row.kind}, ${row.id})`.execute(tx);
  const family = rows[0];
  if (!family) throw new AppError('not_found');
  const access = accessOf(
    family.family_id,
    family.child_ids,
    await relationshipsByChild(tx, ctx, family.child_ids),
  );
  if (!access.can.includes(action)) throw new FamilyAccessDenied(family.child_ids, action);
  return { ...access, basis: basisOf(access.kinds, action) };
}

/** The same rule for many families at once (a meeting's agenda): what the actor may do with each. */
export async function familiesAccess(
  tx: Tx,
  ctx: Ctx,
  families: { id: string; child_ids: string[] }[],
  action: FamilyAction,
): Promise<Map<string, FamilyAccess>> {
  const byChild = await relationshipsByChild(tx, ctx, [...new Set(families.flatMap((f) => f.child_ids))]);
  const result = new Map<string, FamilyAccess>();
  for (const family of families) {
    const access = accessOf(family.id, family.child_ids, byChild);
    if (access.can.includes(action))
      result.set(family.id, {
        familyId: family.id,
        childIds: family.child_ids,
        can: access.can,
        basis: basisOf(access.kinds, action),
      });
  }
  return result;
}

/** The actor's family actions for a set of children that are not yet a family. */
export async function childrenAccess(tx: Tx, ctx: Ctx, childIds: string[]) {
  const byChild = await relationshipsByChild(tx, ctx, childIds);
  const kinds = childIds.map((c) => byChild.get(c) ?? []);
  return {
    can: allowedFamilyActions(kinds),
    basis: (action: FamilyAction) => basisOf(kinds, action),
  };
}

/**
 * Runs a command on family data as the actor; a refusal is written to the use log of the
 * children concerned, in a transaction of its own (the command's was rolled back).
 */
export async function runFamilyCommand<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await asActor(ctx, fn);
  } catch (error) {
    const refused =
      error instanceof FamilyAccessDenied
        ? { action: error.action, childIds: error.childIds }
        : error instanceof ChildAccessDenied
          ? { action: error.action, childIds: [error.childId] }
          : null;
    if (refused) {
      await asActor(ctx, (tx) =>
        appendAudit(tx, ctx, { ...refused, outcome: 'denied', purpose: CLIENT_WORK }),
      );
    }
    throw error;
  }
}

/** The use log row of a read or write of a family's systemic work, in the command's transaction. */
export function logFamilyUse(
  tx: Tx,
  ctx: Ctx,
  access: FamilyAccess,
  action: FamilyAction,
  details: Record<string, unknown>,
) {
  return appendAudit(tx, ctx, {
    action,
    childIds: access.childIds,
    basis: access.basis,
    purpose: CLIENT_WORK,
    details: { familyId: access.familyId, ...details },
  });
}
