import {
  addDays,
  compareLocalDate,
  dayOfWeek,
  type LocalDate,
  maxLocalDate,
  minLocalDate,
} from '../calendar';

export interface WeeklySeries {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
}

/** The dates of a weekly series that fall within from…to (both included). */
export function weeklyDates(series: WeeklySeries, from: LocalDate, to: LocalDate): LocalDate[] {
  const first = maxLocalDate(series.startsOn, from);
  const last = series.endsOn ? minLocalDate(series.endsOn, to) : to;
  const dates: LocalDate[] = [];
  for (
    let d = addDays(first, (series.weekday - dayOfWeek(first) + 7) % 7);
    compareLocalDate(d, last) <= 0;
    d = addDays(d, 7)
  ) {
    dates.push(d);
  }
  return dates;
}

/** Whether two series' periods share a day (an open end runs for ever). */
export function seriesOverlap(
  a: { startsOn: LocalDate; endsOn: LocalDate | null },
  b: { startsOn: LocalDate; endsOn: LocalDate | null },
): boolean {
  const aEndsBeforeB = a.endsOn !== null && compareLocalDate(a.endsOn, b.startsOn) < 0;
  const bEndsBeforeA = b.endsOn !== null && compareLocalDate(b.endsOn, a.startsOn) < 0;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * The carry-over rule: an open experiment comes back on the agenda of every meeting held on or
 * after its follow-up date (the first such meeting, and each later one until it is followed up),
 * provided it was agreed at an earlier meeting.
 */
export function isExperimentDue(
  experiment: { status: 'open' | 'concluded'; followUpOn: LocalDate; agreedOn: LocalDate },
  meetingDate: LocalDate,
): boolean {
  return (
    experiment.status === 'open' &&
    compareLocalDate(experiment.followUpOn, meetingDate) <= 0 &&
    compareLocalDate(experiment.agreedOn, meetingDate) < 0
  );
}
