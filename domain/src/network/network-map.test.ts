import { describe, expect, it } from 'vitest';
import type { NetworkMapDocument, NetworkNode, NetworkTie } from '../api/network-map';
import { networkMapChanges, networkMapIssues } from './network-map';

const childId = '00000000-0000-7000-8000-000000000001';
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const node = (n: number, over: Partial<NetworkNode> = {}): NetworkNode => ({
  id: id(100 + n),
  kind: 'person',
  personId: null,
  serviceId: null,
  name: `Henkilö ${n}`,
  role: '',
  sector: 'family',
  note: '',
  ...over,
});
const tie = (n: number, from: string, to: string, over: Partial<NetworkTie> = {}): NetworkTie => ({
  id: id(200 + n),
  from,
  to,
  strength: 'strong',
  stress: 'none',
  support: 'from_to',
  note: '',
  ...over,
});
const child = node(0, { kind: 'child', personId: childId, name: 'Eevi' });

describe('the network map’s rules', () => {
  it('accepts the child in the centre with people and services tied to her', () => {
    const doc: NetworkMapDocument = {
      nodes: [
        child,
        node(1),
        node(2, { kind: 'service', serviceId: id(900), name: 'Koulu', sector: 'school' }),
      ],
      ties: [tie(1, id(101), child.id), tie(2, id(102), child.id, { stress: 'high', support: 'none' })],
    };
    expect(networkMapIssues(doc, childId)).toEqual([]);
  });

  it('needs exactly one child node, standing for the child', () => {
    expect(networkMapIssues({ nodes: [node(1)], ties: [] }, childId)).toEqual([
      { path: 'nodes', code: 'required' },
    ]);
    expect(networkMapIssues({ nodes: [{ ...child, personId: id(5) }], ties: [] }, childId)).toEqual([
      { path: 'nodes.0.personId', code: 'invalid_value' },
    ]);
    expect(networkMapIssues({ nodes: [child, { ...child, id: id(99) }], ties: [] }, childId)).toContainEqual({
      path: 'nodes.1.personId',
      code: 'duplicate',
    });
  });

  it('refuses the same node twice: id, person, service, or an unlinked name', () => {
    const issues = networkMapIssues(
      {
        nodes: [
          child,
          node(1, { personId: id(7) }),
          node(2, { personId: id(7) }),
          node(3, { kind: 'service', serviceId: id(8) }),
          node(4, { kind: 'service', serviceId: id(8) }),
          node(5, { name: 'Mummo' }),
          node(6, { name: ' mummo ' }),
          { ...node(7), id: id(101) },
        ],
        ties: [],
      },
      childId,
    );
    expect(issues).toEqual([
      { path: 'nodes.2.personId', code: 'duplicate' },
      { path: 'nodes.4.serviceId', code: 'duplicate' },
      { path: 'nodes.6.name', code: 'duplicate' },
      { path: 'nodes.7.id', code: 'duplicate' },
    ]);
  });

  it('ties only existing nodes, never a node to itself, and a pair once', () => {
    const issues = networkMapIssues(
      {
        nodes: [child, node(1)],
        ties: [
          tie(1, id(101), child.id),
          tie(2, child.id, id(101)),
          tie(3, id(101), id(101)),
          tie(4, id(555), child.id),
        ],
      },
      childId,
    );
    expect(issues).toEqual([
      { path: 'ties.1', code: 'duplicate' },
      { path: 'ties.2.to', code: 'self_link' },
      { path: 'ties.3.from', code: 'unknown_reference' },
    ]);
  });

  it('keeps person and service links apart', () => {
    expect(networkMapIssues({ nodes: [child, node(1, { serviceId: id(8) })], ties: [] }, childId)).toEqual([
      { path: 'nodes.1.serviceId', code: 'invalid_value' },
    ]);
  });
});

describe('comparing two versions of the map', () => {
  const before: NetworkMapDocument = {
    nodes: [child, node(1), node(2), node(3)],
    ties: [
      tie(1, id(101), child.id),
      tie(2, id(102), child.id, { stress: 'high' }),
      tie(3, id(103), child.id),
    ],
  };

  it('names who came and went, and the ties that changed', () => {
    const after: NetworkMapDocument = {
      nodes: [child, node(1), node(2), node(4, { kind: 'service', serviceId: id(900), name: 'Kuraattori' })],
      ties: [
        tie(1, id(101), child.id, { strength: 'weak' }),
        tie(2, id(102), child.id, { stress: 'high' }),
        tie(4, id(104), child.id),
      ],
    };
    const changes = networkMapChanges(before, after);
    expect(changes.addedNodes.map((n) => n.name)).toEqual(['Kuraattori']);
    expect(changes.removedNodes.map((n) => n.name)).toEqual(['Henkilö 3']);
    expect(changes.addedTies.map((t) => t.from)).toEqual([id(104)]);
    expect(changes.removedTies.map((t) => t.from)).toEqual([id(103)]);
    expect(changes.changedTies).toEqual([{ before: before.ties[0], after: after.ties[0] }]);
  });

  it('a tie drawn the other way round with the same support is no change', () => {
    const after: NetworkMapDocument = {
      ...before,
      ties: [tie(1, child.id, id(101), { support: 'to_from' }), before.ties[1]!, before.ties[2]!],
    };
    expect(networkMapChanges(before, after)).toEqual({
      addedNodes: [],
      removedNodes: [],
      addedTies: [],
      removedTies: [],
      changedTies: [],
    });
  });
});
