import type { RelationshipKind, StaffRole } from './roles';

/**
 * Every action on client data, with the relationships or roles that allow it. This table is the
 * single declaration of access: commands check it, list queries turn it into SQL, and the
 * responses carry the allowed actions (`can`) so the UI never re-implements a rule.
 */
export const childActions = {
  'child:read': { relationships: ['responsible', 'team', 'emergency'] },
  'child:update': { relationships: ['responsible', 'team', 'emergency'] },
  'child:readAuditLog': { relationships: ['responsible'] },
  'child:readAccessGrants': { relationships: ['responsible'] },
} as const satisfies Record<string, { relationships: readonly RelationshipKind[] }>;

export type ChildAction = keyof typeof childActions;

/** Actions that need a role, not a relationship to a particular child. */
export const roleActions = {
  'child:takeEmergencyAccess': { roles: ['team_lead'] },
  'person:search': {
    roles: [
      'social_worker',
      'consultant_social_worker',
      'family_therapist',
      'family_worker',
      'coordinator',
      'team_lead',
    ],
  },
  'worklist:read': {
    roles: [
      'social_worker',
      'consultant_social_worker',
      'family_therapist',
      'family_worker',
      'coordinator',
      'team_lead',
    ],
  },
  'emergencyAccess:review': { roles: ['team_lead'] },
} as const satisfies Record<string, { roles: readonly StaffRole[] }>;

export type RoleAction = keyof typeof roleActions;
export type Action = ChildAction | RoleAction;

export function relationshipsAllowing(action: ChildAction): readonly RelationshipKind[] {
  return childActions[action].relationships;
}

/** The child actions a person holding these relationships may take. */
export function allowedChildActions(relationships: Iterable<RelationshipKind>): ChildAction[] {
  const held = new Set(relationships);
  return (Object.keys(childActions) as ChildAction[]).filter((action) =>
    childActions[action].relationships.some((kind: RelationshipKind) => held.has(kind)),
  );
}

export function canByRole(roles: readonly string[], action: RoleAction): boolean {
  return (roleActions[action].roles as readonly string[]).some((role) => roles.includes(role));
}

export function allowedRoleActions(roles: readonly string[]): RoleAction[] {
  return (Object.keys(roleActions) as RoleAction[]).filter((action) => canByRole(roles, action));
}
