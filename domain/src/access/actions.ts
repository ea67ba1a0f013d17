import type { RelationshipKind, StaffRole, TeamRelationshipKind } from './roles';

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
  // The statutory clock. Decisions in the child's case are the responsible social worker's (LSL §13b,
  // §26); the team works on the assessment and the plan with her.
  'child:recordBirth': { relationships: ['responsible', 'team'] },
  'case:assignWorker': { relationships: ['responsible', 'team'] },
  'notification:read': { relationships: ['responsible', 'team', 'emergency'] },
  'notification:assessUrgency': { relationships: ['responsible', 'team'] },
  'assessment:read': { relationships: ['responsible', 'team', 'emergency'] },
  'assessment:contribute': { relationships: ['responsible', 'team'] },
  'assessment:decideStart': { relationships: ['responsible'] },
  'assessment:conclude': { relationships: ['responsible'] },
  'clientPlan:read': { relationships: ['responsible', 'team', 'emergency'] },
  'clientPlan:edit': { relationships: ['responsible', 'team'] },
  'clientPlan:agree': { relationships: ['responsible'] },
  'document:read': { relationships: ['responsible', 'team', 'emergency'] },
  'document:create': { relationships: ['responsible', 'team'] },
} as const satisfies Record<string, { relationships: readonly RelationshipKind[] }>;

export type ChildAction = keyof typeof childActions;

/**
 * Actions on a family's systemic work (its meetings' reflective records, genogram, timeline). A
 * family holds several children's data at once, so an action is allowed only when the actor holds
 * one of the relationships to every child of the family. Emergency access reads but never writes
 * the team's thinking; what the family is shown is released by the worker responsible for it.
 */
export const familyActions = {
  'systemic:read': { relationships: ['responsible', 'team', 'emergency'] },
  'systemic:record': { relationships: ['responsible', 'team'] },
  'systemic:shareWithFamily': { relationships: ['responsible'] },
} as const satisfies Record<string, { relationships: readonly RelationshipKind[] }>;

export type FamilyAction = keyof typeof familyActions;

/** The family actions allowed when, for each child of the family, these are the relationships held. */
export function allowedFamilyActions(perChild: readonly Iterable<RelationshipKind>[]): FamilyAction[] {
  if (perChild.length === 0) return [];
  const held = perChild.map((kinds) => new Set(kinds));
  return (Object.keys(familyActions) as FamilyAction[]).filter((action) =>
    held.every((kinds) =>
      familyActions[action].relationships.some((kind: RelationshipKind) => kinds.has(kind)),
    ),
  );
}

/**
 * Actions on a team's own affairs, by the actor's place in the team. The consultant social worker
 * steers the team's work and the lead is responsible for it, so both keep its membership and
 * meetings; only the consultant arranges and closes the agenda, as it is made of families' data,
 * which a lead does not see (decision 0005). Adding a family also needs `systemic:record` on it.
 */
export const teamActions = {
  'team:read': { relationships: ['member', 'lead'] },
  'team:manageMembers': { relationships: ['consultant', 'lead'] },
  'team:manageMeetings': { relationships: ['consultant', 'lead'] },
  'agenda:add': { relationships: ['member'] },
  'agenda:arrange': { relationships: ['consultant'] },
} as const satisfies Record<string, { relationships: readonly TeamRelationshipKind[] }>;

export type TeamAction = keyof typeof teamActions;

export function allowedTeamActions(relationships: Iterable<TeamRelationshipKind>): TeamAction[] {
  const held = new Set(relationships);
  return (Object.keys(teamActions) as TeamAction[]).filter((action) =>
    teamActions[action].relationships.some((kind: TeamRelationshipKind) => held.has(kind)),
  );
}

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
  // Finding a colleague to add to a team: names and titles only, no client data.
  'staff:search': {
    roles: [
      'social_worker',
      'consultant_social_worker',
      'family_therapist',
      'family_worker',
      'coordinator',
      'team_lead',
    ],
  },
  // Intake: the social workers, social counsellors and coordinators who receive notifications. Team
  // leads do not, as they hold no client data (decision 0005).
  'notification:register': {
    roles: ['social_worker', 'consultant_social_worker', 'family_worker', 'coordinator'],
  },
  'notificationRegister:read': {
    roles: [
      'social_worker',
      'consultant_social_worker',
      'family_therapist',
      'family_worker',
      'coordinator',
      'team_lead',
    ],
  },
  'caseload:read': {
    roles: [
      'social_worker',
      'consultant_social_worker',
      'family_therapist',
      'family_worker',
      'coordinator',
      'team_lead',
    ],
  },
  'caseload:override': { roles: ['team_lead'] },
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
