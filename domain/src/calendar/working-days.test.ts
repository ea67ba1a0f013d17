import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './holidays';
import { addDays, compareLocalDate, parseLocalDate as d, daysBetween } from './local-date';
import { addWorkingDays, nextWorkingDayOnOrAfter, workingDaysBetween } from './working-days';

const FIRST = d('1990-01-01');
const anyDate = fc
  .integer({ min: 0, max: daysBetween(FIRST, d('2110-12-31')) })
  .map((n) => addDays(FIRST, n));

describe('addWorkingDays', () => {
  it('never counts the starting day, even when it is a working day', () => {
    // Tue 24.11.2026 → day 1 is Wed 25.11.
    expect(addWorkingDays(d('2026-11-24'), 1)).toBe('2026-11-25');
    // Fri 27.11.2026 → day 1 is Mon 30.11.
    expect(addWorkingDays(d('2026-11-27'), 1)).toBe('2026-11-30');
  });

  it('counts 7 working days from a Tuesday to Thursday of the following week', () => {
    // Wed 25, Thu 26, Fri 27, Mon 30.11, Tue 1, Wed 2, Thu 3.12.2026.
    expect(addWorkingDays(d('2026-11-24'), 7)).toBe('2026-12-03');
  });

  it('starts counting on the first working day after a start on a weekend or holiday', () => {
    // Sat 28.11.2026 and Sun 29.11 both begin with Mon 30.11 as day 1.
    expect(addWorkingDays(d('2026-11-28'), 1)).toBe('2026-11-30');
    expect(addWorkingDays(d('2026-11-29'), 1)).toBe('2026-11-30');
    // Good Friday 26.3.2027: Sat, Easter Sunday and Easter Monday 29.3 pass; day 1 is Tue 30.3.
    expect(addWorkingDays(d('2027-03-26'), 1)).toBe('2027-03-30');
  });

  it('leaves the date unchanged for zero days and refuses negative or fractional counts', () => {
    expect(addWorkingDays(d('2026-11-28'), 0)).toBe('2026-11-28');
    expect(() => addWorkingDays(d('2026-11-24'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2026-11-24'), 1.5)).toThrow(RangeError);
  });

  it('lands on a working day strictly after the start with exactly n working days in between', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const due = addWorkingDays(from, n);
        expect(isWorkingDay(due)).toBe(true);
        expect(compareLocalDate(due, from)).toBe(1);
        let count = 0;
        for (let day = addDays(from, 1); day <= due; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
        expect(count).toBe(n);
      }),
    );
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2026-11-24', '2026-11-24', 'a working day stays put'],
    ['2026-11-28', '2026-11-30', 'Saturday moves to Monday'],
    ['2027-03-26', '2027-03-30', 'Good Friday moves past Easter Monday'],
    ['2026-12-24', '2026-12-28', 'Christmas Eve on a Thursday moves past Boxing Day and the weekend'],
    ['2026-06-19', '2026-06-22', 'Midsummer Eve moves to Monday'],
  ])('%s → %s (%s)', (from, expected) => {
    expect(nextWorkingDayOnOrAfter(d(from))).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween(d('2026-11-24'), d('2026-12-03'))).toBe(7);
    // Christmas week 2025: Mon 22 and Tue 23 count; Wed 24 – Fri 26 and the weekend do not.
    expect(workingDaysBetween(d('2025-12-21'), d('2025-12-28'))).toBe(2);
    expect(workingDaysBetween(d('2026-11-24'), d('2026-11-24'))).toBe(0);
    // Sat 28.11 → Sun 29.11: no working day.
    expect(workingDaysBetween(d('2026-11-28'), d('2026-11-29'))).toBe(0);
    expect(workingDaysBetween(d('2026-12-03'), d('2026-11-24'))).toBe(-7);
    // Backwards over a weekend is plain 0, not -0, so callers comparing with Object.is are not surprised.
    expect(workingDaysBetween(d('2026-11-29'), d('2026-11-28'))).toBe(0);
  });

  it('is the inverse of addWorkingDays and flips sign when the dates are swapped', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -400, max: 400 }),
        (from, n, k) => {
          expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
          const other = addDays(from, k);
          expect(workingDaysBetween(other, from) + workingDaysBetween(from, other)).toBe(0);
        },
      ),
    );
  });
});
