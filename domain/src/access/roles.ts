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

/** Emergency access lasts at most two hours and needs a reason a reviewer can understand. */
export const EMERGENCY_ACCESS_MAX_MINUTES = 120;
export const EMERGENCY_REASON_MIN_LENGTH = 10;
