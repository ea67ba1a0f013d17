import { daysInMonth, type LocalDate, localDateFromParts, localDateParts } from './calendar/local-date';

// DDMMYY, century sign, individual number ZZZ, check character. The century signs are all those valid
// since the 2023 reform; the check-character alphabet omits G, I, O, Q and Z.
const HETU_SHAPE = /^\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-FHJ-NPR-Y]$/;
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FIRST_TEST_NUMBER = 900;

export type HetuParseResult =
  | {
      readonly ok: true;
      readonly birthDate: LocalDate;
      readonly sex: 'male' | 'female';
      readonly individualNumber: number;
      /** Individual numbers 900–999 are reserved for test codes and never issued to a person. */
      readonly isTestCode: boolean;
    }
  | { readonly ok: false; readonly reason: 'format' | 'date' | 'checksum' };

function centuryOf(sign: string): number {
  if (sign === '+') return 1800;
  return '-UVWXY'.includes(sign) ? 1900 : 2000;
}

function checkCharacter(ddmmyy: string, individualNumber: string): string {
  return CHECK_CHARACTERS.charAt(Number(ddmmyy + individualNumber) % 31);
}

/**
 * Parses a Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ. Uppercase only and nothing is
 * trimmed: normalising input is the caller's decision. Individual numbers 000 and 001 are never issued,
 * so they fail as 'format'.
 */
export function parseHetu(s: string): HetuParseResult {
  if (!HETU_SHAPE.test(s)) return { ok: false, reason: 'format' };
  const individualNumber = Number(s.slice(7, 10));
  if (individualNumber < 2) return { ok: false, reason: 'format' };
  const year = centuryOf(s.charAt(6)) + Number(s.slice(4, 6));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(0, 2));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'date' };
  }
  if (checkCharacter(s.slice(0, 6), s.slice(7, 10)) !== s.charAt(10)) {
    return { ok: false, reason: 'checksum' };
  }
  return {
    ok: true,
    birthDate: localDateFromParts(year, month, day),
    // Odd individual numbers are issued to men, even to women.
    sex: individualNumber % 2 === 1 ? 'male' : 'female',
    individualNumber,
    isTestCode: individualNumber >= FIRST_TEST_NUMBER,
  };
}

export function isValidHetu(s: string): boolean {
  return parseHetu(s).ok;
}

export function isTestHetu(s: string): boolean {
  const parsed = parseHetu(s);
  return parsed.ok && parsed.isTestCode;
}

/**
 * Builds the identity code for a birth date in 1800–2099 and an individual number 2–999, with the
 * traditional century signs '+', '-' and 'A' (the 2023 alternatives are only needed once these run out).
 */
export function formatHetu(birthDate: LocalDate, individualNumber: number): string {
  const { year, month, day } = localDateParts(birthDate);
  if (year < 1800 || year > 2099) throw new RangeError(`No identity-code century sign for year ${year}`);
  if (!Number.isInteger(individualNumber) || individualNumber < 2 || individualNumber > 999) {
    throw new RangeError(`Not an individual number 002–999: ${individualNumber}`);
  }
  const ddmmyy = [day, month, year % 100].map((n) => String(n).padStart(2, '0')).join('');
  const zzz = String(individualNumber).padStart(3, '0');
  const sign = year < 1900 ? '+' : year < 2000 ? '-' : 'A';
  return `${ddmmyy}${sign}${zzz}${checkCharacter(ddmmyy, zzz)}`;
}
