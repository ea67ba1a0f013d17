import type { LocalDate } from '../calendar/index';
import { deadlineStatus } from './clock';

/** How a notification reached child protection. */
export const notificationChannels = [
  'phone',
  'letter',
  'e_form',
  'email',
  'in_person',
  'police_report',
  'other',
] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** Who made the notification (LSL §25: mandated reporters by their field, anyone else by relation). */
export const notifierCategories = [
  'police',
  'school',
  'early_childhood_education',
  'health_care',
  'social_services',
  'emergency_response_centre',
  'child',
  'parent_or_guardian',
  'relative',
  'private_person',
  'anonymous',
  'other',
] as const;
export type NotifierCategory = (typeof notifierCategories)[number];

/**
 * - notification: a child welfare notification (LSL §25)
 * - joint_request: a request for assessment made by a mandated reporter together with the child or
 *   parent instead of a notification (§25a)
 * - pre_birth: a notification before the child is born (§25c); pending only from the birth
 */
export const notificationKinds = ['notification', 'joint_request', 'pre_birth'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

// Stems of words that suggest a sexual offence (Criminal Code ch. 20) or an offence against life or
// health (ch. 21), in Finnish and Swedish. A hint for the worker, never a decision: §25(3) turns on her
// judgement of the facts, so she sets the flag herself.
const OFFENCE_STEMS = [
  'seksuaal',
  'hyväksikäy',
  'raiska',
  'koskettel',
  'ahdistel',
  'pahoinpi',
  'väkival',
  'lyönyt',
  'lyö ',
  'potki',
  'kurist',
  'mustelm',
  'tappo',
  'tappaa',
  'sexuell',
  'utnyttj',
  'misshand',
  'våld',
  'slog',
  'sparka',
  'ströp',
  'blåmär',
] as const;

/**
 * The words in a notification's content that suggest a suspected sexual or violent offence, so the UI can
 * ask whether the police were notified too (LSL §25(3)). Empty when nothing matched.
 */
export function suspectedOffenceHints(content: string): string[] {
  const text = ` ${content.toLowerCase().replace(/\s+/g, ' ')} `;
  const found = new Set<string>();
  for (const stem of OFFENCE_STEMS) {
    const at = text.indexOf(stem);
    if (at < 0) continue;
    const start = text.lastIndexOf(' ', at) + 1;
    const end = text.indexOf(' ', at + stem.length);
    found.add(text.slice(start, end < 0 ? undefined : end).replace(/[.,;:!?()"]/g, ''));
  }
  return [...found];
}

/** The open deadlines a worklist shows. */
export const deadlineKinds = [
  'urgencyAssessment',
  'startDecision',
  'familyInformed',
  'assessmentCompletion',
  'firstClientPlan',
  'clientPlanReview',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/**
 * The groups of a worklist, most pressing first: a notification whose urgency nobody has assessed yet
 * (LSL §26: immediately), then everything about a child assessed as urgent, then by due date. A first
 * client plan has no statutory date (§30 only says every client has one), so it comes after the week's
 * deadlines and before the later ones.
 */
export const worklistGroups = [
  'urgencyNotAssessed',
  'urgent',
  'overdue',
  'today',
  'thisWeek',
  'undated',
  'later',
] as const;
export type WorklistGroup = (typeof worklistGroups)[number];

export interface DeadlineFacts {
  kind: DeadlineKind;
  due: LocalDate | null;
  /** Whether any pending notification of the child was assessed as urgent. */
  urgent: boolean;
}

/**
 * A deadline is in the later group exactly when it is not an urgency assessment, not urgent, and due on
 * or after laterBucketFrom(today). The worklist's query selects the first of that group by this rule
 * (server/src/worklists/deadlines.ts); a test holds the two to agree.
 */
export function worklistGroup(item: DeadlineFacts, today: LocalDate): WorklistGroup {
  if (item.kind === 'urgencyAssessment') return 'urgencyNotAssessed';
  if (item.urgent) return 'urgent';
  if (item.due === null) return 'undated';
  return deadlineStatus(item.due, today).bucket;
}

/** Where a deadline stands in a worklist, computed once so that sorting a long list stays cheap. */
export interface DeadlineOrderKey {
  group: number;
  due: LocalDate | null;
  kind: number;
}

export function deadlineOrderKey(item: DeadlineFacts, today: LocalDate): DeadlineOrderKey {
  return {
    group: worklistGroups.indexOf(worklistGroup(item, today)),
    due: item.due,
    kind: deadlineKinds.indexOf(item.kind),
  };
}

/** Orders deadlines by group, then by due date (undated last), then by kind in the order of the law. */
export function compareDeadlineKeys(a: DeadlineOrderKey, b: DeadlineOrderKey): number {
  if (a.group !== b.group) return a.group - b.group;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.kind - b.kind;
}

export function compareDeadlines(a: DeadlineFacts, b: DeadlineFacts, today: LocalDate): number {
  return compareDeadlineKeys(deadlineOrderKey(a, today), deadlineOrderKey(b, today));
}
