/**
 * A calendar date with no time of day and no time zone, as ISO 8601 'YYYY-MM-DD'. Statutory periods are
 * counted in whole days, so deadlines are LocalDates, never instants. The brand means a value has been
 * validated: only the functions in this module create one.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

export interface LocalDateParts {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 0 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Throws RangeError unless the parts name a real date in years 0000–9999. */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  if (!isValidParts(year, month, day)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

export function localDateParts(d: LocalDate): LocalDateParts {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** Throws RangeError for anything but a real 'YYYY-MM-DD' date (so '2023-02-29' and '2024-1-05' fail). */
export function parseLocalDate(s: string): LocalDate {
  const match = ISO_DATE.exec(s);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
  return localDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isLocalDate(s: unknown): s is LocalDate {
  if (typeof s !== 'string') return false;
  const match = ISO_DATE.exec(s);
  return match !== null && isValidParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

// Integer day arithmetic (H. Hinnant's civil-calendar algorithms) rather than Date, so neither the host
// time zone nor Date.UTC's mapping of years 0–99 to 1900–1999 can shift a date.
function toEpochDay(d: LocalDate): number {
  const { year: calendarYear, month, day } = localDateParts(d);
  // Counting years from March puts the leap day last.
  const year = calendarYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromEpochDay(epochDay: number): LocalDate {
  const shifted = epochDay + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return localDateFromParts(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromEpochDay(toEpochDay(d) + n);
}

export function compareLocalDate(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  // Fixed-width ISO strings sort chronologically.
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** `to` − `from` in calendar days: positive when `to` is later. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(d: LocalDate): number {
  // 1970-01-01 was a Thursday.
  return ((((toEpochDay(d) + 3) % 7) + 7) % 7) + 1;
}

export function minLocalDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((min, d) => (compareLocalDate(d, min) < 0 ? d : min), first);
}

export function maxLocalDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((max, d) => (compareLocalDate(d, max) > 0 ? d : max), first);
}

const HELSINKI_WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Helsinki wall-clock reading at `ms`, expressed as if that reading were UTC. */
function helsinkiWallClockMs(ms: number): number {
  const fields = new Map(
    HELSINKI_WALL_CLOCK.formatToParts(ms).map((part) => [part.type, Number(part.value)]),
  );
  const field = (type: Intl.DateTimeFormatPartTypes) => fields.get(type) ?? Number.NaN;
  const date = localDateFromParts(field('year'), field('month'), field('day'));
  return (
    toEpochDay(date) * MS_PER_DAY + ((field('hour') * 60 + field('minute')) * 60 + field('second')) * 1000
  );
}

function helsinkiDateAt(ms: number): LocalDate {
  return fromEpochDay(Math.floor(helsinkiWallClockMs(ms) / MS_PER_DAY));
}

/** The calendar date in Finland at `instant`; the day of a notification is the Finnish day. */
export function helsinkiDateOf(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return helsinkiDateAt(ms);
}

/**
 * The first instant of the date in Finland: 00:00 Europe/Helsinki, the earlier one when a clock change
 * repeated midnight (4.10.1942), or the change itself when one skipped it (3.4.1942, 1.5.1921).
 */
export function helsinkiStartOfDay(d: LocalDate): Date {
  const wallMidnight = toEpochDay(d) * MS_PER_DAY;
  const offsetAt = (ms: number) => helsinkiWallClockMs(ms) - Math.floor(ms / 1000) * 1000;
  // Finland's clock changes are months apart, so the offsets a day either side are the only ones in force
  // around this midnight; each yields one candidate, and the start is whichever begins the date.
  const start = [wallMidnight - MS_PER_DAY, wallMidnight + MS_PER_DAY]
    .map((ms) => wallMidnight - offsetAt(ms))
    .find((ms) => helsinkiDateAt(ms) === d && helsinkiDateAt(ms - 1) !== d);
  if (start === undefined) throw new Error(`Europe/Helsinki has no start of day for ${d}`);
  return new Date(start);
}
