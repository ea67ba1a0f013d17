import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate as d, daysBetween } from './calendar/index';
import { formatHetu, isTestHetu, isValidHetu, parseHetu } from './hetu';

const FIRST = d('1850-01-01');
const anyBirthDate = fc
  .integer({ min: 0, max: daysBetween(FIRST, d('2099-12-31')) })
  .map((n) => addDays(FIRST, n));
const SIGNS_BY_CENTURY: Record<string, readonly string[]> = {
  '+': ['+'],
  '-': ['-', 'U', 'V', 'W', 'X', 'Y'],
  A: ['A', 'B', 'C', 'D', 'E', 'F'],
};

describe('parseHetu', () => {
  it('reads the birth date, sex and individual number of a valid code', () => {
    // 131052308 = 31 · 4227493 + 25, and the 26th check character (index 25) is T.
    expect(parseHetu('131052-308T')).toEqual({
      ok: true,
      birthDate: '1952-10-13',
      sex: 'female',
      individualNumber: 308,
      isTestCode: false,
    });
    expect(parseHetu('010101A002S')).toMatchObject({ ok: true, birthDate: '2001-01-01', sex: 'female' });
    expect(parseHetu('311299A999E')).toMatchObject({ ok: true, sex: 'male', individualNumber: 999 });
  });

  it.each([
    ['010594Y9032', '1994-05-01'],
    ['020594X903P', '1994-05-02'],
    ['030594W903B', '1994-05-03'],
    ['040594V9030', '1994-05-04'],
    ['050594U903M', '1994-05-05'],
    ['010516B903X', '2016-05-01'],
    ['020516C903K', '2016-05-02'],
    ['030516D9037', '2016-05-03'],
    ['010501E9032', '2001-05-01'],
    ['020503F9037', '2003-05-02'],
    ['020504A902E', '2004-05-02'],
    ['010100+002H', '1800-01-01'],
  ])('accepts the century sign of %s (all signs of the 2023 reform) as birth date %s', (hetu, birthDate) => {
    expect(parseHetu(hetu)).toMatchObject({ ok: true, birthDate });
  });

  it('treats leap days by the century the sign gives', () => {
    // 290200 + 123 ≡ 9 (mod 31) in both codes; only the 2000 reading is a real date.
    expect(parseHetu('290200A1239')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parseHetu('290200-1239')).toEqual({ ok: false, reason: 'date' });
    expect(parseHetu('290223A1237')).toEqual({ ok: false, reason: 'date' });
    expect(parseHetu('320126A1237')).toEqual({ ok: false, reason: 'date' });
    expect(parseHetu('011326A1237')).toEqual({ ok: false, reason: 'date' });
  });

  it.each([
    ['131052-308t', 'a lowercase check character'],
    ['131052a308T', 'a lowercase century sign'],
    [' 131052-308T', 'leading whitespace, which callers must trim'],
    ['131052-308T ', 'trailing whitespace'],
    ['131052-308', 'a missing check character'],
    ['13105-2308T', 'a misplaced century sign'],
    ['131052G308T', 'G, which is not a century sign'],
    ['131052-308G', 'G, which the check-character alphabet omits'],
    ['010101-000P', 'individual number 000, never issued'],
    ['010101-001R', 'individual number 001, never issued'],
  ])('rejects %j as malformed (%s)', (hetu) => {
    expect(parseHetu(hetu)).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects a code whose check character does not match', () => {
    expect(parseHetu('131052-308U')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseHetu('131052-309T')).toEqual({ ok: false, reason: 'checksum' });
  });
});

describe('test codes', () => {
  it('recognises individual numbers 900–999 as test codes that no person has', () => {
    expect(isTestHetu('010594Y9032')).toBe(true);
    expect(parseHetu('290296-9004')).toMatchObject({ ok: true, isTestCode: true, individualNumber: 900 });
    expect(isTestHetu('131052-308T')).toBe(false);
    expect(isTestHetu('131052-308U')).toBe(false);
  });
});

describe('formatHetu', () => {
  it('builds codes with the traditional century signs', () => {
    expect(formatHetu(d('1952-10-13'), 308)).toBe('131052-308T');
    expect(formatHetu(d('2001-01-01'), 2)).toBe('010101A002S');
    expect(formatHetu(d('1800-01-01'), 2)).toBe('010100+002H');
  });

  it('refuses birth years and individual numbers a code cannot express', () => {
    expect(() => formatHetu(d('1799-12-31'), 2)).toThrow(RangeError);
    expect(() => formatHetu(d('2100-01-01'), 2)).toThrow(RangeError);
    expect(() => formatHetu(d('2000-01-01'), 1)).toThrow(RangeError);
    expect(() => formatHetu(d('2000-01-01'), 1000)).toThrow(RangeError);
    expect(() => formatHetu(d('2000-01-01'), 2.5)).toThrow(RangeError);
  });

  it('round-trips through parseHetu with the same birth date, sex and individual number', () => {
    fc.assert(
      fc.property(anyBirthDate, fc.integer({ min: 2, max: 999 }), (birthDate, individualNumber) => {
        const hetu = formatHetu(birthDate, individualNumber);
        expect(parseHetu(hetu)).toEqual({
          ok: true,
          birthDate,
          sex: individualNumber % 2 === 1 ? 'male' : 'female',
          individualNumber,
          isTestCode: individualNumber >= 900,
        });
        expect(isValidHetu(hetu)).toBe(true);
      }),
    );
  });
});

describe('single-character errors', () => {
  // The check character is (DDMMYYZZZ mod 31). Changing one digit changes that number by k·10^p with
  // 1 ≤ |k| ≤ 9; the prime 31 divides neither k nor 10^p, so the check character always changes, and a
  // changed check character no longer matches. Only the century sign lies outside the checksum: changing
  // it gives either an invalid code or a valid one for the same day, month, two-digit year and number.
  const REPLACEMENTS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+-abcxyz .';
  const validCode = fc
    .tuple(anyBirthDate, fc.integer({ min: 2, max: 999 }), fc.nat())
    .map(([birthDate, individualNumber, signChoice]) => {
      const hetu = formatHetu(birthDate, individualNumber);
      const signs = SIGNS_BY_CENTURY[hetu.charAt(6)] ?? [];
      return hetu.slice(0, 6) + (signs[signChoice % signs.length] ?? '') + hetu.slice(7);
    });

  it('never turns a valid code into another valid code except through the century sign', () => {
    fc.assert(
      fc.property(validCode, fc.nat({ max: 10 }), fc.nat(), (hetu, position, replacementChoice) => {
        const alternatives = REPLACEMENTS.replace(hetu.charAt(position), '');
        const replacement = alternatives.charAt(replacementChoice % alternatives.length);
        const mutated = hetu.slice(0, position) + replacement + hetu.slice(position + 1);
        const original = parseHetu(hetu);
        const result = parseHetu(mutated);
        expect(original.ok).toBe(true);
        if (position !== 6) {
          expect(result.ok).toBe(false);
        } else if (result.ok && original.ok) {
          expect(result.birthDate.slice(2)).toBe(original.birthDate.slice(2));
          expect(result.individualNumber).toBe(original.individualNumber);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('detects every single-digit change in a known code', () => {
    const hetu = '131052-308T';
    for (const position of [0, 1, 2, 3, 4, 5, 7, 8, 9]) {
      for (const digit of '0123456789') {
        if (digit === hetu.charAt(position)) continue;
        expect(isValidHetu(hetu.slice(0, position) + digit + hetu.slice(position + 1))).toBe(false);
      }
    }
  });
});
