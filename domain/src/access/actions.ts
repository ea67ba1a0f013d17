import type { PartnerSection, RelationshipKind, StaffRole, TeamRelationshipKind } from './roles';

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
  // The agency network (issue 5). The team draws the network map and runs the multi-agency
  // assessment with the responsible worker; whom the child's data is disclosed to is hers to decide
  // (LSL §13b), as is sharing the assessment's summary with the partners.
  'networkMap:read': { relationships: ['responsible', 'team', 'emergency'] },
  'networkMap:edit': { relationships: ['responsible', 'team'] },
  'partnerAccess:read': { relationships: ['responsible', 'team', 'emergency'] },
  'partnerAccess:grant': { relationships: ['responsible'] },
  'partnerAccess:revoke': { relationships: ['responsible'] },
  'consent:read': { relationships: ['responsible', 'team', 'emergency'] },
  'consent:record': { relationships: ['responsible', 'team'] },
  'disclosureLog:read': { relationships: ['responsible'] },
  'multiagency:read': { relationships: ['responsible', 'team', 'emergency'] },
  'multiagency:manage': { relationships: ['responsible', 'team'] },
  'multiagency:shareSummary': { relationships: ['responsible'] },
  'consultation:read': { relationships: ['responsible', 'team', 'emergency'] },
  'consultation:ask': { relationships: ['responsible', 'team'] },
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

/**
 * What a partner professional may do in a child's case, by the sections of her live `partner`
 * relationship. She has no child action: a partner relationship opens these and nothing else.
 */
export const partnerActions = {
  'partner:readBasicFacts': { sections: ['basic_facts'] },
  'partner:readAssessment': { sections: ['assessment'] },
  'partner:contribute': { sections: ['assessment'] },
  'partner:readNetworkMap': { sections: ['network_map'] },
  'partner:readClientPlan': { sections: ['client_plan'] },
} as const satisfies Record<string, { sections: readonly PartnerSection[] }>;

export type PartnerAction = keyof typeof partnerActions;

export function allowedPartnerActions(sections: Iterable<string>): PartnerAction[] {
  const held = new Set(sections);
  return (Object.keys(partnerActions) as PartnerAction[]).filter((action) =>
    partnerActions[action].sections.some((section: PartnerSection) => held.has(section)),
  );
}

// The roles of the county's child protection staff, who work with clients or lead those who do.
const clientWorkRoles = [
  'social_worker',
  'consultant_social_worker',
  'family_therapist',
  'family_worker',
  'coordinator',
  'team_lead',
] as const satisfies readonly StaffRole[];
// Every staff account of the county: also the development coordinators, who hold no client data.
const staffAccounts = [...clientWorkRoles, 'development_coordinator'] as const satisfies readonly StaffRole[];

/** Actions that need a role, not a relationship to a particular child. */
export const roleActions = {
  'child:takeEmergencyAccess': { roles: ['team_lead'] },
  'person:search': {
    roles: clientWorkRoles,
  },
  'worklist:read': {
    roles: clientWorkRoles,
  },
  'emergencyAccess:review': { roles: ['team_lead'] },
  // Finding a colleague to add to a team: names and titles only, no client data.
  'staff:search': {
    roles: clientWorkRoles,
  },
  // Intake: the social workers, social counsellors and coordinators who receive notifications. Team
  // leads do not, as they hold no client data (decision 0005).
  'notification:register': {
    roles: ['social_worker', 'consultant_social_worker', 'family_worker', 'coordinator'],
  },
  'notificationRegister:read': {
    roles: clientWorkRoles,
  },
  'caseload:read': {
    roles: clientWorkRoles,
  },
  'caseload:override': { roles: ['team_lead'] },
  // The list of one's own teams: staff only (a partner has none).
  'team:list': {
    roles: staffAccounts,
  },
  // The partnership register is not client data: every account reads it, partners included; team
  // leads and development coordinators keep it, with the multi-agency action cards and the expert pool.
  'partnerRegister:read': {
    roles: [...staffAccounts, 'partner'],
  },
  'partnerRegister:maintain': { roles: ['team_lead', 'development_coordinator'] },
  'actionCards:read': {
    roles: staffAccounts,
  },
  'actionCards:maintain': { roles: ['team_lead', 'development_coordinator'] },
  // Finding a partner professional to invite: names, titles and organisations of partner accounts.
  'partnerProfessional:search': {
    roles: ['social_worker', 'consultant_social_worker', 'family_therapist', 'family_worker', 'coordinator'],
  },
  // The partner's own view: the cases she has been invited into.
  'partnerPortal:use': { roles: ['partner'] },
  // The expert pool of the four regions: who may be asked; kept by the development coordinators.
  'expertPool:read': {
    roles: staffAccounts,
  },
  'expertPool:maintain': { roles: ['team_lead', 'development_coordinator'] },
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
