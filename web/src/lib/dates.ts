import { helsinkiDateOf, type LocalDate, localDateParts, parseLocalDate } from '@lumo/domain';
import type { Translations } from './i18n';

/**
 * Dates the Finnish way in every language: d.M.yyyy, times HH.mm, always on Finnish (Europe/Helsinki)
 * time whatever the computer's own time zone.
 */
const HELSINKI_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(instant: string | Date): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** '2017-03-08' → '8.3.2017'. */
export function formatLocalDate(date: string | null | undefined): string {
  if (!date) return '';
  const { year, month, day } = localDateParts(parseLocalDate(date));
  return `${day}.${month}.${year}`;
}

/** The Finnish calendar date of an instant, as d.M.yyyy. */
export function formatDate(instant: string | Date): string {
  return formatLocalDate(helsinkiDateOf(toDate(instant)));
}

/** The Finnish wall-clock time of an instant, as HH.mm. */
export function formatTime(instant: string | Date): string {
  const parts = HELSINKI_TIME.formatToParts(toDate(instant));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}.${minute}`;
}

export function formatDateTime(instant: string | Date, t: Translations): string {
  return t.common.dateTime(formatDate(instant), formatTime(instant));
}

/** "klo 16.05 asti" when the instant is today in Finland, else with its date. */
export function formatUntil(instant: string | Date, t: Translations, now: Date = new Date()): string {
  const date = toDate(instant);
  return helsinkiDateOf(date) === helsinkiDateOf(now)
    ? t.common.untilTime(formatTime(date))
    : t.common.untilDateTime(formatDate(date), formatTime(date));
}

export function helsinkiToday(now: Date = new Date()): LocalDate {
  return helsinkiDateOf(now);
}

/** Age in whole years on the given day (a child born on 29 February ages on 1 March in common years). */
export function ageInYears(birthDate: string, today: LocalDate = helsinkiToday()): number {
  const born = localDateParts(parseLocalDate(birthDate));
  const now = localDateParts(today);
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return Math.max(0, now.year - born.year - (hadBirthday ? 0 : 1));
}
