import type { DeadlineKind } from '@lumo/domain';
import type { ColumnType, Generated } from 'kysely';

/** Instants: read as Date, written as Date or ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
/** Calendar dates stay 'YYYY-MM-DD' strings (see db.ts). */
type DateString = string;
type WithDefault<T> = ColumnType<T, T | undefined, T>;
type InstantWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;
/** A nullable column added later, which older inserts leave out. */
type OptionalNullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

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
  failed_second_factor_count: WithDefault<number>;
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
  version: WithDefault<number>;
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
  expected_birth_date: OptionalNullable<DateString>;
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
  phase: WithDefault<CasePhase>;
  client_since: OptionalNullable<DateString>;
  opened_by: OptionalNullable<string>;
  opened_at: Instant;
  closed_at: Instant | null;
  version: WithDefault<number>;
  created_at: Generated<Date>;
  updated_at: InstantWithDefault;
}

export type CasePhase = 'intake' | 'assessment' | 'client';

export type RelationshipKind = 'responsible' | 'team' | 'emergency' | 'partner';

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
  // A partner relationship's scope and basis (migration 0020).
  sections: OptionalNullable<string[]>;
  legal_basis: OptionalNullable<'statutory' | 'consent'>;
  provision: OptionalNullable<string>;
  provision_detail: OptionalNullable<string>;
  consent_id: OptionalNullable<string>;
  purpose: OptionalNullable<string>;
  revoked_at: OptionalNullable<Date>;
  revoked_by: OptionalNullable<string>;
  revocation: OptionalNullable<'revoked' | 'consent_withdrawn'>;
  revoked_reason: OptionalNullable<string>;
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

export type AssessmentStatus =
  | 'awaiting_start'
  | 'in_progress'
  | 'concluded'
  | 'not_started'
  | 'within_client_work';

export interface AssessmentTable {
  id: string;
  child_id: string;
  case_id: string;
  pending_date: DateString;
  start_due: DateString;
  complete_due: DateString;
  family_informed_due: DateString;
  existing_client: boolean;
  status: WithDefault<AssessmentStatus>;
  start_decided_on: DateString | null;
  start_decided_by: string | null;
  start_decision_reason: string | null;
  participants: WithDefault<unknown>;
  child_meetings: WithDefault<unknown>;
  child_views: WithDefault<string>;
  child_views_method: WithDefault<string>;
  guardian_views: WithDefault<string>;
  working_notes: WithDefault<string>;
  conclusion: 'client' | 'not_client' | null;
  conclusion_reasons: string | null;
  services_instead: string | null;
  concluded_on: DateString | null;
  concluded_by: string | null;
  family_informed_on: DateString | null;
  version: WithDefault<number>;
  created_by: string;
  created_at: InstantWithDefault;
  updated_at: InstantWithDefault;
}

export interface NotificationTable {
  id: string;
  child_id: string;
  case_id: string;
  assessment_id: string | null;
  municipality_id: string;
  kind: 'notification' | 'joint_request' | 'pre_birth';
  received_at: Instant;
  received_on: DateString;
  pending_date: DateString | null;
  channel: string;
  notifier_category: string;
  notifier_name: string | null;
  notifier_contact: string | null;
  content: string;
  suspected_offence: WithDefault<boolean>;
  police_notified: boolean | null;
  police_not_notified_reason: string | null;
  registered_by: string;
  registered_at: Instant;
  urgency_assessed_at: Instant | null;
  urgency_assessed_by: string | null;
  urgent: boolean | null;
  immediate_measures: string | null;
  created_at: Generated<Date>;
}

export interface FamilyInformationTable {
  id: string;
  assessment_id: string;
  child_id: string;
  subject: 'notification' | 'outcome';
  person_id: string;
  informed_on: DateString | null;
  method: string;
  not_informed_reason: string | null;
  notes: WithDefault<string>;
  recorded_by: string;
  recorded_at: Instant;
}

/** Kept by the database from the cases and their sources (migration 0032); the app only reads it. */
export interface OpenDeadlineTable {
  case_id: string;
  kind: DeadlineKind;
  source_id: string;
  due: DateString | null;
  child_id: string;
  phase: 'intake' | 'assessment' | 'client';
  responsible_worker_id: string | null;
  urgent: boolean;
  first_names: string;
  last_name: string;
  birth_date: DateString | null;
}

export interface ClientPlanTable {
  id: string;
  child_id: string;
  case_id: string;
  plan_no: number;
  status: WithDefault<'draft' | 'agreed'>;
  circumstances_to_change: WithDefault<string>;
  support_needed: WithDefault<string>;
  services: WithDefault<unknown>;
  goals: WithDefault<unknown>;
  child_views: WithDefault<string>;
  guardian_views: WithDefault<string>;
  dissenting_views: WithDefault<string>;
  participants: WithDefault<unknown>;
  requested_review_date: DateString | null;
  plan_date: DateString | null;
  review_due: DateString | null;
  agreed_at: Instant | null;
  agreed_by: string | null;
  based_on_id: string | null;
  version: WithDefault<number>;
  created_by: string;
  created_at: Instant;
  updated_by: string;
  updated_at: Instant;
}

export interface DocumentTable {
  id: string;
  child_id: string;
  case_id: string;
  kind: 'assessment_summary' | 'client_plan';
  source_id: string;
  language: 'fi' | 'sv';
  filename: string;
  content: Uint8Array;
  sha256: string;
  byte_size: number;
  created_by: string;
  created_at: Instant;
}

export interface CaseloadOverrideTable {
  id: string;
  team_id: string;
  worker_id: string;
  reason: string;
  granted_by: string;
  granted_at: Instant;
  consumed_at: Instant | null;
  consumed_by: string | null;
  consumed_case_id: string | null;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}

// The systemic team workspace (migration 0010).
export interface FamilyTable {
  id: string;
  child_ids: string[];
  version: WithDefault<number>;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface FamilyChildTable {
  child_id: string;
  family_id: string;
}

export interface MeetingSeriesTable {
  id: string;
  team_id: string;
  weekday: number;
  start_time: string;
  duration_minutes: number;
  place: WithDefault<string>;
  online_url: string | null;
  starts_on: DateString;
  ends_on: DateString | null;
  version: WithDefault<number>;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
}

export interface MeetingTable {
  id: string;
  team_id: string;
  series_id: string;
  occurs_on: DateString;
  date: DateString;
  start_time: string | null;
  place: string | null;
  online_url: string | null;
  status: WithDefault<'scheduled' | 'cancelled'>;
  note: WithDefault<string>;
  agenda_closed_at: Instant | null;
  agenda_closed_by: string | null;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface AgendaItemTable {
  id: string;
  meeting_id: string;
  family_id: string;
  position: number;
  origin: 'added' | 'follow_up' | 'moved';
  added_by: string | null;
  dilemma: WithDefault<string>;
  visible_concern: WithDefault<string>;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string | null;
}

export type HypothesisStatus = 'open' | 'supported' | 'set_aside';

export interface HypothesisTable {
  id: string;
  family_id: string;
  agenda_item_id: string;
  text: string;
  author_id: string;
  status: WithDefault<HypothesisStatus>;
  status_reason: WithDefault<string>;
  version: WithDefault<number>;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string;
}

export interface HypothesisStatusChangeTable {
  id: string;
  hypothesis_id: string;
  family_id: string;
  agenda_item_id: string | null;
  status: HypothesisStatus;
  reason: WithDefault<string>;
  changed_by: string;
  changed_at: Instant;
}

export interface ExperimentTable {
  id: string;
  family_id: string;
  agenda_item_id: string;
  team_id: string;
  hypothesis_id: string | null;
  action: string;
  who: string;
  owner_id: string | null;
  follow_up_on: DateString;
  status: WithDefault<'open' | 'concluded'>;
  version: WithDefault<number>;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string;
}

export interface ExperimentFollowUpTable {
  id: string;
  experiment_id: string;
  family_id: string;
  agenda_item_id: string;
  what_happened: string;
  what_we_learned: WithDefault<string>;
  outcome: 'continue' | 'conclude';
  next_follow_up_on: DateString | null;
  recorded_by: string;
  recorded_at: Instant;
}

export interface RecordEntryTable {
  id: string;
  family_id: string;
  agenda_item_id: string;
  kind: 'perspective' | 'family_voice' | 'decision';
  text: string;
  author_id: string | null;
  team_role: TeamMemberTable['team_role'] | null;
  speaker_person_id: string | null;
  speaker_label: WithDefault<string>;
  version: WithDefault<number>;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string;
}

export interface DiscussionAttendeeTable {
  id: string;
  family_id: string;
  agenda_item_id: string;
  user_id: string | null;
  person_id: string | null;
  label: WithDefault<string>;
  added_by: string;
  added_at: Instant;
}

export interface FamilySummaryTable {
  agenda_item_id: string;
  family_id: string;
  text: string;
  shared_with_family: WithDefault<boolean>;
  shared_at: Instant | null;
  shared_by: string | null;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string;
}

export interface GenogramTable {
  family_id: string;
  /** A GenogramDocument (domain/src/teams/genogram.ts), validated before it is written. */
  document: unknown;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string;
}

export interface TimelineEventTable {
  id: string;
  family_id: string;
  occurred_on: DateString;
  date_precision: WithDefault<'day' | 'month' | 'year'>;
  kind: 'move' | 'loss' | 'illness' | 'service_started' | 'service_ended' | 'other';
  title: string;
  description: WithDefault<string>;
  version: WithDefault<number>;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string;
}

// The agency network (migration 0020).
export interface MunicipalityTable {
  code: string;
  name_fi: string;
  name_sv: string;
  region: string;
}

export interface PartnerOrganisationTable {
  id: string;
  sector: string;
  region: string;
  municipality_code: string | null;
  phone: WithDefault<string>;
  email: WithDefault<string>;
  website: WithDefault<string>;
  notes: WithDefault<string>;
  active: WithDefault<boolean>;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string | null;
}

export interface PartnerServiceTable {
  id: string;
  organisation_id: string;
  service_type: string;
  name_fi: string;
  name_sv: WithDefault<string>;
  region: string;
  description: WithDefault<string>;
  address: WithDefault<string>;
  phone: WithDefault<string>;
  email: WithDefault<string>;
  active: WithDefault<boolean>;
  /** A tsvector, written with to_tsvector('simple', …) and never read back. */
  search: unknown;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string | null;
}

export interface PartnerServiceAreaTable {
  service_id: string;
  municipality_code: string;
}

export interface PartnerContactTable {
  id: string;
  organisation_id: string;
  service_id: string | null;
  name: string;
  title: WithDefault<string>;
  phone: WithDefault<string>;
  email: WithDefault<string>;
  user_id: string | null;
  notes: WithDefault<string>;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string | null;
}

export interface CollaborationModelTable {
  id: string;
  name_fi: string;
  name_sv: WithDefault<string>;
  description: WithDefault<string>;
  region: string | null;
  municipality_code: string | null;
  partner_organisation_ids: WithDefault<string[]>;
  service_ids: WithDefault<string[]>;
  /** The ordered steps, each { title, owner, actionCard }. */
  steps: unknown;
  active: WithDefault<boolean>;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string | null;
}

export interface ActionCardTable {
  id: string;
  county_id: string;
  phase: string;
  position: number;
  title_fi: string;
  title_sv: WithDefault<string>;
  instructions_fi: WithDefault<string>;
  instructions_sv: WithDefault<string>;
  owner: string;
  due_working_days: number;
  active: WithDefault<boolean>;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
  updated_by: string | null;
}

export interface ExpertProfileTable {
  user_id: string;
  expertise: string[];
  region: string;
  description: WithDefault<string>;
  available: WithDefault<boolean>;
  version: WithDefault<number>;
  updated_at: Instant;
  updated_by: string | null;
}

export interface ConsentTable {
  id: string;
  child_id: string;
  given_by_person_id: string;
  giver_role: 'guardian' | 'child';
  given_on: DateString;
  method: string;
  organisation_id: string;
  scopes: string[];
  purpose: string;
  valid_until: DateString;
  notes: WithDefault<string>;
  recorded_by: string;
  recorded_at: Instant;
  withdrawn_on: DateString | null;
  withdrawal_recorded_at: Instant | null;
  withdrawal_recorded_by: string | null;
  withdrawal_note: WithDefault<string>;
  version: WithDefault<number>;
}

export interface DisclosureEventTable {
  id: string;
  occurred_at: Instant;
  child_id: string;
  recipient_user_id: string;
  recipient_name: string;
  recipient_organisation_id: string;
  data: string;
  data_ref: string | null;
  purpose: string;
  legal_basis: 'statutory' | 'consent';
  provision: string | null;
  provision_detail: WithDefault<string>;
  consent_id: string | null;
  relationship_id: string | null;
  decided_by: string | null;
  request_id: WithDefault<string>;
}

export interface NetworkMapVersionTable {
  id: string;
  child_id: string;
  version: number;
  /** A NetworkMapDocument (domain/src/api/network-map.ts), validated before it is written. */
  document: unknown;
  note: WithDefault<string>;
  saved_by: string;
  saved_at: Instant;
}

export interface MultiagencyAssessmentTable {
  id: string;
  assessment_id: string;
  child_id: string;
  phase: WithDefault<string>;
  started_on: DateString;
  started_by: string;
  started_at: Instant;
  version: WithDefault<number>;
  updated_at: Instant;
}

export interface MultiagencyTaskTable {
  id: string;
  multiagency_id: string;
  child_id: string;
  card_id: string | null;
  phase: string;
  position: number;
  title_fi: string;
  title_sv: WithDefault<string>;
  instructions_fi: WithDefault<string>;
  instructions_sv: WithDefault<string>;
  owner: string;
  assignee: WithDefault<string>;
  due_on: DateString;
  done_at: Instant | null;
  done_by: string | null;
  note: WithDefault<string>;
  version: WithDefault<number>;
  updated_at: Instant;
}

export interface MultiagencyContributionTable {
  id: string;
  multiagency_id: string;
  child_id: string;
  author_id: string;
  organisation_id: string;
  relationship_id: string;
  observations: WithDefault<string>;
  concerns: WithDefault<string>;
  strengths: WithDefault<string>;
  proposed_support: WithDefault<string>;
  meeting_availability: WithDefault<string>;
  submitted_at: Instant | null;
  version: WithDefault<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface NetworkMeetingTable {
  id: string;
  multiagency_id: string;
  child_id: string;
  held_on: DateString;
  start_time: string | null;
  place: WithDefault<string>;
  attendees: WithDefault<unknown>;
  record: WithDefault<string>;
  next_steps: WithDefault<unknown>;
  recorded_by: string;
  created_at: Instant;
  updated_at: Instant;
  version: WithDefault<number>;
}

export interface MultiagencySummaryTable {
  multiagency_id: string;
  child_id: string;
  text: string;
  shared_at: Instant | null;
  shared_by: string | null;
  version: WithDefault<number>;
  updated_at: Instant;
  updated_by: string;
}

export interface ConsultationTable {
  id: string;
  expertise: string;
  region: string | null;
  expert_id: string | null;
  question: string;
  background: WithDefault<string>;
  child_age_years: number | null;
  identifying: WithDefault<boolean>;
  legal_basis: 'statutory' | 'consent' | null;
  provision: string | null;
  provision_detail: WithDefault<string>;
  consent_id: string | null;
  asked_by: string;
  sent_at: Instant;
  due_on: DateString;
  taken_at: Instant | null;
  status: WithDefault<'open' | 'answered'>;
  answer: string | null;
  answered_at: Instant | null;
  answered_by: string | null;
  version: WithDefault<number>;
}

export interface ConsultationCaseTable {
  consultation_id: string;
  child_id: string;
  asked_by: string;
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
  assessment: AssessmentTable;
  notification: NotificationTable;
  family_information: FamilyInformationTable;
  client_plan: ClientPlanTable;
  open_deadline: OpenDeadlineTable;
  document: DocumentTable;
  caseload_override: CaseloadOverrideTable;
  schema_migration: SchemaMigrationTable;
  family: FamilyTable;
  family_child: FamilyChildTable;
  meeting_series: MeetingSeriesTable;
  meeting: MeetingTable;
  agenda_item: AgendaItemTable;
  hypothesis: HypothesisTable;
  hypothesis_status_change: HypothesisStatusChangeTable;
  experiment: ExperimentTable;
  experiment_follow_up: ExperimentFollowUpTable;
  record_entry: RecordEntryTable;
  discussion_attendee: DiscussionAttendeeTable;
  family_summary: FamilySummaryTable;
  genogram: GenogramTable;
  timeline_event: TimelineEventTable;
  municipality: MunicipalityTable;
  partner_organisation: PartnerOrganisationTable;
  partner_service: PartnerServiceTable;
  partner_service_area: PartnerServiceAreaTable;
  partner_contact: PartnerContactTable;
  collaboration_model: CollaborationModelTable;
  action_card: ActionCardTable;
  expert_profile: ExpertProfileTable;
  consent: ConsentTable;
  disclosure_event: DisclosureEventTable;
  network_map_version: NetworkMapVersionTable;
  multiagency_assessment: MultiagencyAssessmentTable;
  multiagency_task: MultiagencyTaskTable;
  multiagency_contribution: MultiagencyContributionTable;
  network_meeting: NetworkMeetingTable;
  multiagency_summary: MultiagencySummaryTable;
  consultation: ConsultationTable;
  consultation_case: ConsultationCaseTable;
}
