import { daysInMonth, type LocalDate, localDateFromParts, localDateParts } from './local-date';

/**
 * The same-numbered day n months later (earlier for negative n), or that month's last day where the day
 * does not exist: Act 150/1930 §3, so 31.1 + 1 month is 28.2 (29.2 in a leap year) and 30.11 + 3 months is
 * 28.2 or 29.2.
 */
export function addMonths(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  const { year, month, day } = localDateParts(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return localDateFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** n years as 12·n months under the same rule, so 29.2 + 1 year is 28.2. */
export function addYears(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of years: ${n}`);
  return addMonths(d, 12 * n);
}
