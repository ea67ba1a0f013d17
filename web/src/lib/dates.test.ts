import { parseLocalDate } from '@lumo/domain';
import { describe, expect, test } from 'vitest';
import { ageInYears, formatDate, formatDateTime, formatLocalDate, formatTime, formatUntil } from './dates';
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
