import type { NetworkMapDocument, NetworkNode, NetworkTie } from '../api/network-map';
import type { FieldIssueCode } from '../errors';

export interface NetworkMapIssue {
  /** Where in the document, e.g. `ties.3.to`. */
  path: string;
  code: FieldIssueCode;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const nameKey = (name: string) => name.trim().toLocaleLowerCase('fi').replace(/\s+/g, ' ');

/**
 * What is wrong with a network map, as field issues: the child's node missing or twice (it must
 * stand for the child), the same id, person, service or free-named person twice, a service node
 * without a service or a person node linked to one, ties to nodes not in the map, a tie from a node
 * to itself, and two ties between the same pair. An empty list means it may be saved; links to the
 * record and the register are checked by the server.
 */
export function networkMapIssues(doc: NetworkMapDocument, childId: string): NetworkMapIssue[] {
  const issues: NetworkMapIssue[] = [];
  const ids = new Set<string>();
  const people = new Set<string>();
  const services = new Set<string>();
  const freeNames = new Set<string>();
  let childNodes = 0;

  doc.nodes.forEach((node, i) => {
    const at = `nodes.${i}`;
    if (ids.has(node.id)) issues.push({ path: `${at}.id`, code: 'duplicate' });
    ids.add(node.id);
    if (node.kind === 'child') {
      childNodes++;
      if (node.personId !== childId || childNodes > 1)
        issues.push({ path: `${at}.personId`, code: childNodes > 1 ? 'duplicate' : 'invalid_value' });
    } else if (node.personId === childId) {
      issues.push({ path: `${at}.personId`, code: 'duplicate' });
    }
    if (node.kind === 'service' ? node.personId !== null : node.serviceId !== null)
      issues.push({
        path: `${at}.${node.kind === 'service' ? 'personId' : 'serviceId'}`,
        code: 'invalid_value',
      });
    if (node.personId !== null && node.kind !== 'child') {
      if (people.has(node.personId)) issues.push({ path: `${at}.personId`, code: 'duplicate' });
      people.add(node.personId);
    }
    if (node.serviceId !== null) {
      if (services.has(node.serviceId)) issues.push({ path: `${at}.serviceId`, code: 'duplicate' });
      services.add(node.serviceId);
    }
    // Unlinked nodes are known by their name: the same name twice is the same node drawn twice.
    if (node.personId === null && node.serviceId === null) {
      const key = `${node.kind}|${nameKey(node.name)}`;
      if (freeNames.has(key)) issues.push({ path: `${at}.name`, code: 'duplicate' });
      freeNames.add(key);
    }
  });
  if (childNodes === 0) issues.push({ path: 'nodes', code: 'required' });

  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const pairs = new Set<string>();
  doc.ties.forEach((tie, i) => {
    const at = `ties.${i}`;
    if (ids.has(tie.id)) issues.push({ path: `${at}.id`, code: 'duplicate' });
    ids.add(tie.id);
    if (!nodeIds.has(tie.from)) issues.push({ path: `${at}.from`, code: 'unknown_reference' });
    if (!nodeIds.has(tie.to)) issues.push({ path: `${at}.to`, code: 'unknown_reference' });
    if (tie.from === tie.to) issues.push({ path: `${at}.to`, code: 'self_link' });
    const key = pairKey(tie.from, tie.to);
    if (pairs.has(key)) issues.push({ path: at, code: 'duplicate' });
    pairs.add(key);
  });
  return issues;
}

/** The person nodes' names of a map: the people of the case, for the consultation anonymiser. */
export function networkMapPersonNames(doc: NetworkMapDocument): string[] {
  return doc.nodes.filter((n) => n.kind === 'person').map((n) => n.name);
}

export interface NetworkMapChanges {
  /** Nodes only in the later version. */
  addedNodes: NetworkNode[];
  /** Nodes only in the earlier version. */
  removedNodes: NetworkNode[];
  /** Ties only in the later version, and ties only in the earlier one, by the pair they join. */
  addedTies: NetworkTie[];
  removedTies: NetworkTie[];
  /** Ties between the same pair whose strength, stress or support changed: before and after. */
  changedTies: { before: NetworkTie; after: NetworkTie }[];
}

/**
 * What changed in the child's network between two versions: who came and went, and which ties grew
 * stronger, weaker or more stressful. Nodes are the same across versions by their id (the editor
 * keeps it), ties by the pair of nodes they join.
 */
export function networkMapChanges(before: NetworkMapDocument, after: NetworkMapDocument): NetworkMapChanges {
  const beforeNodes = new Set(before.nodes.map((n) => n.id));
  const afterNodes = new Set(after.nodes.map((n) => n.id));
  const tiesOf = (doc: NetworkMapDocument) => new Map(doc.ties.map((t) => [pairKey(t.from, t.to), t]));
  const beforeTies = tiesOf(before);
  const afterTies = tiesOf(after);
  const changedTies: NetworkMapChanges['changedTies'] = [];
  for (const [key, tie] of afterTies) {
    const old = beforeTies.get(key);
    if (!old) continue;
    // The same support seen from the other end is no change.
    const support = old.from === tie.from ? old.support : flipSupport(old.support);
    if (old.strength !== tie.strength || old.stress !== tie.stress || support !== tie.support)
      changedTies.push({ before: old, after: tie });
  }
  return {
    addedNodes: after.nodes.filter((n) => !beforeNodes.has(n.id)),
    removedNodes: before.nodes.filter((n) => !afterNodes.has(n.id)),
    addedTies: after.ties.filter((t) => !beforeTies.has(pairKey(t.from, t.to))),
    removedTies: before.ties.filter((t) => !afterTies.has(pairKey(t.from, t.to))),
    changedTies,
  };
}

const flipSupport = (support: NetworkTie['support']): NetworkTie['support'] =>
  support === 'from_to' ? 'to_from' : support === 'to_from' ? 'from_to' : support;
