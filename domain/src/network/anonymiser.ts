/**
 * Finds what would identify a child in a consultation request before it leaves the case: Finnish
 * personal identity codes, and the names of the people of the case in any Finnish inflection.
 *
 * Identity codes are found by their shape alone — six digits, a century sign (the traditional
 * `+ - A` and the 2023 additions `B–F`, `U–Y`), three digits — with or without a check character,
 * valid or not, in either case, wherever they stand in the text (also glued to other characters).
 *
 * Names are matched at the start of words, case-insensitively, against stems that cover Finnish
 * inflection: the name itself (Eevi → Eevin, Eeville), `-nen` → `-s` (Virtanen → Virtasen), `-Vs`
 * → `-Vks` (Tuomas → Tuomaksen), weak consonant grade (Mikko → Mikon, Lahti → Lahden) and, for family
 * names, final `-i` → `-e` (Koski → Kosken). A stem of four letters or more matches any word it begins;
 * a shorter one only with a case ending, possessive suffix or clitic after it, so that "Ari" does not
 * stop "arki". It errs on the side of refusing: a name that is also a word (Onni, Toivo, Koski) also
 * stops that word and its derivatives, and the worker rephrases.
 */

export type IdentifierKind = 'identity_code' | 'name';

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** UTF-16 offsets into the text: `text.slice(start, end)` is what was found. */
  start: number;
  end: number;
}

// DDMMYY, a century sign, ZZZ; the check character is optional so a code without it is found too.
// The minus may have become a dash or a minus sign on its way through a word processor.
const IDENTITY_CODE = /\d{6}[-‐‑‒–—−+a-fu-y]\d{3}[0-9a-z]?/iy;
const WORD = /[\p{L}\p{M}'’]+/gu;
const VOWELS = 'aeiouyäöå';
const MIN_PREFIX_STEM = 4;

// What may follow a short stem: a case ending (with a plural or stem vowel before it), then a
// possessive suffix, then clitics. Long stems need none of this: any continuation matches.
const SHORT_STEM_ENDING = new RegExp(
  "^['’:]?(?:(?:i|e|ie|j|ij)?" +
    '(?:n|a|ä|ta|tä|na|nä|ksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|tta|ttä|ine|in|en|ten|tten|den|iden|t|' +
    'h[aeiouyäö]n|[aeiouyäö]n|seen|siin))?' +
    '(?:ni|si|mme|nne|nsa|nsä|an|en|än)?' +
    '(?:kin|kaan|kään|han|hän|pa|pä|ko|kö|s)*$',
  'u',
);

// Kinship and role words that describe a node of a network map rather than name it.
const NOT_NAMES = new Set([
  'äiti',
  'isä',
  'äitipuoli',
  'isäpuoli',
  'mummo',
  'mummi',
  'mumma',
  'isoäiti',
  'isoisä',
  'ukki',
  'vaari',
  'pappa',
  'sisko',
  'siskopuoli',
  'veli',
  'velipuoli',
  'sisarus',
  'täti',
  'setä',
  'eno',
  'serkku',
  'kummi',
  'kummitäti',
  'kummisetä',
  'naapuri',
  'ystävä',
  'kaveri',
  'paras',
  'opettaja',
  'kuraattori',
  'valmentaja',
  'poliisi',
  'lääkäri',
  'hoitaja',
  'perhe',
  'puoliso',
  'puolisonsa',
  'tyttöystävä',
  'poikaystävä',
  'sijaisperhe',
  'tukiperhe',
  'tukihenkilö',
]);

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('fi');
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** The consonant-gradation weak grade of a stem's last consonants, or the stem as it is. */
function weakGrade(base: string): string {
  const pairs: [string, string][] = [
    ['kk', 'k'],
    ['pp', 'p'],
    ['tt', 't'],
    ['nk', 'ng'],
    ['mp', 'mm'],
    ['nt', 'nn'],
    ['lt', 'll'],
    ['rt', 'rr'],
    ['ht', 'hd'],
    ['lk', 'l'],
    ['rk', 'r'],
  ];
  for (const [strong, weak] of pairs) if (base.endsWith(strong)) return base.slice(0, -strong.length) + weak;
  const last = base.at(-1);
  const beforeLast = base.at(-2);
  if (isVowel(beforeLast)) {
    if (last === 'k') return base.slice(0, -1);
    if (last === 't') return `${base.slice(0, -1)}d`;
    if (last === 'p') return `${base.slice(0, -1)}v`;
  }
  return base;
}

export interface NamePart {
  /** One name, e.g. "Eevi" or "Virtanen". */
  text: string;
  /** Family names inflect like the nouns they come from (Koski → Kosken). */
  family: boolean;
}

/** The stems a name's inflected forms begin with. */
export function nameStems(part: NamePart): string[] {
  const name = lower(part.text);
  const stems = new Set([name]);
  if (name.length >= 5 && name.endsWith('nen')) stems.add(`${name.slice(0, -3)}s`);
  if (name.length >= 3 && name.endsWith('s') && isVowel(name.at(-2))) stems.add(`${name.slice(0, -1)}ks`);
  const final = name.at(-1);
  if (name.length >= 3 && isVowel(final)) {
    const base = name.slice(0, -1);
    const weak = weakGrade(base);
    if (weak !== base) stems.add(weak + final);
    if (part.family && final === 'i' && !isVowel(base.at(-1))) {
      stems.add(`${base}e`);
      if (weak !== base) stems.add(`${weak}e`);
    }
  }
  return [...stems].filter((s) => s.length >= 2);
}

/** The names in a person's first names and family name. */
export function personNameParts(firstNames: string, lastName: string): NamePart[] {
  const split = (s: string) => s.split(/[\s\-‐–]+/u).filter((p) => /\p{L}/u.test(p));
  return [
    ...split(firstNames).map((text) => ({ text, family: false })),
    ...split(lastName).map((text) => ({ text, family: true })),
  ];
}

/**
 * The names in a free label such as a network map node's "Mummo Liisa" or "naapurin Pekka": its
 * capitalised words, except kinship and role words.
 */
export function labelNameParts(label: string): NamePart[] {
  return label
    .split(/[\s\-‐–,()/]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(lower(w)))
    .map((text) => ({ text: text.replace(/[^\p{L}\p{M}'’]/gu, ''), family: true }))
    .filter((p) => p.text.length >= 2);
}

function identityCodes(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (let i = 0; i + 10 <= text.length; i++) {
    IDENTITY_CODE.lastIndex = i;
    const match = IDENTITY_CODE.exec(text);
    if (match) found.push({ kind: 'identity_code', start: i, end: i + match[0].length });
  }
  return found;
}

function names(text: string, parts: readonly NamePart[]): IdentifierFinding[] {
  const stems = [...new Set(parts.flatMap(nameStems))];
  if (stems.length === 0) return [];
  const found: IdentifierFinding[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = lower(match[0]);
    const hit = stems.some(
      (stem) =>
        word.startsWith(stem) &&
        (stem.length >= MIN_PREFIX_STEM || SHORT_STEM_ENDING.test(word.slice(stem.length))),
    );
    if (hit) found.push({ kind: 'name', start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Overlapping findings of one kind become one. */
function merge(findings: IdentifierFinding[]): IdentifierFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: IdentifierFinding[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && last.kind === f.kind && f.start < last.end) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

/** Every identity code and name of the case in the text, in the order they stand. */
export function findIdentifiers(text: string, parts: readonly NamePart[]): IdentifierFinding[] {
  return merge([...identityCodes(text), ...names(text, parts)]).sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}
