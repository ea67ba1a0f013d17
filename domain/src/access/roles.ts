/** Staff roles: what a person's job is. The relationship to a child decides what she may see. */
export const staffRoles = [
  'social_worker',
  'consultant_social_worker',
  'family_therapist',
  'family_worker',
  'coordinator',
  'team_lead',
  // Develops the county's ways of working (kehittäjä): keeps the partnership register, the action
  // cards of the multi-agency assessment and the expert pool. No client data.
  'development_coordinator',
  // A professional of a partner organisation (school, health care, police…), signing in like staff
  // and seeing only the sections of a child's case she has been given (partnerActions).
  'partner',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** The role that names a person's job to others: the first staff role she holds, in the stored order. */
export function jobRole(roles: readonly string[]): StaffRole | null {
  return roles.find((r): r is StaffRole => (staffRoles as readonly string[]).includes(r)) ?? null;
}

/**
 * Kinds of technically verified client relationship (Act 703/2023 §9) that ground access.
 * - responsible: the child's responsible social worker
 * - team: a member of the systemic team that holds the child's case
 * - emergency: break-the-glass access taken with a written reason, for at most two hours
 * - partner: a partner professional invited by the responsible worker into chosen sections of the
 *   case, until a date, on a recorded legal basis or consent; grants no child action, only the
 *   partner actions of its sections
 */
export const staffRelationshipKinds = ['responsible', 'team', 'emergency'] as const;
export type StaffRelationshipKind = (typeof staffRelationshipKinds)[number];
export const relationshipKinds = [...staffRelationshipKinds, 'partner'] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

/**
 * A person's place in a team, which decides what she may do with the team's own affairs
 * (membership, meetings, agenda); what she may see of a family still comes from her relationships.
 * - member: a member now, in any team role
 * - consultant: a member now in the consultant social worker's role, who steers the client work
 * - lead: the team's lead (esihenkilö)
 */
export const teamRelationshipKinds = ['member', 'consultant', 'lead'] as const;
export type TeamRelationshipKind = (typeof teamRelationshipKinds)[number];

/** The roles a member can have in a systemic team. */
export const teamRoles = [
  'consultant_social_worker',
  'social_worker',
  'family_therapist',
  'family_worker',
  'coordinator',
] as const;
export type TeamRole = (typeof teamRoles)[number];

/** Emergency access lasts at most two hours and needs a reason a reviewer can understand. */
export const EMERGENCY_ACCESS_MAX_MINUTES = 120;
export const EMERGENCY_REASON_MIN_LENGTH = 10;

/**
 * The sections of a child's case a partner professional can be given (Act 703/2023 §9: only the
 * data her task needs):
 * - basic_facts: the child's name, birth date and municipality — never the family, contacts or address
 * - assessment: the multi-agency service-need assessment — its phases, her own contribution, the
 *   joint network meetings and the summary once the responsible worker shares it
 * - network_map: the child's network map (its latest version)
 * - client_plan: the agreed client plan (never drafts)
 */
export const partnerSections = ['basic_facts', 'assessment', 'network_map', 'client_plan'] as const;
export type PartnerSection = (typeof partnerSections)[number];
