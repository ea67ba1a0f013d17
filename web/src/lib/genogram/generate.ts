import type { GenogramDocument } from '@lumo/domain';

/**
 * A synthetic genogram of about `size` persons over four generations: couples with two or three
 * children each, some divorces and second partners, a foster child, emotional lines and households.
 * For tests and for measuring the layout; deterministic for a given size.
 */
export function generateGenogram(size: number): GenogramDocument {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  let counter = 0;
  const id = () => {
    counter++;
    return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  };
  const doc: GenogramDocument = {
    persons: [],
    couples: [],
    childLinks: [],
    relationships: [],
    households: [],
  };
  const person = (sex: 'female' | 'male', birthYear: number) => {
    const p = {
      id: id(),
      personId: null,
      name: `${sex === 'female' ? 'Nainen' : 'Mies'} ${doc.persons.length + 1}`,
      sex,
      birthYear,
      birthDate: null,
      deceased: birthYear < 1950 && random() < 0.5,
      deathYear: null,
      note: '',
    };
    doc.persons.push(p);
    return p.id;
  };
  const couple = (a: string, b: string, kind: 'married' | 'cohabiting' | 'separated' | 'divorced') => {
    const c = { id: id(), partnerA: a, partnerB: b, kind, fromYear: null, toYear: null };
    doc.couples.push(c);
    return c.id;
  };
  const child = (
    coupleId: string,
    kind: 'biological' | 'adopted' | 'foster',
    sex: 'female' | 'male',
    year: number,
  ) => {
    const c = person(sex, year);
    doc.childLinks.push({ id: id(), childId: c, coupleId, parentId: null, kind });
    return c;
  };

  let generation = [couple(person('male', 1940), person('female', 1942), 'married')];
  let year = 1965;
  while (doc.persons.length < size) {
    const next: string[] = [];
    for (const coupleId of generation) {
      const count = 2 + Math.floor(random() * 2);
      for (let k = 0; k < count && doc.persons.length < size; k++) {
        const sex = random() < 0.5 ? 'female' : 'male';
        const c = child(
          coupleId,
          k === count - 1 && random() < 0.15 ? 'adopted' : 'biological',
          sex,
          year + k * 2,
        );
        if (doc.persons.length >= size) break;
        const partner = person(sex === 'female' ? 'male' : 'female', year + k * 2 - 1);
        const kind = random() < 0.3 ? 'divorced' : random() < 0.3 ? 'cohabiting' : 'married';
        next.push(couple(c, partner, kind));
        if (kind === 'divorced' && doc.persons.length < size - 1) {
          const second = person(sex === 'female' ? 'male' : 'female', year + k * 2 + 1);
          next.push(couple(c, second, 'cohabiting'));
        }
      }
    }
    if (next.length === 0) break;
    generation = next;
    year += 27;
  }
  const ids = doc.persons.map((p) => p.id);
  for (let k = 0; k + 3 < ids.length; k += 5) {
    doc.relationships.push({
      id: id(),
      fromId: ids[k]!,
      toId: ids[k + 3]!,
      kind: (['close', 'distant', 'conflicted', 'cut_off', 'abusive'] as const)[k % 5]!,
      note: '',
    });
  }
  doc.households.push({ id: id(), label: 'Koti', memberIds: ids.slice(-3) });
  return doc;
}
