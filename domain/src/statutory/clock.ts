import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  daysBetween,
  type LocalDate,
  minLocalDate,
  nextWorkingDayOnOrAfter,
} from '../calendar/index';

/**
 * The last day to decide whether to start the service-need assessment: the 7th working day after the
 * child-welfare case became pending (LSL 417/2007 §26(3)). The pending day itself is not counted
 * (Act 150/1930 §2), and a pending day on a weekend or holiday changes nothing, so a case pending on a
 * Tuesday is due on Thursday of the following week.
 */
export function assessmentStartDue(pending: LocalDate): LocalDate {
  return addWorkingDays(pending, 7);
}

/**
 * The last day to complete the service-need assessment: 3 months from the pending date (SHL 1301/2014 §36,
 * LSL §26(3)), ending on the same-numbered day or the month's last day (Act 150/1930 §3), and moved to the
 * next working day when that is a Saturday, Sunday or holiday (§5).
 */
export function assessmentCompleteDue(pending: LocalDate): LocalDate {
  return nextWorkingDayOnOrAfter(addMonths(pending, 3));
}

/**
 * The last day to tell the child and guardian that the notification was received and what follows: THL's
 * guidance places this within the same 7 working days as the decision to start the assessment (LSL §26).
 */
export function familyInformedDue(pending: LocalDate): LocalDate {
  return assessmentStartDue(pending);
}

/**
 * The next client-plan review: the plan is reviewed as needed and at least once a year (LSL §30), so the
 * earlier of a review the plan itself set and the plan's first anniversary (29.2 → 28.2). The anniversary
 * is deliberately not moved to the next working day: §30 sets a minimum frequency for an ongoing duty, not
 * a period for a single act that Act 150/1930 §5 would extend, and the earlier date never lets a review
 * lapse past a year.
 */
export function clientPlanReviewDue(planDate: LocalDate, requestedReviewDate?: LocalDate | null): LocalDate {
  const annual = addYears(planDate, 1);
  return requestedReviewDate ? minLocalDate(annual, requestedReviewDate) : annual;
}

/**
 * The last day of an emergency placement: at most 30 days counting the day it began (LSL §38), so the
 * start plus 29 days. `startDate` is the day of the placement or of the decision, whichever came first.
 * Not moved off weekends: it bounds a coercive measure, so the placement ends (unless a care-order
 * application is pending) and anything that must precede it has to be done by then.
 */
export function emergencyPlacementEnds(startDate: LocalDate): LocalDate {
  return addDays(startDate, 29);
}

/** The last day of an emergency placement extended once by the maximum 30 days (LSL §38). */
export function emergencyPlacementExtendedEnds(end: LocalDate): LocalDate {
  return addDays(end, 30);
}

export type DeadlineBucket = 'overdue' | 'today' | 'thisWeek' | 'later';

export interface DeadlineStatus {
  /** Calendar days from today to the due date; negative once overdue. */
  readonly daysLeft: number;
  /** 'thisWeek' is the next 7 calendar days (1–7 days left), not the ISO week. */
  readonly bucket: DeadlineBucket;
}

const THIS_WEEK_DAYS = 7;

export function deadlineStatus(due: LocalDate, today: LocalDate): DeadlineStatus {
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return { daysLeft, bucket: 'overdue' };
  if (daysLeft === 0) return { daysLeft, bucket: 'today' };
  return { daysLeft, bucket: daysLeft <= THIS_WEEK_DAYS ? 'thisWeek' : 'later' };
}

/** The first due date in the later bucket: every date from it on is 'later'. */
export function laterBucketFrom(today: LocalDate): LocalDate {
  return addDays(today, THIS_WEEK_DAYS + 1);
}

/**
 * The most children one responsible social worker may have as clients (LSL §13b, 30 since 1.1.2024; 35
 * until 31.12.2023). It binds each worker individually, not a team average.
 */
export const CASELOAD_LIMIT = 30;
