import type { NetworkMapDocument, NetworkNode } from '@lumo/domain';

/** The sectors around the child, clockwise from the top: the family first, the authorities last. */
export const sectorOrder = [
  'family',
  'relatives',
  'friends',
  'leisure',
  'school',
  'health',
  'social_services',
  'other',
] as const satisfies readonly NetworkNode['sector'][];

export const NODE = { width: 160, height: 54 };
export const CHILD = { width: 220, height: 68 };
const MARGIN = 14;
const PAD = 64;

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SectorLabel {
  sector: NetworkNode['sector'];
  x: number;
  y: number;
  /** Where the text anchors, so that a label on the left grows leftwards, away from the nodes. */
  anchor: 'start' | 'middle' | 'end';
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  sectors: SectorLabel[];
  /** Left to right, top to bottom: the order of the keyboard's arrows. */
  order: string[];
}

const overlaps = (a: PlacedNode, b: PlacedNode) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + MARGIN * 2 &&
  Math.abs(a.y - b.y) * 2 < a.height + b.height + MARGIN * 2;

/**
 * The child in the centre and everyone else on an ellipse around her, grouped by sector with a gap
 * between sectors; with many nodes, every other one of a sector steps out to a second ring. The
 * ellipse grows until no two nodes touch, so that no label ever hides another.
 */
export function layoutNetworkMap(
  doc: NetworkMapDocument,
  sectorNames?: Readonly<Record<NetworkNode['sector'], string>>,
): NetworkLayout {
  const child = doc.nodes.find((n) => n.kind === 'child');
  const others = doc.nodes.filter((n) => n !== child);
  const groups = sectorOrder
    .map((sector) => ({ sector, nodes: others.filter((n) => n.sector === sector) }))
    .filter((g) => g.nodes.length > 0);

  type Slot = { node: NetworkNode; outer: boolean } | null;
  const slots: Slot[] = [];
  const twoRings = others.length > 14;
  for (const group of groups) {
    if (groups.length > 1) slots.push(null);
    group.nodes.forEach((node, i) => {
      slots.push({ node, outer: twoRings && i % 2 === 1 });
    });
  }
  // Each slot gets the angle it needs: a box at the top or bottom of the ring needs its width of
  // room along the ring, one at the sides only its height; a sector gap needs a little.
  const RATIO = 1.25;
  const speed = (angle: number) => Math.hypot(RATIO * Math.sin(angle), Math.cos(angle));
  const need = (slot: Slot, angle: number) =>
    slot
      ? (Math.abs(Math.sin(angle)) * (NODE.width + MARGIN) +
          Math.abs(Math.cos(angle)) * (NODE.height + MARGIN)) *
        (twoRings ? 0.55 : 1)
      : 40;
  let angles = slots.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(slots.length, 1));
  let scale = 1;
  for (let round = 0; round < 6; round++) {
    const widths = slots.map((slot, i) => need(slot, angles[i] ?? 0) / speed(angles[i] ?? 0));
    const total = widths.reduce((a, b) => a + b, 0) || 1;
    scale = total / (2 * Math.PI);
    let at = 0;
    const next = widths.map((w) => {
      const centre = at + (w / total) * Math.PI;
      at += (w / total) * 2 * Math.PI;
      return centre;
    });
    // The first sector (the family, when there is one) is centred above the child.
    const firstSize = groups[0]?.nodes.length ?? 1;
    const firstIndex = groups.length > 1 ? 1 : 0;
    const top = ((next[firstIndex] ?? 0) + (next[firstIndex + firstSize - 1] ?? 0)) / 2;
    angles = next.map((a) => a - top - Math.PI / 2);
  }
  const angleOf = (i: number) => angles[i] ?? 0;

  const place = (rx: number, ry: number) => {
    const nodes = new Map<string, PlacedNode>();
    if (child) nodes.set(child.id, { id: child.id, x: 0, y: 0, ...CHILD });
    slots.forEach((slot, i) => {
      if (!slot) return;
      const angle = angleOf(i);
      const ring = slot.outer ? 1.5 : 1;
      nodes.set(slot.node.id, {
        id: slot.node.id,
        x: Math.cos(angle) * rx * ring,
        y: Math.sin(angle) * ry * ring,
        ...NODE,
      });
    });
    return nodes;
  };

  // Wider than high, like the screen and the boxes; never so tight that a box touches the child's.
  let ry = Math.max(scale, (CHILD.height + NODE.height) / 2 + MARGIN * 4);
  let rx = Math.max(ry * RATIO, (CHILD.width + NODE.width) / 2 + MARGIN * 2);
  let nodes = place(rx, ry);
  for (let round = 0; round < 120; round++) {
    const all = [...nodes.values()];
    const clash = all.some((a, i) => all.slice(i + 1).some((b) => overlaps(a, b)));
    if (!clash) break;
    rx *= 1.04;
    ry *= 1.04;
    nodes = place(rx, ry);
  }

  const outerRing = twoRings ? 1.5 : 1;
  const sectors: SectorLabel[] = [];
  let index = 0;
  for (const group of groups) {
    if (groups.length > 1) index++;
    const first = angleOf(index);
    const last = angleOf(index + group.nodes.length - 1);
    const middle = (first + last) / 2;
    index += group.nodes.length;
    const lx = Math.cos(middle) * (rx * outerRing + NODE.width / 2 + 28);
    const ly = Math.sin(middle) * (ry * outerRing + NODE.height / 2 + 26);
    const cos = Math.cos(middle);
    sectors.push({
      sector: group.sector,
      x: lx,
      y: ly + (Math.sin(middle) > 0.3 ? 8 : 0),
      anchor: cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle',
    });
  }

  // Everything moved into positive coordinates, with room for the sector labels.
  const boxes = [...nodes.values()];
  // Sector labels are set in capitals, about 11 px a letter; they grow away from the ring.
  const reach = (s: SectorLabel, side: 'left' | 'right') => {
    const width = (sectorNames?.[s.sector].length ?? 12) * 11;
    if (s.anchor === 'middle') return width / 2;
    return (side === 'right') === (s.anchor === 'start') ? width : 0;
  };
  const minX =
    Math.min(...boxes.map((b) => b.x - b.width / 2), ...sectors.map((s) => s.x - reach(s, 'left'))) - PAD / 4;
  const maxX =
    Math.max(...boxes.map((b) => b.x + b.width / 2), ...sectors.map((s) => s.x + reach(s, 'right'))) +
    PAD / 4;
  const minY = Math.min(...boxes.map((b) => b.y - b.height / 2), ...sectors.map((s) => s.y - 24)) - PAD / 4;
  const maxY = Math.max(...boxes.map((b) => b.y + b.height / 2), ...sectors.map((s) => s.y + 12)) + PAD / 4;
  const shifted = new Map<string, PlacedNode>();
  for (const box of boxes) shifted.set(box.id, { ...box, x: box.x - minX, y: box.y - minY });
  const movedSectors: SectorLabel[] = sectors.map((s) => ({ ...s, x: s.x - minX, y: s.y - minY }));
  const order = [...shifted.values()]
    .sort((a, b) => Math.round(a.y / 40) - Math.round(b.y / 40) || a.x - b.x)
    .map((b) => b.id);
  return {
    width: Math.ceil(maxX - minX),
    height: Math.ceil(maxY - minY),
    nodes: shifted,
    sectors: movedSectors,
    order,
  };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The nearest node in a direction from a node: the arrows of the keyboard. */
export function neighbour(layout: NetworkLayout, fromId: string, direction: Direction): string | null {
  const from = layout.nodes.get(fromId);
  if (!from) return null;
  let best: { id: string; score: number } | null = null;
  for (const node of layout.nodes.values()) {
    if (node.id === fromId) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1) continue;
    const score = along + across * 2;
    if (!best || score < best.score) best = { id: node.id, score };
  }
  return best?.id ?? null;
}

/** Where the line from a box's centre towards a point leaves the box. */
export function edgePoint(box: PlacedNode, towards: { x: number; y: number }): { x: number; y: number } {
  const dx = towards.x - box.x;
  const dy = towards.y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: box.x + dx * s, y: box.y + dy * s };
}
