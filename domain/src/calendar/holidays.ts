import {
  addDays,
  compareLocalDate,
  dayOfWeek,
  type LocalDate,
  localDateFromParts,
  localDateParts,
} from './local-date';

/**
 * Easter Sunday by the Gregorian computus (the anonymous algorithm published by Meeus, Jones and Butcher),
 * exact for every Gregorian year; throws RangeError outside 1583–9999.
 */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`No Gregorian Easter for year ${year}`);
  }
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const correction = Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - correction + 15) % 30;
  const weekday =
    (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const lateFullMoon = Math.floor((golden + 11 * epact + 22 * weekday) / 451);
  const n = epact + weekday - 7 * lateFullMoon + 114;
  return localDateFromParts(year, Math.floor(n / 31), (n % 31) + 1);
}

export type HolidayKey =
  | 'newYearsDay'
  | 'epiphany'
  | 'goodFriday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascensionDay'
  | 'midsummerEve'
  | 'independenceDay'
  | 'christmasEve'
  | 'christmasDay'
  | 'boxingDay';

export interface FinnishHoliday {
  readonly date: LocalDate;
  readonly key: HolidayKey;
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
}

const NAMES: Record<HolidayKey, FinnishHoliday['name']> = {
  newYearsDay: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" },
  epiphany: { fi: 'Loppiainen', sv: 'Trettondedag jul', en: 'Epiphany' },
  goodFriday: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' },
  easterMonday: { fi: 'Toinen pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' },
  mayDay: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' },
  ascensionDay: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  midsummerEve: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
  independenceDay: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' },
  christmasEve: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' },
  christmasDay: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' },
  boxingDay: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: 'Boxing Day' },
};

interface HolidayYear {
  readonly holidays: readonly FinnishHoliday[];
  readonly dates: ReadonlySet<LocalDate>;
}

const cache = new Map<number, HolidayYear>();

function holidayYear(year: number): HolidayYear {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const june19 = localDateFromParts(year, 6, 19);
  const dated: [LocalDate, HolidayKey][] = [
    [localDateFromParts(year, 1, 1), 'newYearsDay'],
    [localDateFromParts(year, 1, 6), 'epiphany'],
    [addDays(easter, -2), 'goodFriday'],
    [addDays(easter, 1), 'easterMonday'],
    [localDateFromParts(year, 5, 1), 'mayDay'],
    [addDays(easter, 39), 'ascensionDay'],
    // The Friday on or after 19 June.
    [addDays(june19, (5 - dayOfWeek(june19) + 7) % 7), 'midsummerEve'],
    [localDateFromParts(year, 12, 6), 'independenceDay'],
    [localDateFromParts(year, 12, 24), 'christmasEve'],
    [localDateFromParts(year, 12, 25), 'christmasDay'],
    [localDateFromParts(year, 12, 26), 'boxingDay'],
  ];
  // Ascension Day can precede or coincide with May Day (30.4.2285, 1.5.2008), so order by date; the sort
  // is stable, so a shared date keeps both entries in a fixed order.
  const holidays = dated
    .map(([date, key]) => Object.freeze({ date, key, name: Object.freeze(NAMES[key]) }))
    .sort((a, b) => compareLocalDate(a.date, b.date));
  const entry = { holidays: Object.freeze(holidays), dates: new Set(holidays.map((h) => h.date)) };
  cache.set(year, entry);
  return entry;
}

/**
 * The days other than Saturdays and Sundays that are not working days when counting statutory periods
 * (Act 150/1930 §5 and THL's counting guidance), in date order. Church holidays that always fall on a
 * weekend (Easter Sunday, Whit Sunday, Midsummer Day, All Saints' Day) need no entry, and New Year's Eve
 * is an ordinary working day. Today's rules are applied to every year: earlier ones, such as Epiphany and
 * Ascension Day kept on Saturdays from 1973 into the early 1990s, are not modelled.
 */
export function finnishHolidays(year: number): readonly FinnishHoliday[] {
  return holidayYear(year).holidays;
}

export function isFinnishHoliday(d: LocalDate): boolean {
  return holidayYear(localDateParts(d).year).dates.has(d);
}

/** A day on which a statutory act can be done: not a Saturday, a Sunday or a Finnish holiday. */
export function isWorkingDay(d: LocalDate): boolean {
  return dayOfWeek(d) <= 5 && !isFinnishHoliday(d);
}
