import { type GenogramDocument, genogramIssues } from '@lumo/domain';
import { describe, expect, test } from 'vitest';
import { generateGenogram } from './generate';
import { isotonicWithGaps, layoutGenogram, neighbour, SLOT } from './layout';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Three generations: grandparents, the mother with two partners, the children; an aunt with a foster child. */
function family(): GenogramDocument {
  const p = (n: number, name: string, sex: 'female' | 'male', birthYear: number) => ({
    id: uuid(n),
    personId: null,
    name,
    sex,
    birthYear,
    birthDate: null,
    deceased: false,
    deathYear: null,
    note: '',
  });
  return {
    persons: [
      p(1, 'Mummo', 'female', 1960),
      p(2, 'Ukki', 'male', 1956),
      p(3, 'Äiti', 'female', 1987),
      p(4, 'Isä', 'male', 1990),
      p(5, 'Puoliso', 'male', 1993),
      p(6, 'Täti', 'female', 1995),
      p(7, 'Lapsi', 'male', 2013),
      p(8, 'Vauva', 'male', 2026),
      p(9, 'Sijaislapsi', 'male', 2017),
      p(10, 'Isän äiti', 'female', 1962),
      p(11, 'Isän isä', 'male', 1959),
      p(12, 'Sisko', 'female', 2015),
    ],
    couples: [
      { id: uuid(101), partnerA: uuid(1), partnerB: uuid(2), kind: 'married', fromYear: 1986, toYear: null },
      { id: uuid(102), partnerA: uuid(3), partnerB: uuid(4), kind: 'divorced', fromYear: 2012, toYear: 2022 },
      {
        id: uuid(103),
        partnerA: uuid(3),
        partnerB: uuid(5),
        kind: 'cohabiting',
        fromYear: 2023,
        toYear: null,
      },
      {
        id: uuid(104),
        partnerA: uuid(10),
        partnerB: uuid(11),
        kind: 'divorced',
        fromYear: 1984,
        toYear: 2001,
      },
    ],
    childLinks: [
      { id: uuid(201), childId: uuid(3), coupleId: uuid(101), parentId: null, kind: 'biological' },
      { id: uuid(202), childId: uuid(6), coupleId: uuid(101), parentId: null, kind: 'biological' },
      { id: uuid(203), childId: uuid(7), coupleId: uuid(102), parentId: null, kind: 'biological' },
      { id: uuid(204), childId: uuid(12), coupleId: uuid(102), parentId: null, kind: 'biological' },
      { id: uuid(205), childId: uuid(8), coupleId: uuid(103), parentId: null, kind: 'biological' },
      { id: uuid(206), childId: uuid(9), coupleId: null, parentId: uuid(6), kind: 'foster' },
      { id: uuid(207), childId: uuid(4), coupleId: uuid(104), parentId: null, kind: 'biological' },
    ],
    relationships: [{ id: uuid(301), fromId: uuid(7), toId: uuid(1), kind: 'close', note: '' }],
    households: [{ id: uuid(401), label: 'Koti', memberIds: [uuid(3), uuid(5), uuid(7), uuid(8)] }],
  };
}

function expectNoOverlap(doc: GenogramDocument) {
  const layout = layoutGenogram(doc);
  const byRow = new Map<number, number[]>();
  for (const p of layout.persons.values()) byRow.set(p.y, [...(byRow.get(p.y) ?? []), p.x]);
  for (const xs of byRow.values()) {
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(SLOT - 0.01);
  }
  for (const p of layout.persons.values()) {
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(layout.width);
    expect(p.y).toBeLessThan(layout.height);
  }
  return layout;
}

describe('genogram layout', () => {
  test('generations: grandparents, parents, children; an in-law’s parents come down to their row', () => {
    const layout = expectNoOverlap(family());
    const gen = (n: number) => layout.persons.get(uuid(n))!.generation;
    expect([gen(1), gen(2), gen(10), gen(11)]).toEqual([0, 0, 0, 0]);
    expect([gen(3), gen(4), gen(5), gen(6)]).toEqual([1, 1, 1, 1]);
    expect([gen(7), gen(8), gen(9), gen(12)]).toEqual([2, 2, 2, 2]);
  });

  test('partners stand side by side and the mother between her two partners', () => {
    const layout = layoutGenogram(family());
    const row = layout.rows[1]!;
    const at = (n: number) => row.indexOf(uuid(n));
    expect(Math.abs(at(3) - at(4))).toBe(1);
    expect(Math.abs(at(3) - at(5))).toBe(1);
    expect(layout.couples.get(uuid(102))!.adjacent).toBe(true);
    expect(layout.couples.get(uuid(103))!.adjacent).toBe(true);
  });

  test('children are centred under their parents, the eldest on the left', () => {
    const layout = layoutGenogram(family());
    const x = (n: number) => layout.persons.get(uuid(n))!.x;
    // Two sibships share the mother: each is as near its parents' line as the other allows.
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(SLOT / 2);
    near((x(7) + x(12)) / 2, (x(3) + x(4)) / 2);
    expect(x(7)).toBeLessThan(x(12));
    near(x(8), (x(3) + x(5)) / 2);
    near((x(3) + x(6)) / 2, (x(1) + x(2)) / 2);
    // A single sibship is exactly under its parents.
    expect((x(10) + x(11)) / 2).toBeCloseTo(x(4), 0);
  });

  test('the same document gives the same drawing', () => {
    const a = layoutGenogram(family());
    const b = layoutGenogram(family());
    expect([...a.persons.values()]).toEqual([...b.persons.values()]);
    expect(a.households).toEqual(b.households);
  });

  test('a generated 40-person genogram is valid, has no overlaps and lays out fast', () => {
    const doc = generateGenogram(40);
    expect(doc.persons).toHaveLength(40);
    expect(genogramIssues(doc)).toEqual([]);
    expectNoOverlap(doc);
    const start = performance.now();
    for (let i = 0; i < 10; i++) layoutGenogram(doc);
    const each = (performance.now() - start) / 10;
    expect(each).toBeLessThan(100);
  });

  test('a document being edited may be incomplete: dangling links are ignored', () => {
    const doc = family();
    doc.childLinks.push({
      id: uuid(900),
      childId: uuid(999),
      coupleId: uuid(101),
      parentId: null,
      kind: 'biological',
    });
    doc.couples.push({
      id: uuid(901),
      partnerA: uuid(1),
      partnerB: uuid(998),
      kind: 'married',
      fromYear: null,
      toYear: null,
    });
    expect(() => layoutGenogram(doc)).not.toThrow();
    expect(
      layoutGenogram({ persons: [], couples: [], childLinks: [], relationships: [], households: [] }).rows,
    ).toEqual([[]]);
  });

  test('arrow keys move along a row and to the nearest person in the next one', () => {
    const layout = layoutGenogram(family());
    const mother = uuid(3);
    const down = neighbour(layout, mother, 'down')!;
    expect(layout.persons.get(down)!.generation).toBe(2);
    expect(neighbour(layout, down, 'up')).not.toBeNull();
    const row = layout.rows[0]!;
    expect(neighbour(layout, row[0]!, 'left')).toBeNull();
    expect(neighbour(layout, row[0]!, 'right')).toBe(row[1]);
  });

  test('overlaps are resolved with the least movement, keeping the order', () => {
    expect(
      isotonicWithGaps(
        [
          { d: 0, w: 1 },
          { d: 0, w: 1 },
        ],
        [0, 100],
      ),
    ).toEqual([-50, 50]);
    expect(
      isotonicWithGaps(
        [
          { d: 0, w: 1 },
          { d: 300, w: 1 },
        ],
        [0, 100],
      ),
    ).toEqual([0, 300]);
  });
});
