/** Staff roles: what a person's job is. The relationship to a child decides what she may see. */
export const staffRoles = [
  'social_worker',
  'consultant_social_worker',
  'family_therapist',
  'family_worker',
  'coordinator',
  'team_lead',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/**
 * Kinds of technically verified client relationship (Act 703/2023 §9) that ground access.
 * - responsible: the child's responsible social worker
 * - team: a member of the systemic team that holds the child's case
 * - emergency: break-the-glass access taken with a written reason, for at most two hours
 */
export const relationshipKinds = ['responsible', 'team', 'emergency'] as const;
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
