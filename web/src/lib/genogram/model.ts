import {
  type GenogramDocument,
  type GenogramPerson,
  type GenogramView,
  genogramAge,
  type LocalDate,
} from '@lumo/domain';

/** A person as drawn: the document's person with the age and whether she is one of the family's children. */
export type DrawnPerson = GenogramPerson & { age: number | null; isFamilyChild: boolean };
export type DrawnGenogram = Omit<GenogramDocument, 'persons'> & { persons: DrawnPerson[] };

export const emptyGenogram = (): GenogramDocument => ({
  persons: [],
  couples: [],
  childLinks: [],
  relationships: [],
  households: [],
});

/** The plain document (what is saved) of a view the server sent. */
export function documentOf(view: GenogramView['document']): GenogramDocument {
  return {
    persons: view.persons.map(({ age: _age, isFamilyChild: _child, ...person }) => person),
    couples: view.couples,
    childLinks: view.childLinks,
    relationships: view.relationships,
    households: view.households,
  };
}

/** The document with ages (as the server counts them) and the family's children marked. */
export function drawn(
  doc: GenogramDocument,
  familyPersonIds: ReadonlySet<string>,
  today: LocalDate,
): DrawnGenogram {
  return {
    ...doc,
    persons: doc.persons.map((p) => ({
      ...p,
      age: genogramAge(p, today),
      isFamilyChild: p.personId !== null && familyPersonIds.has(p.personId),
    })),
  };
}

export function birthYearOf(p: Pick<GenogramPerson, 'birthYear' | 'birthDate'>): number | null {
  return p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.birthYear;
}

/** A new random id (uuid v4), chosen in the browser so that new persons can be linked before saving. */
export function newId(): string {
  return crypto.randomUUID();
}

// Edits: each returns a new document, so the editor can undo by keeping the previous ones.

export function addPerson(
  doc: GenogramDocument,
  person: Partial<GenogramPerson> & { name: string },
): [GenogramDocument, string] {
  const id = person.id ?? newId();
  const full: GenogramPerson = {
    id,
    personId: null,
    sex: 'unknown',
    birthYear: null,
    birthDate: null,
    deceased: false,
    deathYear: null,
    note: '',
    ...person,
  };
  return [{ ...doc, persons: [...doc.persons, full] }, id];
}

export function updatePerson(
  doc: GenogramDocument,
  id: string,
  patch: Partial<GenogramPerson>,
): GenogramDocument {
  return { ...doc, persons: doc.persons.map((p) => (p.id === id ? { ...p, ...patch, id } : p)) };
}

/** Removes the person and every link to her (couples and their children's links, lines, households). */
export function removePerson(doc: GenogramDocument, id: string): GenogramDocument {
  const couples = doc.couples.filter((c) => c.partnerA === id || c.partnerB === id).map((c) => c.id);
  return {
    persons: doc.persons.filter((p) => p.id !== id),
    couples: doc.couples.filter((c) => !couples.includes(c.id)),
    childLinks: doc.childLinks.filter(
      (l) => l.childId !== id && l.parentId !== id && (l.coupleId === null || !couples.includes(l.coupleId)),
    ),
    relationships: doc.relationships.filter((r) => r.fromId !== id && r.toId !== id),
    households: doc.households
      .map((h) => ({ ...h, memberIds: h.memberIds.filter((m) => m !== id) }))
      .filter((h) => h.memberIds.length > 0),
  };
}

export function addCouple(
  doc: GenogramDocument,
  partnerA: string,
  partnerB: string,
  kind: GenogramDocument['couples'][number]['kind'] = 'married',
  years: { fromYear?: number | null; toYear?: number | null } = {},
): [GenogramDocument, string] {
  const existing = doc.couples.find(
    (c) =>
      (c.partnerA === partnerA && c.partnerB === partnerB) ||
      (c.partnerA === partnerB && c.partnerB === partnerA),
  );
  if (existing) return [doc, existing.id];
  const id = newId();
  return [
    {
      ...doc,
      couples: [
        ...doc.couples,
        { id, partnerA, partnerB, kind, fromYear: years.fromYear ?? null, toYear: years.toYear ?? null },
      ],
    },
    id,
  ];
}

/** Links a child to a couple or to one parent (when the parent is in exactly one couple, to that couple). */
export function addChildLink(
  doc: GenogramDocument,
  childId: string,
  parents: { coupleId: string } | { parentId: string },
  kind: GenogramDocument['childLinks'][number]['kind'] = 'biological',
): GenogramDocument {
  const coupleId = 'coupleId' in parents ? parents.coupleId : null;
  const parentId = 'parentId' in parents ? parents.parentId : null;
  if (doc.childLinks.some((l) => l.childId === childId && l.coupleId === coupleId && l.parentId === parentId))
    return doc;
  return { ...doc, childLinks: [...doc.childLinks, { id: newId(), childId, coupleId, parentId, kind }] };
}

/** The parents to link a new child of this person to: her only couple, or herself alone. */
export function parentsFor(
  doc: GenogramDocument,
  personId: string,
): { coupleId: string } | { parentId: string } {
  const couples = doc.couples.filter((c) => c.partnerA === personId || c.partnerB === personId);
  const current = couples.filter((c) => c.kind === 'married' || c.kind === 'cohabiting');
  const only = current.length === 1 ? current[0] : couples.length === 1 ? couples[0] : undefined;
  return only ? { coupleId: only.id } : { parentId: personId };
}

export function addRelationship(
  doc: GenogramDocument,
  fromId: string,
  toId: string,
  kind: GenogramDocument['relationships'][number]['kind'],
  note = '',
): GenogramDocument {
  return { ...doc, relationships: [...doc.relationships, { id: newId(), fromId, toId, kind, note }] };
}

/** Removes a couple, child link, line or household by its id (a couple takes its children's links along). */
export function removeLink(doc: GenogramDocument, id: string): GenogramDocument {
  return {
    ...doc,
    couples: doc.couples.filter((c) => c.id !== id),
    childLinks: doc.childLinks.filter((l) => l.id !== id && l.coupleId !== id),
    relationships: doc.relationships.filter((r) => r.id !== id),
    households: doc.households.filter((h) => h.id !== id),
  };
}

/** Adds the household, taking its members out of any other household (a person lives in one). */
export function addHousehold(doc: GenogramDocument, label: string, memberIds: string[]): GenogramDocument {
  const others = doc.households
    .map((h) => ({ ...h, memberIds: h.memberIds.filter((m) => !memberIds.includes(m)) }))
    .filter((h) => h.memberIds.length > 0);
  return { ...doc, households: [...others, { id: newId(), label, memberIds }] };
}

/**
 * Merges a draft from the client record into the document being edited: what the record adds to the
 * saved genogram is added; what the user has changed or removed since the save stays as she left it.
 */
export function mergeDraft(
  current: GenogramDocument,
  saved: GenogramDocument,
  draft: GenogramDocument,
): [GenogramDocument, number] {
  const savedIds = new Set(
    [saved.persons, saved.couples, saved.childLinks, saved.relationships, saved.households].flatMap((list) =>
      list.map((x) => x.id),
    ),
  );
  const fresh = <T extends { id: string }>(list: T[]) => list.filter((x) => !savedIds.has(x.id));
  const linked = new Set(current.persons.map((p) => p.personId).filter((id) => id !== null));
  const persons = fresh(draft.persons).filter((p) => p.personId === null || !linked.has(p.personId));
  const personIds = new Set([...current.persons, ...persons].map((p) => p.id));
  const couples = fresh(draft.couples).filter((c) => personIds.has(c.partnerA) && personIds.has(c.partnerB));
  const coupleIds = new Set([...current.couples, ...couples].map((c) => c.id));
  const childLinks = fresh(draft.childLinks).filter(
    (l) =>
      personIds.has(l.childId) &&
      (l.coupleId === null || coupleIds.has(l.coupleId)) &&
      (l.parentId === null || personIds.has(l.parentId)),
  );
  const housed = new Set(current.households.flatMap((h) => h.memberIds));
  const households = fresh(draft.households)
    .map((h) => ({ ...h, memberIds: h.memberIds.filter((m) => personIds.has(m) && !housed.has(m)) }))
    .filter((h) => h.memberIds.length > 0);
  return [
    {
      persons: [...current.persons, ...persons],
      couples: [...current.couples, ...couples],
      childLinks: [...current.childLinks, ...childLinks],
      relationships: current.relationships,
      households: [...current.households, ...households],
    },
    persons.length,
  ];
}
