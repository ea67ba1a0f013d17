import type { NetworkMapDocument, NetworkNode } from '@lumo/domain';
import { describe, expect, it } from 'vitest';
import { layoutNetworkMap, neighbour, sectorOrder } from './layout';

const CHILD_ID = '00000000-0000-4000-8000-000000000000';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function map(count: number): NetworkMapDocument {
  const nodes: NetworkNode[] = [
    {
      id: CHILD_ID,
      kind: 'child',
      personId: CHILD_ID,
      serviceId: null,
      name: 'Aino',
      role: '',
      sector: 'family',
      note: '',
    },
  ];
  for (let i = 1; i <= count; i++)
    nodes.push({
      id: id(i),
      kind: i % 3 ? 'person' : 'service',
      personId: null,
      serviceId: null,
      name: `Solmu ${i}`,
      role: '',
      sector: sectorOrder[(i * 7) % sectorOrder.length] ?? 'other',
      note: '',
    });
  return {
    nodes,
    ties: nodes.slice(1).map((n, i) => ({
      id: id(1000 + i),
      from: CHILD_ID,
      to: n.id,
      strength: 'moderate',
      stress: 'none',
      support: 'none',
      note: '',
    })),
  };
}

describe('layoutNetworkMap', () => {
  it.each([0, 1, 2, 5, 11, 15, 24, 40])(
    'places %i nodes around the child without two boxes touching',
    (count) => {
      const layout = layoutNetworkMap(map(count));
      const boxes = [...layout.nodes.values()];
      expect(boxes).toHaveLength(count + 1);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const apart =
            Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
          expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
        }
      for (const box of boxes) {
        expect(box.x - box.width / 2).toBeGreaterThanOrEqual(0);
        expect(box.y - box.height / 2).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width / 2).toBeLessThanOrEqual(layout.width);
        expect(box.y + box.height / 2).toBeLessThanOrEqual(layout.height);
      }
    },
  );

  it('puts the child in the middle and the family above her', () => {
    const doc = map(0);
    doc.nodes.push({
      id: id(1),
      kind: 'person',
      personId: null,
      serviceId: null,
      name: 'Äiti',
      role: 'äiti',
      sector: 'family',
      note: '',
    });
    doc.nodes.push({
      id: id(2),
      kind: 'service',
      personId: null,
      serviceId: null,
      name: 'Koulu',
      role: '',
      sector: 'school',
      note: '',
    });
    const layout = layoutNetworkMap(doc);
    const child = layout.nodes.get(CHILD_ID);
    const mother = layout.nodes.get(id(1));
    expect(child && mother && mother.y < child.y).toBe(true);
    expect(Math.abs((mother?.x ?? 0) - (child?.x ?? 0))).toBeLessThan(1);
    expect(layout.sectors.map((s) => s.sector)).toEqual(['family', 'school']);
  });

  it('moves with the arrows to the nearest node in that direction', () => {
    const doc = map(0);
    doc.nodes.push({
      id: id(1),
      kind: 'person',
      personId: null,
      serviceId: null,
      name: 'Äiti',
      role: '',
      sector: 'family',
      note: '',
    });
    const layout = layoutNetworkMap(doc);
    expect(neighbour(layout, CHILD_ID, 'up')).toBe(id(1));
    expect(neighbour(layout, id(1), 'down')).toBe(CHILD_ID);
    expect(neighbour(layout, CHILD_ID, 'down')).toBeNull();
  });
});
