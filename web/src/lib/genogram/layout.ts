import type { GenogramDocument } from '@lumo/domain';

/**
 * The automatic layout of a genogram, by generation: partners side by side, children centred under
 * their parents (oldest on the left), nobody overlapping. Deterministic (the same document always
 * gives the same drawing) and fast: a 40-person genogram lays out in well under a millisecond or two.
 *
 * 1. Generations: a child is one below each parent, partners share a row, and parents are pulled
 *    down to sit just above their children (so an in-law's parents do not float at the top).
 * 2. Rows are made of partner clusters (a couple, or a chain such as first wife – man – second wife),
 *    ordered by where their parents (or children) are, siblings by birth year.
 * 3. x positions: alternating passes pull each cluster under its parents and each couple over its
 *    children; within a row, overlaps are resolved optimally (isotonic regression with spacing), so
 *    neighbours keep their order and are never closer than one slot.
 */

export const SYMBOL = 44;
/** Centre-to-centre distance of neighbours in a row: room for a two-line name under each symbol. */
export const SLOT = 140;
/** Extra room between clusters of different sibships. */
const CLUSTER_GAP = 28;
export const ROW = 200;
const TOP = 76;
const SIDE = 40;

export type LayoutInput = Pick<
  GenogramDocument,
  'persons' | 'couples' | 'childLinks' | 'relationships' | 'households'
>;

export interface PlacedPerson {
  id: string;
  x: number;
  y: number;
  generation: number;
}

export interface PlacedCouple {
  id: string;
  /** The line between the partners: from x1 to x2 at y (a U above them when they are not neighbours). */
  path: string;
  /** Where the children's line starts and where the marks (slashes) and years go. */
  midX: number;
  midY: number;
  /** The direction of the line at its middle (for the slashes): 0 for horizontal. */
  adjacent: boolean;
}

export interface PlacedChild {
  linkId: string;
  childId: string;
  x: number;
  /** The top of the child's symbol. */
  y: number;
  kind: 'biological' | 'adopted' | 'foster';
}

export interface PlacedSibship {
  key: string;
  fromX: number;
  fromY: number;
  lineY: number;
  children: PlacedChild[];
}

export interface PlacedHousehold {
  id: string;
  path: string;
  labelX: number;
  labelY: number;
}

export interface GenogramLayout {
  persons: Map<string, PlacedPerson>;
  couples: Map<string, PlacedCouple>;
  sibships: PlacedSibship[];
  households: PlacedHousehold[];
  /** The person ids of each row, left to right: for moving the selection with the arrow keys. */
  rows: string[][];
  width: number;
  height: number;
}

interface Union {
  key: string;
  parents: string[];
  children: { linkId: string; childId: string; kind: PlacedChild['kind'] }[];
}

interface Cluster {
  members: string[];
  left: number;
}

export function layoutGenogram(doc: LayoutInput): GenogramLayout {
  const ids = doc.persons.map((p) => p.id);
  const known = new Set(ids);
  const docIndex = new Map(ids.map((id, i) => [id, i]));
  const birth = new Map(
    doc.persons.map((p) => [
      p.id,
      p.birthDate ? Number(p.birthDate.slice(0, 4)) : (p.birthYear ?? Number.POSITIVE_INFINITY),
    ]),
  );
  const sexOf = new Map(doc.persons.map((p) => [p.id, p.sex]));

  // Only links between persons of the drawing count (a document being edited may be invalid).
  const couples = doc.couples.filter(
    (c) => known.has(c.partnerA) && known.has(c.partnerB) && c.partnerA !== c.partnerB,
  );
  const coupleById = new Map(couples.map((c) => [c.id, c]));
  const unions = new Map<string, Union>();
  const parentUnionsOf = new Map<string, string[]>();
  for (const link of doc.childLinks) {
    if (!known.has(link.childId)) continue;
    let key: string;
    let parents: string[];
    if (link.coupleId !== null) {
      const couple = coupleById.get(link.coupleId);
      if (!couple) continue;
      key = `c:${couple.id}`;
      parents = [couple.partnerA, couple.partnerB];
    } else if (link.parentId !== null && known.has(link.parentId)) {
      key = `p:${link.parentId}`;
      parents = [link.parentId];
    } else continue;
    if (parents.includes(link.childId)) continue;
    let union = unions.get(key);
    if (!union) {
      union = { key, parents, children: [] };
      unions.set(key, union);
    }
    union.children.push({ linkId: link.id, childId: link.childId, kind: link.kind });
    // Biological parents first: they place the child.
    const list = parentUnionsOf.get(link.childId) ?? [];
    if (link.kind === 'biological') list.unshift(key);
    else list.push(key);
    parentUnionsOf.set(link.childId, list);
  }
  const unionsOfParent = new Map<string, string[]>();
  for (const union of unions.values())
    for (const parent of union.parents)
      unionsOfParent.set(parent, [...(unionsOfParent.get(parent) ?? []), union.key]);

  const generation = generations(ids, couples, [...unions.values()], doc.relationships, known);

  // Partner clusters within a row.
  const partnersOf = new Map<string, string[]>();
  for (const c of couples) {
    if (generation.get(c.partnerA) !== generation.get(c.partnerB)) continue;
    partnersOf.set(c.partnerA, [...(partnersOf.get(c.partnerA) ?? []), c.partnerB]);
    partnersOf.set(c.partnerB, [...(partnersOf.get(c.partnerB) ?? []), c.partnerA]);
  }
  const maxGen = Math.max(0, ...generation.values());
  const rows: Cluster[][] = Array.from({ length: maxGen + 1 }, () => []);
  const clusterOf = new Map<string, Cluster>();
  for (const id of ids) {
    if (clusterOf.has(id)) continue;
    const cluster: Cluster = { members: clusterMembers(id, partnersOf, docIndex), left: 0 };
    for (const member of cluster.members) clusterOf.set(member, cluster);
    rows[generation.get(id) ?? 0]!.push(cluster);
  }

  const x = new Map<string, number>();
  const placeRow = (row: Cluster[]) => {
    for (const cluster of row)
      cluster.members.forEach((member, i) => {
        x.set(member, cluster.left + i * SLOT);
      });
  };
  const gapBetween = (a: Cluster, b: Cluster) =>
    SLOT + (primaryUnion(a, parentUnionsOf) === primaryUnion(b, parentUnionsOf) ? 0 : CLUSTER_GAP);
  const pack = (row: Cluster[]) => {
    let left = 0;
    row.forEach((cluster, i) => {
      if (i > 0) left += gapBetween(row[i - 1]!, cluster);
      cluster.left = left;
      left += (cluster.members.length - 1) * SLOT;
    });
    placeRow(row);
  };
  const unionX = (key: string) => {
    const union = unions.get(key)!;
    const xs = union.parents.map((p) => x.get(p) ?? 0);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const childrenCentre = (key: string) => {
    const xs = unions.get(key)!.children.map((c) => x.get(c.childId) ?? 0);
    return (Math.min(...xs) + Math.max(...xs)) / 2;
  };
  // Where a person would like to be: under her parents, or over her children.
  const parentTarget = (id: string) => {
    const key = parentUnionsOf.get(id)?.[0];
    return key === undefined ? null : unionX(key);
  };
  const childTarget = (id: string) => {
    const keys = unionsOfParent.get(id) ?? [];
    if (keys.length === 0) return null;
    return keys.reduce((sum, key) => sum + childrenCentre(key), 0) / keys.length;
  };
  const rowKey = (cluster: Cluster, useChildren: boolean) => {
    const targets = cluster.members
      .map((m) => parentTarget(m) ?? (useChildren ? childTarget(m) : null))
      .filter((t): t is number => t !== null);
    if (targets.length > 0) return targets.reduce((a, b) => a + b, 0) / targets.length;
    return null;
  };
  const eldest = (cluster: Cluster) => {
    // The member who is someone's child orders the cluster among her siblings.
    const child = cluster.members.find((m) => parentUnionsOf.has(m)) ?? cluster.members[0]!;
    return birth.get(child) ?? Number.POSITIVE_INFINITY;
  };
  const orderRow = (row: Cluster[], useChildren: boolean) => {
    const keyed = row.map((cluster, i) => ({
      cluster,
      key: rowKey(cluster, useChildren) ?? x.get(cluster.members[0]!) ?? i * SLOT,
      born: eldest(cluster),
      i,
    }));
    keyed.sort((a, b) => Math.round(a.key) - Math.round(b.key) || a.born - b.born || a.i - b.i);
    row.splice(0, row.length, ...keyed.map((k) => k.cluster));
  };
  const orient = (cluster: Cluster) => {
    if (cluster.members.length < 2) return;
    // Towards the parents first (a couple's children follow it); towards the children when no one
    // in the cluster has parents in the drawing.
    const cost = (members: string[], target: (id: string) => number | null) =>
      members.reduce((sum, m, i) => {
        const t = target(m);
        return t === null ? sum : sum + Math.abs(cluster.left + i * SLOT - t);
      }, 0);
    const reversed = [...cluster.members].reverse();
    let a = cost(cluster.members, parentTarget);
    let b = cost(reversed, parentTarget);
    if (Math.abs(a - b) < 1) {
      a = cost(cluster.members, childTarget);
      b = cost(reversed, childTarget);
    }
    // With nothing to choose by, the convention: the man on the left.
    const tie = Math.abs(a - b) < 1;
    const maleLeft = sexOf.get(cluster.members[0]!) !== 'male' && sexOf.get(reversed[0]!) === 'male';
    if (b < a - 1 || (tie && maleLeft)) {
      cluster.members = reversed;
      placeRow([cluster]);
    }
  };

  // Initial order, top-down: each row under the row above, packed.
  rows[0]!.sort((a, b) => docIndex.get(a.members[0]!)! - docIndex.get(b.members[0]!)!);
  pack(rows[0]!);
  for (let g = 1; g <= maxGen; g++) {
    orderRow(rows[g]!, false);
    pack(rows[g]!);
  }

  const assign = (passes: number) => {
    for (let pass = 0; pass < passes; pass++) {
      for (let g = maxGen - 1; g >= 0; g--) settleRow(rows[g]!, (c) => overChildren(c), 0.3);
      for (let g = 1; g <= maxGen; g++) settleRow(rows[g]!, (c) => underParents(c), 0.3);
    }
  };
  const underParents = (cluster: Cluster): number | null => {
    // Siblings in this row, in row order, are spread evenly around their parents' line.
    const targets: number[] = [];
    cluster.members.forEach((member, i) => {
      const key = parentUnionsOf.get(member)?.[0];
      if (key === undefined) return;
      const row = rows[generation.get(member) ?? 0]!;
      const siblings = row.flatMap((c) => c.members).filter((m) => parentUnionsOf.get(m)?.[0] === key);
      const rank = siblings.indexOf(member);
      const spread = (rank - (siblings.length - 1) / 2) * SLOT;
      targets.push(unionX(key) + spread - i * SLOT);
    });
    return targets.length === 0 ? null : targets.reduce((a, b) => a + b, 0) / targets.length;
  };
  const overChildren = (cluster: Cluster): number | null => {
    const targets: number[] = [];
    cluster.members.forEach((member) => {
      for (const key of unionsOfParent.get(member) ?? []) {
        const union = unions.get(key)!;
        // A couple's line is counted once, from its first partner in the cluster.
        if (union.parents.length === 2 && union.parents.find((p) => cluster.members.includes(p)) !== member)
          continue;
        const offset = union.parents
          .map((p) => cluster.members.indexOf(p))
          .filter((i) => i >= 0)
          .map((i) => i * SLOT);
        const inCluster = offset.reduce((a, b) => a + b, 0) / offset.length;
        const outside = union.parents.filter((p) => !cluster.members.includes(p)).map((p) => x.get(p) ?? 0);
        // A partner in another row (rare) pulls the line's middle too.
        const mid =
          outside.length > 0
            ? (cluster.left + inCluster + outside.reduce((a, b) => a + b, 0)) / (1 + outside.length)
            : cluster.left + inCluster;
        targets.push(cluster.left + (childrenCentre(key) - mid));
      }
    });
    return targets.length === 0 ? null : targets.reduce((a, b) => a + b, 0) / targets.length;
  };
  const settleRow = (row: Cluster[], desired: (c: Cluster) => number | null, idleWeight: number) => {
    if (row.length === 0) return;
    const wanted = row.map((c) => {
      const d = desired(c);
      return d === null ? { d: c.left, w: idleWeight } : { d, w: 1 };
    });
    const lefts = isotonicWithGaps(
      wanted,
      row.map((c, i) => (i === 0 ? 0 : (row[i - 1]!.members.length - 1) * SLOT + gapBetween(row[i - 1]!, c))),
    );
    row.forEach((c, i) => {
      c.left = lefts[i]!;
    });
    placeRow(row);
  };

  assign(3);
  for (let round = 0; round < 2; round++) {
    for (let g = 0; g <= maxGen; g++) {
      orderRow(rows[g]!, true);
      for (const cluster of rows[g]!) orient(cluster);
      pack(rows[g]!);
    }
    assign(4);
  }
  // End under the parents: the children are what the team looks at.
  for (let g = 1; g <= maxGen; g++) settleRow(rows[g]!, (c) => underParents(c), 0.3);
  // Then those with no parents in the drawing (the eldest, an in-law's parents) over their children.
  const free = (c: Cluster) => (c.members.some((m) => parentUnionsOf.has(m)) ? c.left : overChildren(c));
  for (let g = maxGen - 1; g >= 0; g--) settleRow(rows[g]!, free, 1);

  // To drawing coordinates.
  const minX = Math.min(...[...x.values()], 0);
  const persons = new Map<string, PlacedPerson>();
  for (const id of ids) {
    const g = generation.get(id) ?? 0;
    persons.set(id, { id, x: (x.get(id) ?? 0) - minX + SIDE + SLOT / 2, y: TOP + g * ROW, generation: g });
  }
  const rowIds = rows.map((row) => row.flatMap((c) => c.members));

  const placedCouples = new Map<string, PlacedCouple>();
  for (const c of couples) {
    const a = persons.get(c.partnerA)!;
    const b = persons.get(c.partnerB)!;
    const [l, r] = a.x <= b.x ? [a, b] : [b, a];
    const row = rowIds[l.generation]!;
    const adjacent = l.generation === r.generation && Math.abs(row.indexOf(l.id) - row.indexOf(r.id)) === 1;
    if (adjacent) {
      placedCouples.set(c.id, {
        id: c.id,
        path: `M${l.x + SYMBOL / 2},${l.y}H${r.x - SYMBOL / 2}`,
        midX: (l.x + r.x) / 2,
        midY: l.y,
        adjacent: true,
      });
    } else {
      const top = Math.min(l.y, r.y) - SYMBOL / 2 - 16;
      placedCouples.set(c.id, {
        id: c.id,
        path: `M${l.x},${l.y - SYMBOL / 2}V${top}H${r.x}V${r.y - SYMBOL / 2}`,
        midX: (l.x + r.x) / 2,
        midY: top,
        adjacent: false,
      });
    }
  }

  const sibships: PlacedSibship[] = [];
  for (const union of unions.values()) {
    const children = union.children
      .map((c) => {
        const p = persons.get(c.childId)!;
        return { ...c, x: p.x, y: p.y - SYMBOL / 2 };
      })
      .sort((a, b) => a.x - b.x);
    let fromX: number;
    let fromY: number;
    if (union.key.startsWith('c:')) {
      const placed = placedCouples.get(union.key.slice(2))!;
      fromX = placed.midX;
      fromY = placed.midY;
    } else {
      const parent = persons.get(union.parents[0]!)!;
      fromX = parent.x;
      fromY = parent.y + SYMBOL / 2;
    }
    const childTop = Math.min(...children.map((c) => c.y));
    sibships.push({ key: union.key, fromX, fromY, lineY: childTop - 30, children });
  }
  staggerSibships(sibships);

  const households = doc.households
    .map((h) => householdOutline(h, persons))
    .filter((h): h is PlacedHousehold => h !== null);

  const xs = [...persons.values()].map((p) => p.x);
  const width = Math.max(SLOT + 2 * SIDE, ...xs.map((v) => v + SLOT / 2 + SIDE));
  const height = TOP + maxGen * ROW + SYMBOL / 2 + 84;
  return { persons, couples: placedCouples, sibships, households, rows: rowIds, width, height };
}

/** The generation of each person, 0 at the top. */
function generations(
  ids: string[],
  couples: LayoutInput['couples'],
  unions: Union[],
  relationships: LayoutInput['relationships'],
  known: Set<string>,
): Map<string, number> {
  const gen = new Map(ids.map((id) => [id, 0]));
  const limit = ids.length * 4 + 8;
  const equalisePartners = () => {
    let changed = false;
    for (const c of couples) {
      const m = Math.max(gen.get(c.partnerA)!, gen.get(c.partnerB)!);
      if (gen.get(c.partnerA) !== m || gen.get(c.partnerB) !== m) {
        gen.set(c.partnerA, m);
        gen.set(c.partnerB, m);
        changed = true;
      }
    }
    return changed;
  };
  for (let round = 0; round < limit; round++) {
    let changed = false;
    // Children below their parents.
    for (const union of unions)
      for (const child of union.children)
        for (const parent of union.parents) {
          const want = gen.get(parent)! + 1;
          if (gen.get(child.childId)! < want) {
            gen.set(child.childId, want);
            changed = true;
          }
        }
    if (equalisePartners()) changed = true;
    // Parents just above their nearest child (an in-law's parents come down to her row).
    for (const union of unions) {
      const nearest = Math.min(...union.children.map((c) => gen.get(c.childId)!)) - 1;
      for (const parent of union.parents)
        if (gen.get(parent)! < nearest) {
          gen.set(parent, nearest);
          changed = true;
        }
    }
    if (!changed) break;
  }
  // Someone drawn only for an emotional line stands in the row of the person she is linked to.
  const linked = new Set<string>();
  for (const c of couples) linked.add(c.partnerA).add(c.partnerB);
  for (const u of unions) {
    for (const p of u.parents) linked.add(p);
    for (const c of u.children) linked.add(c.childId);
  }
  for (const r of relationships) {
    if (!known.has(r.fromId) || !known.has(r.toId)) continue;
    if (!linked.has(r.fromId) && linked.has(r.toId)) gen.set(r.fromId, gen.get(r.toId)!);
    else if (!linked.has(r.toId) && linked.has(r.fromId)) gen.set(r.toId, gen.get(r.fromId)!);
  }
  const min = Math.min(...gen.values());
  if (min !== 0) for (const [id, g] of gen) gen.set(id, g - min);
  return gen;
}

/** A person and her partners (and theirs) in one row, in drawing order. */
function clusterMembers(start: string, partnersOf: Map<string, string[]>, docIndex: Map<string, number>) {
  const component: string[] = [];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    component.push(id);
    for (const p of partnersOf.get(id) ?? [])
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
  }
  if (component.length <= 2) return component;
  const degree = (id: string) => (partnersOf.get(id) ?? []).filter((p) => seen.has(p)).length;
  const edges = component.reduce((sum, id) => sum + degree(id), 0) / 2;
  // A chain: first wife – man – second wife.
  if (edges === component.length - 1 && component.every((id) => degree(id) <= 2)) {
    const ends = component
      .filter((id) => degree(id) === 1)
      .sort((a, b) => docIndex.get(a)! - docIndex.get(b)!);
    const path = [ends[0]!];
    while (path.length < component.length) {
      const last = path[path.length - 1]!;
      const next = (partnersOf.get(last) ?? []).find((p) => !path.includes(p));
      if (next === undefined) break;
      path.push(next);
    }
    if (path.length === component.length) return path;
  }
  // A person with several partners: she stands in the middle of them.
  const hub = component.find((id) => degree(id) === component.length - 1);
  if (hub !== undefined && edges === component.length - 1) {
    const others = (partnersOf.get(hub) ?? []).filter((p) => seen.has(p));
    const half = Math.ceil(others.length / 2);
    return [...others.slice(0, half), hub, ...others.slice(half)];
  }
  return component;
}

function primaryUnion(cluster: Cluster, parentUnionsOf: Map<string, string[]>): string | null {
  for (const member of cluster.members) {
    const key = parentUnionsOf.get(member)?.[0];
    if (key !== undefined) return key;
  }
  return null;
}

/**
 * The positions closest (in weighted least squares) to the wanted ones that keep the order and at
 * least `gaps[i]` between item i-1 and item i: pool-adjacent-violators on the shifted problem.
 */
export function isotonicWithGaps(wanted: { d: number; w: number }[], gaps: number[]): number[] {
  const shift: number[] = [];
  let acc = 0;
  wanted.forEach((_, i) => {
    acc += i === 0 ? 0 : gaps[i]!;
    shift.push(acc);
  });
  const blocks: { sum: number; weight: number; count: number }[] = [];
  wanted.forEach(({ d, w }, i) => {
    blocks.push({ sum: (d - shift[i]!) * w, weight: w, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.sum / prev.weight <= last.sum / last.weight) break;
      blocks.splice(blocks.length - 2, 2, {
        sum: prev.sum + last.sum,
        weight: prev.weight + last.weight,
        count: prev.count + last.count,
      });
    }
  });
  const out: number[] = [];
  for (const block of blocks) {
    const value = block.sum / block.weight;
    for (let k = 0; k < block.count; k++) out.push(value + shift[out.length]!);
  }
  return out;
}

/** Sibship lines between the same two rows that would overlap are put at different heights. */
function staggerSibships(sibships: PlacedSibship[]) {
  const byRow = new Map<number, PlacedSibship[]>();
  for (const s of sibships) byRow.set(s.lineY, [...(byRow.get(s.lineY) ?? []), s]);
  for (const group of byRow.values()) {
    const span = (s: PlacedSibship) => {
      const xs = [s.fromX, ...s.children.map((c) => c.x)];
      return [Math.min(...xs), Math.max(...xs)] as const;
    };
    group.sort((a, b) => span(a)[0] - span(b)[0]);
    const levelEnds: number[] = [];
    for (const s of group) {
      const [from, to] = span(s);
      let level = levelEnds.findIndex((end) => end < from - 12);
      if (level === -1) {
        level = levelEnds.length;
        levelEnds.push(to);
      } else levelEnds[level] = to;
      s.lineY -= level * 12;
    }
  }
}

/** A rounded outline around the household's members, row by row (a staircase when rows differ). */
function householdOutline(
  household: LayoutInput['households'][number],
  persons: Map<string, PlacedPerson>,
): PlacedHousehold | null {
  const members = household.memberIds.map((id) => persons.get(id)).filter((p) => p !== undefined);
  if (members.length === 0) return null;
  const byRow = new Map<number, number[]>();
  for (const m of members) byRow.set(m.y, [...(byRow.get(m.y) ?? []), m.x]);
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  const pad = SLOT / 2 - 6;
  const bands = rows.map(([y, xs]) => ({
    left: Math.min(...xs) - pad,
    right: Math.max(...xs) + pad,
    top: y - SYMBOL / 2 - 12,
    bottom: y + SYMBOL / 2 + 58,
  }));
  for (let i = 0; i < bands.length - 1; i++) {
    const mid = (bands[i]!.bottom + bands[i + 1]!.top) / 2;
    bands[i]!.bottom = mid;
    bands[i + 1]!.top = mid;
  }
  const points: [number, number][] = [];
  for (const b of bands) points.push([b.right, b.top], [b.right, b.bottom]);
  for (const b of [...bands].reverse()) points.push([b.left, b.bottom], [b.left, b.top]);
  const first = bands[0]!;
  return {
    id: household.id,
    path: roundedPolygon(dedupe(points), 16),
    labelX: first.left + 10,
    labelY: first.top - 6,
  };
}

function dedupe(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  if (out.length > 1) {
    const a = out[0]!;
    const z = out[out.length - 1]!;
    if (a[0] === z[0] && a[1] === z[1]) out.pop();
  }
  // Drop points on a straight line between their neighbours.
  return out.filter((p, i) => {
    const prev = out[(i - 1 + out.length) % out.length]!;
    const next = out[(i + 1) % out.length]!;
    return !((prev[0] === p[0] && p[0] === next[0]) || (prev[1] === p[1] && p[1] === next[1]));
  });
}

/** An SVG path around the points with the corners rounded. */
export function roundedPolygon(points: [number, number][], radius: number): string {
  const n = points.length;
  if (n < 3) return '';
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const prev = points[(i - 1 + n) % n]!;
    const p = points[i]!;
    const next = points[(i + 1) % n]!;
    const inLen = Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    const outLen = Math.hypot(next[0] - p[0], next[1] - p[1]);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const a: [number, number] = [
      p[0] + ((prev[0] - p[0]) / inLen) * r,
      p[1] + ((prev[1] - p[1]) / inLen) * r,
    ];
    const b: [number, number] = [
      p[0] + ((next[0] - p[0]) / outLen) * r,
      p[1] + ((next[1] - p[1]) / outLen) * r,
    ];
    parts.push(`${i === 0 ? 'M' : 'L'}${round(a[0])},${round(a[1])}`);
    parts.push(`Q${round(p[0])},${round(p[1])} ${round(b[0])},${round(b[1])}`);
  }
  return `${parts.join('')}Z`;
}

const round = (v: number) => Math.round(v * 10) / 10;

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The person the selection moves to with an arrow key, or null at the edge of the drawing. */
export function neighbour(layout: GenogramLayout, fromId: string, direction: Direction): string | null {
  const from = layout.persons.get(fromId);
  if (!from) return layout.rows.find((r) => r.length > 0)?.[0] ?? null;
  const row = layout.rows[from.generation] ?? [];
  const i = row.indexOf(fromId);
  if (direction === 'left') return row[i - 1] ?? null;
  if (direction === 'right') return row[i + 1] ?? null;
  const step = direction === 'up' ? -1 : 1;
  for (let g = from.generation + step; g >= 0 && g < layout.rows.length; g += step) {
    const candidates = layout.rows[g]!;
    if (candidates.length === 0) continue;
    let best = candidates[0]!;
    for (const id of candidates)
      if (Math.abs(layout.persons.get(id)!.x - from.x) < Math.abs(layout.persons.get(best)!.x - from.x))
        best = id;
    return best;
  }
  return null;
}
