import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate as d, daysBetween, daysInMonth, localDateParts } from './local-date';
import { addMonths, addYears } from './periods';

const FIRST = d('1900-01-01');
const anyDate = fc
  .integer({ min: 0, max: daysBetween(FIRST, d('2199-12-31')) })
  .map((n) => addDays(FIRST, n));

describe('addMonths (Act 150/1930 §3)', () => {
  it.each([
    ['2026-03-10', 3, '2026-06-10', 'the same-numbered day'],
    ['2027-01-31', 1, '2027-02-28', 'no 31.2, so the last day of February'],
    ['2028-01-31', 1, '2028-02-29', 'the leap day when February has one'],
    ['2026-11-30', 3, '2027-02-28', 'no 30.2'],
    ['2027-11-30', 3, '2028-02-29', 'no 30.2, leap year'],
    ['2027-01-31', 3, '2027-04-30', 'no 31.4'],
    ['2027-03-31', 3, '2027-06-30', 'no 31.6'],
    ['2026-12-31', 3, '2027-03-31', 'March has a 31st'],
    ['2026-11-15', 3, '2027-02-15', 'across the year end'],
    ['2027-03-31', -1, '2027-02-28', 'backwards under the same rule'],
    ['2026-05-20', 0, '2026-05-20', 'zero months'],
  ])('%s + %i months = %s (%s)', (from, n, expected) => {
    expect(addMonths(d(from), n)).toBe(expected);
  });

  it('ends on the same-numbered day, or the last day of the target month when that day is missing', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1200, max: 1200 }), (from, n) => {
        const start = localDateParts(from);
        const end = localDateParts(addMonths(from, n));
        expect(end.year * 12 + end.month - (start.year * 12 + start.month)).toBe(n);
        expect(end.day).toBe(Math.min(start.day, daysInMonth(end.year, end.month)));
        expect(end.day).toBeLessThanOrEqual(daysInMonth(end.year, end.month));
      }),
    );
  });

  it('refuses fractional months', () => {
    expect(() => addMonths(d('2026-01-31'), 0.5)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it('moves a leap day to 28 February in a common year and keeps it in a leap year', () => {
    expect(addYears(d('2028-02-29'), 1)).toBe('2029-02-28');
    expect(addYears(d('2028-02-29'), 4)).toBe('2032-02-29');
    expect(addYears(d('2026-03-15'), 1)).toBe('2027-03-15');
    expect(addYears(d('2027-02-28'), 1)).toBe('2028-02-28');
  });

  it('refuses fractional years', () => {
    expect(() => addYears(d('2026-01-31'), 1.5)).toThrow(RangeError);
  });
});
