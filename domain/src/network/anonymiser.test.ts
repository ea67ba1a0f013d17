import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateFromParts } from '../calendar/local-date';
import { formatHetu } from '../hetu';
import {
  findIdentifiers,
  type IdentifierFinding,
  labelNameParts,
  type NamePart,
  personNameParts,
} from './anonymiser';

const eevi = personNameParts('Eevi Maria', 'Virtanen');
const found = (text: string, parts: readonly NamePart[] = eevi) =>
  findIdentifiers(text, parts).map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end) }));
const covers = (findings: IdentifierFinding[], start: number, end: number, kind: string) =>
  findings.some((f) => f.kind === kind && f.start <= start && f.end >= end);

describe('the consultation anonymiser', () => {
  it('finds the names of the case in their Finnish inflections, at word starts, in any case', () => {
    expect(found('Eevin äiti soitti. Eeville on tärkeää, että EEVIÄ kuullaan.')).toEqual([
      { kind: 'name', text: 'Eevin' },
      { kind: 'name', text: 'Eeville' },
      { kind: 'name', text: 'EEVIÄ' },
    ]);
    expect(found('Virtasen perhe muutti; Virtasille tarjottiin tukea ja Virtaset kieltäytyivät.')).toEqual([
      { kind: 'name', text: 'Virtasen' },
      { kind: 'name', text: 'Virtasille' },
      { kind: 'name', text: 'Virtaset' },
    ]);
    expect(found('Marian kanssa sovittiin')).toEqual([{ kind: 'name', text: 'Marian' }]);
  });

  it('stops the inflected forms a worker would write, with punctuation around them', () => {
    const parts = personNameParts('Matti Mikke', 'Virtanen');
    expect(
      found('Soitin (Mattia ei tavoitettu), "Mikkelle" kerrottiin; Virtaset: ei vastausta.', parts),
    ).toEqual([
      { kind: 'name', text: 'Mattia' },
      { kind: 'name', text: 'Mikkelle' },
      { kind: 'name', text: 'Virtaset' },
    ]);
  });

  it('follows consonant gradation and the -i/-e change of family names', () => {
    const parts = personNameParts('Mikko Matti', 'Koski');
    expect(found('Mikon ja Matin isä, Kosken perhe', parts).map((f) => f.text)).toEqual([
      'Mikon',
      'Matin',
      'Kosken',
    ]);
    expect(found('Lahden kodissa', personNameParts('Pekka', 'Lahti')).map((f) => f.text)).toEqual(['Lahden']);
    expect(found('Tuomaksen koulu', personNameParts('Tuomas', 'Aalto')).map((f) => f.text)).toEqual([
      'Tuomaksen',
    ]);
  });

  it('lets a short name stop only its own forms, not words that begin with it', () => {
    const ari = personNameParts('Ari', 'Oja');
    expect(found('Arin arki on raskasta, Arillekin', ari).map((f) => f.text)).toEqual(['Arin', 'Arillekin']);
    expect(found('arkielämä ja arvot', ari)).toEqual([]);
  });

  it('passes a text that names nobody of the case', () => {
    expect(found('Lapsi on 8-vuotias ja käy koulua. Äiti on huolissaan unesta.')).toEqual([]);
  });

  it('finds identity codes with every century sign, valid or not, with or without the check character', () => {
    for (const code of [
      '010203A987X',
      '010203a987x',
      '311299-9876',
      '010203B987X',
      '010203Y9876',
      '010203+123',
      '311299–9876',
      '311299−9876',
    ]) {
      expect(found(`tunnus ${code} löytyi`)).toEqual([{ kind: 'identity_code', text: code }]);
    }
    expect(found('x120315A987Ky')).toEqual([{ kind: 'identity_code', text: '120315A987K' }]);
  });

  it('takes names from a network map label, but not kinship words', () => {
    expect(labelNameParts('Mummo Liisa').map((p) => p.text)).toEqual(['Liisa']);
    expect(labelNameParts('naapurin Pekka (Aho)').map((p) => p.text)).toEqual(['Pekka', 'Aho']);
    expect(labelNameParts('Isä')).toEqual([]);
  });
});

// Finnish-sounding names of syllables; they never begin with the letters the filler words begin with.
const consonants = ['k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'h', 'j'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö'];
const syllable = fc
  .tuple(fc.constantFrom(...consonants), fc.constantFrom(...vowels), fc.constantFrom('', ...vowels))
  .map(([c, v, w]) => c + v + w);
const generatedName = fc
  .array(syllable, { minLength: 1, maxLength: 3 })
  .map((s) => s.join(''))
  .filter((n) => n.length >= 2)
  .map((n) => n.charAt(0).toUpperCase() + n.slice(1));
const caseEnding = fc.constantFrom(
  '',
  'n',
  'a',
  'ä',
  'lle',
  'lla',
  'sta',
  'ssä',
  'ksi',
  'nkin',
  'llekin',
  'kaan',
);
const fillerWord = fc
  .tuple(fc.constantFrom('g', 'q', 'z', 'å', 'G', 'Z'), fc.stringMatching(/^[a-zåäö]{0,8}$/))
  .map(([first, rest]) => first + rest);
const filler = fc.array(fillerWord, { maxLength: 8 }).map((w) => w.join(' '));
const separator = fc.constantFrom(' ', ', ', '. ', '\n', ' (', ' "', ' – ');

// Identity codes: a date of 1800–2099 with any century sign of its century, any individual number,
// and a check character that is right or wrong.
const centurySigns: Record<number, string[]> = {
  1800: ['+'],
  1900: ['-', 'U', 'V', 'W', 'X', 'Y'],
  2000: ['A', 'B', 'C', 'D', 'E', 'F'],
};
const identityCode = fc
  .record({
    year: fc.integer({ min: 1800, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    individual: fc.integer({ min: 2, max: 999 }),
    sign: fc.nat(),
    check: fc.constantFrom('valid', 'wrong', 'none'),
    lowercase: fc.boolean(),
  })
  .map((r) => {
    const valid = formatHetu(localDateFromParts(r.year, r.month, r.day), r.individual);
    const century = r.year < 1900 ? 1800 : r.year < 2000 ? 1900 : 2000;
    const signs = centurySigns[century]!;
    const code = valid.slice(0, 6) + signs[r.sign % signs.length] + valid.slice(7);
    const withCheck =
      r.check === 'valid' ? code : r.check === 'none' ? code.slice(0, 10) : `${code.slice(0, 10)}Z`;
    return r.lowercase ? withCheck.toLowerCase() : withCheck;
  });

describe('the anonymiser, for any text', () => {
  it('always finds an identity code embedded anywhere in any text', () => {
    fc.assert(
      fc.property(fc.string(), identityCode, fc.string(), (before, code, after) => {
        const text = before + code + after;
        const findings = findIdentifiers(text, []);
        // A code without its check character may take the next character as one.
        return covers(findings, before.length, before.length + code.length, 'identity_code');
      }),
      { numRuns: 500 },
    );
  });

  it('always finds a name of the case, inflected, at a word start in any text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        separator,
        generatedName,
        generatedName,
        fc.boolean(),
        caseEnding,
        separator,
        fc.string(),
        (before, sep1, first, last, useLast, ending, sep2, after) => {
          const name = useLast ? last : first;
          const word = name + ending;
          const text = before + sep1 + word + sep2 + after;
          const start = before.length + sep1.length;
          // The text before may end in a letter only if the separator starts with none.
          return covers(
            findIdentifiers(text, personNameParts(first, last)),
            start,
            start + name.length,
            'name',
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the weak grade of a name with a double consonant (Mikko → Mikon)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('k', 'p', 't'),
        fc.constantFrom(...consonants.slice(0, 6)),
        fc.constantFrom('a', 'e', 'i', 'o', 'u'),
        fc.constantFrom('a', 'o', 'u', 'i'),
        filler,
        (double, initial, v1, v2, text) => {
          const name = `${initial.toUpperCase()}${v1}${double}${double}${v2}`;
          const weak = `${initial.toUpperCase()}${v1}${double}${v2}n`;
          const sentence = `${text} ${weak} ${text}`;
          const start = text.length + 1;
          return covers(
            findIdentifiers(sentence, personNameParts(name, 'Aalto')),
            start,
            start + weak.length,
            'name',
          );
        },
      ),
    );
  });

  it('passes any text of other words and no identity code', () => {
    fc.assert(
      fc.property(
        fc.array(generatedName, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(filler, fc.stringMatching(/^[0-9 .,:]{0,20}$/)), { maxLength: 6 }),
        (names, pieces) => {
          const parts = names.flatMap((n) => personNameParts(n, n));
          return findIdentifiers(pieces.join(' '), parts).length === 0;
        },
      ),
      { numRuns: 500 },
    );
  });
});
