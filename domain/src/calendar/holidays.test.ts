import { readdirSync, readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, finnishHolidays, type HolidayKey, isFinnishHoliday, isWorkingDay } from './holidays';
import { addDays, parseLocalDate as d, dayOfWeek, type LocalDate, localDateFromParts } from './local-date';

const mod = (a: number, n: number) => ((a % n) + n) % n;
const marchDay = (year: number, n: number) => addDays(localDateFromParts(year, 3, 1), n - 1);

// Knuth, TAOCP vol. 1, §1.3.2 exercise 14: epact-based, sharing no steps with Meeus/Jones/Butcher.
function knuthEaster(year: number): LocalDate {
  const golden = (year % 19) + 1;
  const century = Math.floor(year / 100) + 1;
  const skippedLeapYears = Math.floor((3 * century) / 4) - 12;
  const moonCorrection = Math.floor((8 * century + 5) / 25) - 5;
  const sunday = Math.floor((5 * year) / 4) - skippedLeapYears - 10;
  let epact = mod(11 * golden + 20 + moonCorrection - skippedLeapYears, 30);
  if ((epact === 25 && golden > 11) || epact === 24) epact++;
  let fullMoon = 44 - epact;
  if (fullMoon < 21) fullMoon += 30;
  return marchDay(year, fullMoon + 7 - mod(sunday + fullMoon, 7));
}

// Gauss's Easter formula with Lichtenberg's correction for the exceptional years.
function gaussEaster(year: number): LocalDate {
  const k = Math.floor(year / 100);
  const m = 15 + Math.floor((3 * k + 3) / 4) - Math.floor((8 * k + 13) / 25);
  const s = 2 - Math.floor((3 * k + 3) / 4);
  const a = year % 19;
  const dm = (19 * a + m) % 30;
  const r = Math.floor((dm + Math.floor(a / 11)) / 29);
  const og = 21 + dm - r;
  const sz = 7 - mod(year + Math.floor(year / 4) + s, 7);
  return marchDay(year, og + 7 - mod(og - sz, 7));
}

describe('easterSunday', () => {
  it.each([
    [1900, '1900-04-15'],
    [1913, '1913-03-23'],
    [1943, '1943-04-25'], // latest possible
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2200, '2200-04-06'],
    [2285, '2285-03-22'], // earliest possible
  ])('in %i falls on %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
    expect(knuthEaster(year)).toBe(expected);
    expect(gaussEaster(year)).toBe(expected);
  });

  it('agrees with two independent computus algorithms for every year 1900–2200, always on a Sunday', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      expect(easter).toBe(knuthEaster(year));
      expect(easter).toBe(gaussEaster(year));
      expect(dayOfWeek(easter)).toBe(7);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });

  it('refuses years the Gregorian calendar does not cover', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('finnishHolidays', () => {
  // date-holidays (a test-only dependency) lists Finnish days by rule. Our 11 non-working days map to the
  // rules below. It also lists days that need no entry here: Easter Sunday, Whit Sunday, Mother's Day and
  // Father's Day always fall on Sundays and Midsummer Day and All Saints' Day always on Saturdays, so
  // they are never working days anyway; New Year's Eve is a bank holiday but a working day for statutory
  // periods (Act 150/1930 §5 names only Christmas Eve and Midsummer Eve among the eves).
  const MAPPED: Record<string, HolidayKey> = {
    '01-01': 'newYearsDay',
    '01-06': 'epiphany',
    'easter -2': 'goodFriday',
    'easter 1': 'easterMonday',
    '05-01': 'mayDay',
    'easter 39': 'ascensionDay',
    'friday after 06-19': 'midsummerEve',
    '12-06': 'independenceDay',
    '12-24': 'christmasEve',
    '12-25': 'christmasDay',
    '12-26': 'boxingDay',
  };
  const ALWAYS_WEEKEND = new Set([
    'easter',
    'easter 49',
    '2nd sunday in May',
    '2nd sunday in November',
    'saturday after 06-20',
    'saturday after 10-31',
  ]);
  const WORKING_EVE = '12-31';

  it('matches the date-holidays Finnish calendar for every year 2000–2100', () => {
    const reference = new Holidays('FI');
    for (let year = 2000; year <= 2100; year++) {
      const expected: string[] = [];
      for (const holiday of reference.getHolidays(year)) {
        const date = holiday.date.slice(0, 10);
        const key = MAPPED[holiday.rule];
        if (key) expected.push(`${date} ${key}`);
        else if (ALWAYS_WEEKEND.has(holiday.rule)) expect(dayOfWeek(d(date))).toBeGreaterThanOrEqual(6);
        // Anything else is a day date-holidays added that this mapping has not yet judged.
        else expect(holiday.rule).toBe(WORKING_EVE);
      }
      const actual = finnishHolidays(year).map((h) => `${h.date} ${h.key}`);
      expect(actual.toSorted()).toEqual(expected.toSorted());
    }
  });

  it('lists all 11 days in date order with names in Finnish, Swedish and English', () => {
    expect(finnishHolidays(2027).map((h) => [h.date, h.name.fi, h.name.sv, h.name.en])).toEqual([
      ['2027-01-01', 'Uudenvuodenpäivä', 'Nyårsdagen', "New Year's Day"],
      ['2027-01-06', 'Loppiainen', 'Trettondedag jul', 'Epiphany'],
      ['2027-03-26', 'Pitkäperjantai', 'Långfredagen', 'Good Friday'],
      ['2027-03-29', 'Toinen pääsiäispäivä', 'Annandag påsk', 'Easter Monday'],
      ['2027-05-01', 'Vappu', 'Första maj', 'May Day'],
      ['2027-05-06', 'Helatorstai', 'Kristi himmelsfärdsdag', 'Ascension Day'],
      ['2027-06-25', 'Juhannusaatto', 'Midsommarafton', 'Midsummer Eve'],
      ['2027-12-06', 'Itsenäisyyspäivä', 'Självständighetsdagen', 'Independence Day'],
      ['2027-12-24', 'Jouluaatto', 'Julafton', 'Christmas Eve'],
      ['2027-12-25', 'Joulupäivä', 'Juldagen', 'Christmas Day'],
      ['2027-12-26', 'Tapaninpäivä', 'Annandag jul', 'Boxing Day'],
    ]);
  });

  it('keeps both May Day and Ascension Day when they coincide (1.5.2008)', () => {
    const mayFirst = finnishHolidays(2008).filter((h) => h.date === '2008-05-01');
    expect(mayFirst.map((h) => h.key)).toEqual(['mayDay', 'ascensionDay']);
  });

  it('puts Midsummer Eve on the Friday between 19 and 25 June', () => {
    for (let year = 1900; year <= 2200; year++) {
      const eves = finnishHolidays(year)
        .filter((h) => h.key === 'midsummerEve')
        .map((h) => h.date);
      expect(eves.map(dayOfWeek)).toEqual([5]);
      expect(eves.every((eve) => eve >= `${year}-06-19` && eve <= `${year}-06-25`)).toBe(true);
    }
  });

  it('cannot be corrupted through the cached list it returns', () => {
    const holidays = finnishHolidays(2026);
    expect(finnishHolidays(2026)).toBe(holidays);
    expect(Object.isFrozen(holidays)).toBe(true);
    expect(Object.isFrozen(holidays[0])).toBe(true);
    expect(Object.isFrozen(holidays[0]?.name)).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-24', true, 'an ordinary Tuesday'],
    ['2026-12-31', true, "New Year's Eve"],
    ['2027-01-06', false, 'Epiphany on a Wednesday'],
    ['2027-03-26', false, 'Good Friday'],
    ['2027-03-28', false, 'Easter Sunday'],
    ['2027-03-29', false, 'Easter Monday'],
    ['2026-05-01', false, 'May Day on a Friday'],
    ['2026-05-14', false, 'Ascension Day'],
    ['2026-06-19', false, 'Midsummer Eve'],
    ['2026-06-20', false, 'Midsummer Day, a Saturday'],
    ['2027-12-06', false, 'Independence Day on a Monday'],
    ['2025-12-24', false, 'Christmas Eve on a Wednesday'],
    ['2025-12-26', false, 'Boxing Day on a Friday'],
    ['2026-10-31', false, "All Saints' Day, a Saturday"],
    ['2026-11-29', false, 'a Sunday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(d(date))).toBe(expected);
  });

  it('treats a holiday that falls on a weekend as a holiday, not an extra day off', () => {
    expect(isFinnishHoliday(d('2026-12-06'))).toBe(true);
    expect(dayOfWeek(d('2026-12-06'))).toBe(7);
    expect(isWorkingDay(d('2026-12-07'))).toBe(true);
  });
});

describe('date-holidays', () => {
  it('is only a test oracle: no production module of the domain imports it', () => {
    const src = new URL('..', import.meta.url);
    const production = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    expect(production).toContain('calendar/holidays.ts');
    for (const file of production) {
      expect(readFileSync(new URL(file, src), 'utf8'), file).not.toMatch(/['"]date-holidays['"]/);
    }
  });
});
