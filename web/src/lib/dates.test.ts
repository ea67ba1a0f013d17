import { parseLocalDate } from '@lumo/domain';
import { describe, expect, test } from 'vitest';
import {
  ageInYears,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatTime,
  formatUntil,
  formatWeekdayDate,
  helsinkiInstant,
  parseClockTime,
  parseFinnishDate,
} from './dates';
import { translations } from './i18n';

describe('dates the Finnish way, on Finnish time', () => {
  test('calendar dates are d.M.yyyy', () => {
    expect(formatLocalDate('2017-03-08')).toBe('8.3.2017');
    expect(formatLocalDate('2024-12-31')).toBe('31.12.2024');
  });

  test('instants are shown in Europe/Helsinki whatever the computer’s zone', () => {
    // 22.30 UTC on 31 December is already New Year's Day in Finland.
    expect(formatDate('2025-12-31T22:30:00Z')).toBe('1.1.2026');
    expect(formatTime('2025-12-31T22:30:00Z')).toBe('00.30');
    // Summer time: UTC+3.
    expect(formatTime('2026-06-15T05:07:00Z')).toBe('08.07');
    expect(formatDateTime('2026-06-15T05:07:00Z', translations.fi)).toBe('15.6.2026 klo 08.07');
    expect(formatDateTime('2026-06-15T05:07:00Z', translations.sv)).toBe('15.6.2026 kl. 08.07');
  });

  test('"until" leaves out the date when it is today', () => {
    const now = new Date('2026-06-15T09:00:00Z');
    expect(formatUntil('2026-06-15T11:00:00Z', translations.fi, now)).toBe('klo 14.00 asti');
    expect(formatUntil('2026-06-15T22:00:00Z', translations.fi, now)).toBe('16.6.2026 klo 01.00 asti');
    expect(formatUntil('2026-06-15T11:00:00Z', translations.sv, now)).toBe('till kl. 14.00');
  });

  test('age in whole years', () => {
    const today = parseLocalDate('2026-03-08');
    expect(ageInYears('2017-03-08', today)).toBe(9);
    expect(ageInYears('2017-03-09', today)).toBe(8);
    expect(ageInYears('2026-01-01', today)).toBe(0);
    // Born on 29 February: a year older on 1 March in a common year.
    expect(ageInYears('2020-02-29', parseLocalDate('2025-02-28'))).toBe(4);
    expect(ageInYears('2020-02-29', parseLocalDate('2025-03-01'))).toBe(5);
  });
});

describe('deadlines as people read them', () => {
  test('a due date with its weekday, in each language', () => {
    // 3.12.2026 is a Thursday, 24.2.2027 a Wednesday.
    expect(formatWeekdayDate('2026-12-03', translations.fi)).toBe('to 3.12.2026');
    expect(formatWeekdayDate('2027-02-24', translations.fi)).toBe('ke 24.2.2027');
    expect(formatWeekdayDate('2027-02-24', translations.sv)).toBe('on 24.2.2027');
    expect(formatWeekdayDate('2026-11-29', translations.en)).toBe('Sun 29.11.2026');
  });

  test('days left: today, tomorrow, days, and overdue', () => {
    const { fi, sv, en } = translations;
    expect([3, 1, 0, -1, -2].map((n) => fi.common.daysLeft(n))).toEqual([
      '3 päivää',
      'huomenna',
      'tänään',
      'myöhässä 1 päivä',
      'myöhässä 2 päivää',
    ]);
    expect([3, 0, -2].map((n) => sv.common.daysLeft(n))).toEqual(['3 dagar', 'i dag', 'försenad 2 dagar']);
    expect([3, 0, -1].map((n) => en.common.daysLeft(n))).toEqual(['3 days', 'today', '1 day overdue']);
  });
});

describe('dates and times typed the Finnish way', () => {
  test('d.M.yyyy, with or without leading zeros; nothing else', () => {
    expect(parseFinnishDate('3.12.2026')).toBe('2026-12-03');
    expect(parseFinnishDate(' 03.02.2027 ')).toBe('2027-02-03');
    expect(parseFinnishDate('29.2.2028')).toBe('2028-02-29');
    expect(parseFinnishDate('29.2.2027')).toBeNull();
    expect(parseFinnishDate('3.12.26')).toBeNull();
    expect(parseFinnishDate('2026-12-03')).toBeNull();
    expect(parseFinnishDate('')).toBeNull();
  });

  test('HH.mm or HH:mm', () => {
    expect(parseClockTime('8.05')).toBe(8 * 60 + 5);
    expect(parseClockTime('23:59')).toBe(23 * 60 + 59);
    expect(parseClockTime('24.00')).toBeNull();
    expect(parseClockTime('12.60')).toBeNull();
    expect(parseClockTime('noon')).toBeNull();
  });

  test('a Finnish wall-clock time is the right instant in winter, in summer and around the clock changes', () => {
    expect(helsinkiInstant(parseLocalDate('2026-12-03'), 9 * 60).toISOString()).toBe(
      '2026-12-03T07:00:00.000Z',
    );
    expect(helsinkiInstant(parseLocalDate('2026-06-15'), 8 * 60 + 7).toISOString()).toBe(
      '2026-06-15T05:07:00.000Z',
    );
    // Just after midnight is still the same Finnish day, whatever UTC says.
    expect(helsinkiInstant(parseLocalDate('2027-01-01'), 30).toISOString()).toBe('2026-12-31T22:30:00.000Z');
    // 25.10.2026 the clocks go back at 04.00: 03.30 happens twice, the earlier is meant.
    expect(helsinkiInstant(parseLocalDate('2026-10-25'), 3 * 60 + 30).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // 29.3.2026 they go forward: 02.30 exists, in winter time.
    expect(helsinkiInstant(parseLocalDate('2026-03-29'), 2 * 60 + 30).toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
  });
});
