import { type NetworkMapDocument, type NetworkNode, type NetworkTie, networkMapChanges } from '@lumo/domain';

/** Editing the network map as a whole document in the browser; saved as a new version. */

export const newId = (): string => crypto.randomUUID();

export type NodeDraft = Omit<NetworkNode, 'id'>;
export type TieDraft = Pick<NetworkTie, 'strength' | 'stress' | 'support' | 'note'>;

export const defaultTie: TieDraft = { strength: 'moderate', stress: 'none', support: 'none', note: '' };

export function childNode(doc: NetworkMapDocument): NetworkNode | undefined {
  return doc.nodes.find((n) => n.kind === 'child');
}

/** A new node, tied to the child when `tie` is given (the usual first line of a new node). */
export function addNode(
  doc: NetworkMapDocument,
  draft: NodeDraft,
  tie: TieDraft | null,
): [NetworkMapDocument, string] {
  const id = newId();
  const child = childNode(doc);
  const ties = tie && child ? [...doc.ties, { id: newId(), from: child.id, to: id, ...tie }] : doc.ties;
  return [{ nodes: [...doc.nodes, { id, ...draft }], ties }, id];
}

export function updateNode(
  doc: NetworkMapDocument,
  id: string,
  draft: Partial<NodeDraft>,
): NetworkMapDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, ...draft } : n)) };
}

/** A node leaves the map with its ties. */
export function removeNode(doc: NetworkMapDocument, id: string): NetworkMapDocument {
  return {
    nodes: doc.nodes.filter((n) => n.id !== id),
    ties: doc.ties.filter((t) => t.from !== id && t.to !== id),
  };
}

export function tieBetween(doc: NetworkMapDocument, a: string, b: string): NetworkTie | undefined {
  return doc.ties.find((t) => (t.from === a && t.to === b) || (t.from === b && t.to === a));
}

export function addTie(
  doc: NetworkMapDocument,
  from: string,
  to: string,
  draft: TieDraft,
): [NetworkMapDocument, string] {
  const id = newId();
  return [{ ...doc, ties: [...doc.ties, { id, from, to, ...draft }] }, id];
}

export function updateTie(doc: NetworkMapDocument, id: string, draft: Partial<TieDraft>): NetworkMapDocument {
  return { ...doc, ties: doc.ties.map((t) => (t.id === id ? { ...t, ...draft } : t)) };
}

export function removeTie(doc: NetworkMapDocument, id: string): NetworkMapDocument {
  return { ...doc, ties: doc.ties.filter((t) => t.id !== id) };
}

/** The same tie seen from the other end: support that flowed from→to now flows to→from. */
export function supportSeenFrom(tie: NetworkTie, nodeId: string): NetworkTie['support'] {
  if (tie.from === nodeId || tie.support === 'both' || tie.support === 'none') return tie.support;
  return tie.support === 'from_to' ? 'to_from' : 'from_to';
}

export type NodeField = 'name' | 'role' | 'sector' | 'note' | 'link';
export type TieField = 'strength' | 'stress' | 'support';

export type MapChange =
  | { kind: 'nodeAdded' | 'nodeRemoved'; node: NetworkNode }
  | { kind: 'nodeChanged'; node: NetworkNode; before: NetworkNode; fields: NodeField[] }
  | { kind: 'tieAdded' | 'tieRemoved'; tie: NetworkTie; from: string; to: string }
  | { kind: 'tieChanged'; tie: NetworkTie; before: NetworkTie; from: string; to: string; fields: TieField[] };

/**
 * What changed from one version to another, in the order a reader takes it in: the domain's
 * `networkMapChanges` (who came and went, which ties changed), and what was renamed or moved to
 * another sector, which only the page needs to say.
 */
export function compareMaps(before: NetworkMapDocument, after: NetworkMapDocument): MapChange[] {
  const diff = networkMapChanges(before, after);
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) =>
    after.nodes.find((n) => n.id === id)?.name ?? beforeNodes.get(id)?.name ?? '?';
  const ends = (tie: NetworkTie) => ({ from: nameOf(tie.from), to: nameOf(tie.to) });
  const changed: MapChange[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (!old) continue;
    const fields: NodeField[] = [];
    if (old.name !== node.name) fields.push('name');
    if (old.role !== node.role) fields.push('role');
    if (old.sector !== node.sector) fields.push('sector');
    if (old.note !== node.note) fields.push('note');
    if (old.personId !== node.personId || old.serviceId !== node.serviceId) fields.push('link');
    if (fields.length) changed.push({ kind: 'nodeChanged', node, before: old, fields });
  }
  return [
    ...diff.addedNodes.map((node): MapChange => ({ kind: 'nodeAdded', node })),
    ...changed,
    ...diff.removedNodes.map((node): MapChange => ({ kind: 'nodeRemoved', node })),
    ...diff.addedTies.map((tie): MapChange => ({ kind: 'tieAdded', tie, ...ends(tie) })),
    ...diff.changedTies.map(({ before: old, after: tie }): MapChange => {
      const fields: TieField[] = [];
      if (old.strength !== tie.strength) fields.push('strength');
      if (old.stress !== tie.stress) fields.push('stress');
      if (supportSeenFrom(old, tie.from) !== tie.support) fields.push('support');
      return { kind: 'tieChanged', tie, before: old, ...ends(tie), fields };
    }),
    ...diff.removedTies.map((tie): MapChange => ({ kind: 'tieRemoved', tie, ...ends(tie) })),
  ];
}
