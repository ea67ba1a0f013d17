import type { ColumnType, Generated } from 'kysely';

/** Instants: read as Date, written as Date or ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
/** Calendar dates stay 'YYYY-MM-DD' strings (see db.ts). */
type DateString = string;
type WithDefault<T> = ColumnType<T, T | undefined, T>;
type InstantWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationTable {
  id: string;
  kind: 'county' | 'municipality' | 'partner';
  code: string | null;
  name_fi: string;
  name_sv: string;
  parent_id: string | null;
  region: string | null;
  systemic_training: boolean | null;
  created_at: Generated<Date>;
}

export interface StaffUserTable {
  id: string;
  username: string;
  first_name: string;
  last_name: string;
  title: WithDefault<string>;
  organisation_id: string;
  roles: string[];
  language: WithDefault<'fi' | 'sv' | 'en'>;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Instant | null;
  totp_last_step: number | null;
  failed_login_count: WithDefault<number>;
  locked_until: Instant | null;
  is_demo: WithDefault<boolean>;
  active: WithDefault<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface TeamTable {
  id: string;
  organisation_id: string;
  name: string;
  lead_id: string | null;
  created_at: Generated<Date>;
}

export interface TeamMunicipalityTable {
  team_id: string;
  municipality_id: string;
}

export interface TeamMemberTable {
  id: string;
  team_id: string;
  user_id: string;
  team_role:
    | 'consultant_social_worker'
    | 'social_worker'
    | 'family_therapist'
    | 'family_worker'
    | 'coordinator';
  valid_from: Instant;
  valid_to: Instant | null;
  created_at: Generated<Date>;
}

export interface PersonTable {
  id: string;
  kind: 'child' | 'adult';
  first_names: string;
  last_name: string;
  hetu: string | null;
  birth_date: DateString | null;
  sex: WithDefault<'female' | 'male' | 'other' | 'unknown'>;
  municipality_id: string | null;
  street_address: WithDefault<string>;
  postal_code: WithDefault<string>;
  post_office: WithDefault<string>;
  phone: WithDefault<string>;
  language: WithDefault<string>;
  non_disclosure: WithDefault<boolean>;
  deceased_on: DateString | null;
  version: WithDefault<number>;
  created_at: Generated<Date>;
  updated_at: InstantWithDefault;
}

export interface FamilyLinkTable {
  id: string;
  child_id: string;
  person_id: string;
  relation: string;
  is_guardian: WithDefault<boolean>;
  lives_with_child: WithDefault<boolean>;
  created_at: Generated<Date>;
}

export interface ChildCaseTable {
  id: string;
  child_id: string;
  county_id: string;
  municipality_id: string;
  team_id: string | null;
  responsible_worker_id: string | null;
  status: WithDefault<'open' | 'closed'>;
  opened_at: Instant;
  closed_at: Instant | null;
  version: WithDefault<number>;
  created_at: Generated<Date>;
  updated_at: InstantWithDefault;
}

export type RelationshipKind = 'responsible' | 'team' | 'emergency';

export interface AccessRelationshipTable {
  id: string;
  user_id: string;
  child_id: string;
  kind: RelationshipKind;
  valid_from: Instant;
  valid_to: Instant | null;
  reason: string | null;
  granted_by: string | null;
  source_id: string | null;
  created_at: Generated<Date>;
}

export interface SessionTable {
  id: string;
  user_id: string;
  auth_method: string;
  second_factor: 'not_required' | 'pending' | 'enrolment_required' | 'verified';
  csrf_token: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
  ended_at: Instant | null;
  user_agent: WithDefault<string>;
  ip: WithDefault<string>;
}

export interface AuditEventTable {
  seq: Generated<number>;
  id: string;
  occurred_at: Instant;
  actor_id: string | null;
  actor_name: WithDefault<string>;
  organisation_id: string | null;
  child_ids: WithDefault<string[]>;
  action: string;
  outcome: WithDefault<'ok' | 'denied' | 'failed'>;
  basis: WithDefault<string>;
  purpose: WithDefault<string>;
  request_id: WithDefault<string>;
  details: WithDefault<unknown>;
  // Filled by the chaining trigger; the placeholders written by the app are overwritten.
  chain: Generated<number>;
  chain_pos: Generated<number>;
  prev_hash: Generated<Uint8Array>;
  hash: Generated<Uint8Array>;
}

export interface AuditChainTable {
  chain: number;
  last_pos: number;
  last_hash: Uint8Array;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}

export interface Database {
  organisation: OrganisationTable;
  staff_user: StaffUserTable;
  team: TeamTable;
  team_municipality: TeamMunicipalityTable;
  team_member: TeamMemberTable;
  person: PersonTable;
  family_link: FamilyLinkTable;
  child_case: ChildCaseTable;
  access_relationship: AccessRelationshipTable;
  session: SessionTable;
  audit_event: AuditEventTable;
  audit_chain: AuditChainTable;
  schema_migration: SchemaMigrationTable;
}
