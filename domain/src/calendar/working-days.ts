import { isWorkingDay } from './holidays';
import { addDays, compareLocalDate, type LocalDate } from './local-date';

/**
 * The n-th working day after `from`, counted as Act 150/1930 and THL require: `from` itself never counts,
 * even when it is a working day, and day 1 is the next working day. n = 0 gives `from` unchanged.
 */
export function addWorkingDays(from: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a non-negative whole number of days: ${n}`);
  let date = from;
  let remaining = n;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) remaining--;
  }
  return date;
}

export function nextWorkingDayOnOrAfter(d: LocalDate): LocalDate {
  let date = d;
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/**
 * The number of working days in the half-open range (from, to]: those after `from` up to and including
 * `to`, so that `workingDaysBetween(d, addWorkingDays(d, n)) === n`. 0 when the dates are equal; when `to`
 * is before `from` the count for (to, from] negated, so swapping the arguments flips the sign.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  const [start, end, sign] = compareLocalDate(from, to) <= 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = addDays(start, 1); compareLocalDate(date, end) <= 0; date = addDays(date, 1)) {
    if (isWorkingDay(date)) count += sign;
  }
  return count;
}
