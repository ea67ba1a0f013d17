import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareLocalDate,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  helsinkiDateOf,
  helsinkiStartOfDay,
  isLocalDate,
  type LocalDate,
  localDateFromParts,
  localDateParts,
  maxLocalDate,
  minLocalDate,
  parseLocalDate,
} from './local-date';

const d = parseLocalDate;
const DAY_MS = 86_400_000;
const FIRST = d('1900-01-01');
const anyDate = (from = FIRST, to = d('2199-12-31')) =>
  fc.integer({ min: 0, max: daysBetween(from, to) }).map((n) => addDays(from, n));

// Date.UTC is an independent oracle for the integer calendar arithmetic from year 100 on.
const utcMs = (date: LocalDate) => {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day);
};

describe('parseLocalDate', () => {
  it('accepts real dates, including 29 February of leap years', () => {
    expect(d('2024-02-29')).toBe('2024-02-29');
    expect(d('2000-02-29')).toBe('2000-02-29');
    expect(d('2026-12-31')).toBe('2026-12-31');
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-05',
    ' 2026-01-05',
    '2026-01-05T00:00',
    '05.01.2026',
    '',
  ])('rejects %j with a RangeError rather than rolling it into another day', (s) => {
    expect(() => d(s)).toThrow(RangeError);
    expect(isLocalDate(s)).toBe(false);
  });

  it('recognises only valid date strings as LocalDates', () => {
    expect(isLocalDate('2026-11-24')).toBe(true);
    expect(isLocalDate(20261124)).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });

  it('knows the length of every month, with Gregorian leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([1900, 2000, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28]);
    expect(() => localDateFromParts(2027, 2, 29)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('steps across month, year and leap-day boundaries', () => {
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(d('2027-03-01'), -1)).toBe('2027-02-28');
    expect(daysBetween(d('2026-11-24'), d('2026-12-03'))).toBe(9);
    expect(daysBetween(d('2026-12-03'), d('2026-11-24'))).toBe(-9);
  });

  it('refuses fractional days, which have no meaning for a date', () => {
    expect(() => addDays(d('2026-01-01'), 0.5)).toThrow(RangeError);
  });

  it('agrees with UTC calendar arithmetic for any date and offset', () => {
    fc.assert(
      fc.property(anyDate(), fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(utcMs(moved) - utcMs(date)).toBe(n * DAY_MS);
        expect(daysBetween(date, moved)).toBe(n);
        expect(compareLocalDate(moved, date)).toBe(Math.sign(n));
      }),
    );
  });

  it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
    expect(dayOfWeek(d('2026-11-23'))).toBe(1);
    expect(dayOfWeek(d('2026-11-24'))).toBe(2);
    expect(dayOfWeek(d('2026-11-29'))).toBe(7);
    expect(dayOfWeek(d('1970-01-01'))).toBe(4);
    fc.assert(
      fc.property(anyDate(), (date) => {
        expect(dayOfWeek(date)).toBe(new Date(utcMs(date)).getUTCDay() || 7);
      }),
    );
  });

  it('orders dates chronologically', () => {
    expect(compareLocalDate(d('2026-01-01'), d('2026-01-01'))).toBe(0);
    expect(compareLocalDate(d('2025-12-31'), d('2026-01-01'))).toBe(-1);
    expect(minLocalDate(d('2027-02-28'), d('2026-12-03'), d('2027-01-05'))).toBe('2026-12-03');
    expect(maxLocalDate(d('2027-02-28'), d('2026-12-03'), d('2027-01-05'))).toBe('2027-02-28');
    expect(minLocalDate(d('2027-02-28'))).toBe('2027-02-28');
  });
});

describe('Finnish calendar day of an instant', () => {
  it.each([
    // Winter time, UTC+2: 21:59:59.999Z is still 23:59 in Helsinki, 22:00Z is midnight.
    ['2026-12-02T21:59:59.999Z', '2026-12-02'],
    ['2026-12-02T22:00:00.000Z', '2026-12-03'],
    // Summer time, UTC+3: a notification at 00:30 on Midsummer Eve belongs to that day although UTC says 18.6.
    ['2026-06-18T21:30:00.000Z', '2026-06-19'],
    ['2026-06-18T20:59:59.999Z', '2026-06-18'],
    // The nights the clocks change (29.3.2026 at 03:00 EET, 25.10.2026 at 04:00 EEST).
    ['2026-03-28T22:30:00.000Z', '2026-03-29'],
    ['2026-10-24T21:30:00.000Z', '2026-10-25'],
    ['2026-10-25T21:59:59.999Z', '2026-10-25'],
  ])('dates %s to %s whatever the server time zone', (instant, expected) => {
    expect(helsinkiDateOf(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date instead of inventing a day', () => {
    expect(() => helsinkiDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it.each([
    ['2026-03-29', '2026-03-28T22:00:00.000Z'],
    ['2026-03-30', '2026-03-29T21:00:00.000Z'],
    ['2026-10-25', '2026-10-24T21:00:00.000Z'],
    ['2026-10-26', '2026-10-25T22:00:00.000Z'],
    // 1942: midnight skipped on 3.4 (the day starts at 01:00) and repeated on 4.10 (the first one counts).
    ['1942-04-03', '1942-04-02T22:00:00.000Z'],
    ['1942-10-04', '1942-10-03T21:00:00.000Z'],
  ])('starts %s at %s', (date, instant) => {
    expect(helsinkiStartOfDay(d(date)).toISOString()).toBe(instant);
  });

  it('starts each day at the first instant that Helsinki dates to it', () => {
    fc.assert(
      fc.property(anyDate(d('1900-01-01'), d('2100-12-31')), (date) => {
        const start = helsinkiStartOfDay(date).getTime();
        expect(helsinkiDateOf(new Date(start))).toBe(date);
        expect(helsinkiDateOf(new Date(start - 1))).toBe(addDays(date, -1));
      }),
      { numRuns: 300 },
    );
  });
});
