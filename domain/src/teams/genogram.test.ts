import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GenogramDocument, GenogramPerson } from '../api/genogram';
import { parseLocalDate } from '../calendar';
import { genogramAge, genogramIssues } from './genogram';

let n = 0;
const id = () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const person = (over: Partial<GenogramPerson> = {}): GenogramPerson => ({
  id: id(),
  personId: null,
  name: '',
  sex: 'unknown',
  birthYear: null,
  birthDate: null,
  deceased: false,
  deathYear: null,
  note: '',
  ...over,
});
const doc = (over: Partial<GenogramDocument>): GenogramDocument => ({
  persons: [],
  couples: [],
  childLinks: [],
  relationships: [],
  households: [],
  ...over,
});
const couple = (a: string, b: string, kind: 'married' | 'divorced' = 'married') => ({
  id: id(),
  partnerA: a,
  partnerB: b,
  kind,
  fromYear: null,
  toYear: null,
});

describe('a genogram holds together', () => {
  it('with three generations, a divorce and a remarriage, a foster child and emotional lines', () => {
    const [grandma, mother, father, stepfather, child, halfSister, fosterChild] = Array.from(
      { length: 7 },
      () => person(),
    );
    const grandparents = couple(grandma!.id, person().id);
    const first = couple(mother!.id, father!.id, 'divorced');
    const second = couple(mother!.id, stepfather!.id);
    const persons = [grandma!, mother!, father!, stepfather!, child!, halfSister!, fosterChild!];
    const document = doc({
      persons: [...persons, { ...person(), id: grandparents.partnerB }],
      couples: [grandparents, first, second],
      childLinks: [
        { id: id(), childId: mother!.id, coupleId: grandparents.id, parentId: null, kind: 'biological' },
        { id: id(), childId: child!.id, coupleId: first.id, parentId: null, kind: 'biological' },
        { id: id(), childId: halfSister!.id, coupleId: second.id, parentId: null, kind: 'biological' },
        { id: id(), childId: fosterChild!.id, coupleId: second.id, parentId: null, kind: 'foster' },
      ],
      relationships: [
        { id: id(), fromId: child!.id, toId: stepfather!.id, kind: 'conflicted', note: '' },
        { id: id(), fromId: child!.id, toId: grandma!.id, kind: 'close', note: '' },
      ],
      households: [
        { id: id(), label: '', memberIds: [mother!.id, stepfather!.id, halfSister!.id, fosterChild!.id] },
      ],
    });
    expect(genogramIssues(document)).toEqual([]);
  });

  it('but not with a line drawn twice either way, nor a person in two households', () => {
    const [a, b] = [person(), person()];
    const issues = genogramIssues(
      doc({
        persons: [a!, b!],
        relationships: [
          { id: id(), fromId: a!.id, toId: b!.id, kind: 'close', note: '' },
          { id: id(), fromId: b!.id, toId: a!.id, kind: 'close', note: '' },
          // Abuse has a direction: each way is its own line.
          { id: id(), fromId: a!.id, toId: b!.id, kind: 'abusive', note: '' },
          { id: id(), fromId: b!.id, toId: a!.id, kind: 'abusive', note: '' },
        ],
        households: [
          { id: id(), label: '', memberIds: [a!.id] },
          { id: id(), label: '', memberIds: [a!.id, b!.id] },
        ],
      }),
    );
    expect(issues).toEqual([
      { path: 'relationships.1', code: 'duplicate' },
      { path: 'households.1.memberIds.0', code: 'duplicate' },
    ]);
  });

  it('nor with dates that contradict each other', () => {
    const issues = genogramIssues(
      doc({
        persons: [
          person({ birthYear: 1950, deceased: true, deathYear: 1940 }),
          person({ birthDate: '1980-05-01', birthYear: 1981 }),
          person({ deathYear: 2000 }),
        ],
      }),
    );
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'persons.0.deathYear date_order',
      'persons.1.birthYear invalid_value',
      'persons.2.deathYear invalid_value',
    ]);
  });

  it('never lets anyone be her own ancestor, however the lines are drawn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), (length) => {
        const people = Array.from({ length }, () => person());
        const links = people.map((p, i) => ({
          id: id(),
          childId: people[(i + 1) % length]!.id,
          coupleId: null,
          parentId: p.id,
          kind: 'biological' as const,
        }));
        const issues = genogramIssues(doc({ persons: people, childLinks: links }));
        return (
          issues.some((i) => i.code === 'cycle') &&
          genogramIssues(doc({ persons: people, childLinks: links.slice(1) })).length === 0
        );
      }),
    );
  });
});

describe('ages in the genogram', () => {
  const today = parseLocalDate('2026-03-10');
  it('are full years from the birth date, or from the birth year this year', () => {
    expect(genogramAge(person({ birthDate: '2015-03-10' }), today)).toBe(11);
    expect(genogramAge(person({ birthDate: '2015-03-11' }), today)).toBe(10);
    expect(genogramAge(person({ birthYear: 1980 }), today)).toBe(46);
    expect(genogramAge(person(), today)).toBeNull();
  });

  it('are the age reached for the deceased', () => {
    expect(genogramAge(person({ birthYear: 1948, deceased: true, deathYear: 2019 }), today)).toBe(71);
    expect(genogramAge(person({ birthYear: 1948, deceased: true }), today)).toBeNull();
  });
});
