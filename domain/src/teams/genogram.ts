import type { GenogramDocument, GenogramPerson } from '../api/genogram';
import { daysBetween, type LocalDate, localDateParts, parseLocalDate } from '../calendar';
import type { FieldIssueCode } from '../errors';

export interface GenogramIssue {
  /** Where in the document, e.g. `couples.2.partnerB`. */
  path: string;
  code: FieldIssueCode;
}

// Emotional lines without direction: A–B and B–A are the same line.
const UNDIRECTED = new Set(['close', 'distant', 'conflicted', 'cut_off']);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * What is wrong with a genogram, as field issues: links to persons not in it, a person linked to
 * herself, the same couple, child link, line or household membership twice, a person who would be
 * her own ancestor, and dates in the wrong order. An empty list means it may be saved.
 */
export function genogramIssues(doc: GenogramDocument): GenogramIssue[] {
  const issues: GenogramIssue[] = [];
  const persons = new Map(doc.persons.map((p) => [p.id, p]));
  const couples = new Map(doc.couples.map((c) => [c.id, c]));

  const ids = new Set<string>();
  const sections = ['persons', 'couples', 'childLinks', 'relationships', 'households'] as const;
  for (const section of sections) {
    doc[section].forEach((element, i) => {
      if (ids.has(element.id)) issues.push({ path: `${section}.${i}.id`, code: 'duplicate' });
      ids.add(element.id);
    });
  }
  const person = (path: string, id: string) => {
    if (!persons.has(id)) issues.push({ path, code: 'unknown_reference' });
  };

  const linked = new Set<string>();
  doc.persons.forEach((p, i) => {
    if (p.personId !== null) {
      if (linked.has(p.personId)) issues.push({ path: `persons.${i}.personId`, code: 'duplicate' });
      linked.add(p.personId);
    }
    if (p.birthDate !== null && p.birthYear !== null && birthYearOf(p) !== p.birthYear)
      issues.push({ path: `persons.${i}.birthYear`, code: 'invalid_value' });
    if (p.deathYear !== null && !p.deceased)
      issues.push({ path: `persons.${i}.deathYear`, code: 'invalid_value' });
    const born = birthYearOf(p);
    if (p.deathYear !== null && born !== null && p.deathYear < born)
      issues.push({ path: `persons.${i}.deathYear`, code: 'date_order' });
  });

  const couplePairs = new Set<string>();
  doc.couples.forEach((c, i) => {
    person(`couples.${i}.partnerA`, c.partnerA);
    person(`couples.${i}.partnerB`, c.partnerB);
    if (c.partnerA === c.partnerB) issues.push({ path: `couples.${i}.partnerB`, code: 'self_link' });
    const key = pairKey(c.partnerA, c.partnerB);
    if (couplePairs.has(key)) issues.push({ path: `couples.${i}`, code: 'duplicate' });
    couplePairs.add(key);
    if (c.fromYear !== null && c.toYear !== null && c.toYear < c.fromYear)
      issues.push({ path: `couples.${i}.toYear`, code: 'date_order' });
  });

  // Parent → child edges, for the ancestry check.
  const childrenOf = new Map<string, string[]>();
  const addEdge = (parent: string, child: string) => {
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  };
  const childLinks = new Set<string>();
  doc.childLinks.forEach((link, i) => {
    person(`childLinks.${i}.childId`, link.childId);
    const parents: string[] = [];
    if (link.coupleId !== null) {
      const couple = couples.get(link.coupleId);
      if (!couple) issues.push({ path: `childLinks.${i}.coupleId`, code: 'unknown_reference' });
      else parents.push(couple.partnerA, couple.partnerB);
    }
    if (link.parentId !== null) {
      person(`childLinks.${i}.parentId`, link.parentId);
      parents.push(link.parentId);
    }
    if (parents.includes(link.childId)) issues.push({ path: `childLinks.${i}.childId`, code: 'self_link' });
    const key = `${link.childId}|${link.coupleId ?? link.parentId}`;
    if (childLinks.has(key)) issues.push({ path: `childLinks.${i}`, code: 'duplicate' });
    childLinks.add(key);
    for (const parent of parents) if (parent !== link.childId) addEdge(parent, link.childId);
  });
  const cycleAt = ancestryCycle(childrenOf);
  if (cycleAt !== null) {
    const i = doc.childLinks.findIndex((l) => l.childId === cycleAt);
    issues.push({ path: `childLinks.${Math.max(i, 0)}.childId`, code: 'cycle' });
  }

  const lines = new Set<string>();
  doc.relationships.forEach((r, i) => {
    person(`relationships.${i}.fromId`, r.fromId);
    person(`relationships.${i}.toId`, r.toId);
    if (r.fromId === r.toId) issues.push({ path: `relationships.${i}.toId`, code: 'self_link' });
    const key = `${r.kind}|${UNDIRECTED.has(r.kind) ? pairKey(r.fromId, r.toId) : `${r.fromId}>${r.toId}`}`;
    if (lines.has(key)) issues.push({ path: `relationships.${i}`, code: 'duplicate' });
    lines.add(key);
  });

  const housed = new Set<string>();
  doc.households.forEach((h, i) => {
    h.memberIds.forEach((member, j) => {
      person(`households.${i}.memberIds.${j}`, member);
      if (housed.has(member)) issues.push({ path: `households.${i}.memberIds.${j}`, code: 'duplicate' });
      housed.add(member);
    });
  });
  return issues;
}

/** A person found on a path of children back to herself, or null when no one is her own ancestor. */
function ancestryCycle(childrenOf: Map<string, string[]>): string | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string): string | null => {
    const seen = state.get(node);
    if (seen === 'visiting') return node;
    if (seen === 'done') return null;
    state.set(node, 'visiting');
    for (const child of childrenOf.get(node) ?? []) {
      const found = visit(child);
      if (found !== null) return found;
    }
    state.set(node, 'done');
    return null;
  };
  for (const node of childrenOf.keys()) {
    const found = visit(node);
    if (found !== null) return found;
  }
  return null;
}

function birthYearOf(p: Pick<GenogramPerson, 'birthDate' | 'birthYear'>): number | null {
  return p.birthDate !== null ? localDateParts(parseLocalDate(p.birthDate)).year : p.birthYear;
}

/**
 * Age in full years on `today`; for the deceased, the age they reached (from the death year, so
 * possibly a year high). From the birth year alone the age is the one reached this year.
 */
export function genogramAge(
  p: Pick<GenogramPerson, 'birthDate' | 'birthYear' | 'deceased' | 'deathYear'>,
  today: LocalDate,
): number | null {
  const born = birthYearOf(p);
  if (born === null) return null;
  if (p.deceased) return p.deathYear !== null ? p.deathYear - born : null;
  if (p.birthDate === null) return localDateParts(today).year - born;
  const birthDate = parseLocalDate(p.birthDate);
  if (daysBetween(birthDate, today) < 0) return null;
  const now = localDateParts(today);
  const birth = localDateParts(birthDate);
  const hadBirthday = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  return now.year - birth.year - (hadBirthday ? 0 : 1);
}
