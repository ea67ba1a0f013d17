import {
  dayOfWeek,
  helsinkiDateOf,
  isLocalDate,
  type LocalDate,
  localDateFromParts,
  localDateParts,
  parseLocalDate,
} from '@lumo/domain';
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

/** '2026-12-03' → 'to 3.12.2026': the weekday helps when a deadline is days away. */
export function formatWeekdayDate(date: string, t: Translations): string {
  const local = parseLocalDate(date);
  return `${t.common.weekdayShort(dayOfWeek(local))} ${formatLocalDate(local)}`;
}

/** Calendar days left as a person says it: '3 päivää', 'tänään', 'myöhässä 2 päivää'. */
export function formatDaysLeft(daysLeft: number, t: Translations): string {
  return t.common.daysLeft(daysLeft);
}

/**
 * A date typed the Finnish way (d.M.yyyy, also with a two-digit day or month) as a calendar date, or null
 * when it is not one. A bare year of two digits is not accepted: 1.2.26 is ambiguous in a register.
 */
export function parseFinnishDate(text: string): LocalDate | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  try {
    const date = localDateFromParts(Number(y), Number(m), Number(d));
    return isLocalDate(date) ? date : null;
  } catch {
    return null;
  }
}

/** A wall-clock time typed as HH.mm or HH:mm, in minutes after midnight, or null. */
export function parseClockTime(text: string): number | null {
  const match = /^\s*(\d{1,2})[.:](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

const HELSINKI_WALL = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** The Helsinki wall-clock reading of an instant, as milliseconds as if that reading were UTC. */
function helsinkiWallMs(ms: number): number {
  const part = new Map(HELSINKI_WALL.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  const get = (type: Intl.DateTimeFormatPartTypes) => part.get(type) ?? 0;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/**
 * The instant of a Finnish date and wall-clock time (e.g. when a notification was received), whatever
 * the computer's own time zone. On the night the clocks go back, the earlier of the two is meant.
 */
export function helsinkiInstant(date: LocalDate, minutes: number): Date {
  const { year, month, day } = localDateParts(date);
  const wanted = Date.UTC(year, month - 1, day) + minutes * 60_000;
  // Finland is UTC+2 or +3: start from +3 and correct by the offset in force at the guess.
  let guess = wanted - 3 * 3_600_000;
  for (let i = 0; i < 2; i++) guess += wanted - helsinkiWallMs(guess);
  return new Date(guess);
}

/** The current Finnish time as HH.mm, for a form's default. */
export function nowClockTime(now: Date = new Date()): string {
  return formatTime(now);
}
