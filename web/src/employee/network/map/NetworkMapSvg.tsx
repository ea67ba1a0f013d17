import type { NetworkMapDocument, NetworkNode, NetworkTie } from '@lumo/domain';
import { type MouseEvent, useId } from 'react';
import { colors } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { edgePoint, type NetworkLayout, type PlacedNode } from './layout';

/**
 * The network map drawn with the conventions of the ecomap (Hartman): the child in the centre, a thick
 * line for a strong tie, a normal one for a moderate tie, a dashed one for a weak tie; a zig-zag for a
 * stressful tie (with cross bars when somewhat stressful); arrows for the way support flows. People
 * are drawn rounded, services square-cornered, each tinted by its sector.
 */

export const sectorTint: Record<NetworkNode['sector'], { fill: string; stroke: string }> = {
  family: { fill: 'hsl(32, 95%, 93%)', stroke: 'hsl(28, 70%, 38%)' },
  relatives: { fill: 'hsl(48, 90%, 90%)', stroke: 'hsl(42, 70%, 30%)' },
  friends: { fill: 'hsl(95, 55%, 90%)', stroke: 'hsl(100, 45%, 28%)' },
  leisure: { fill: 'hsl(160, 50%, 90%)', stroke: 'hsl(165, 55%, 24%)' },
  school: { fill: 'hsl(205, 80%, 93%)', stroke: 'hsl(210, 60%, 35%)' },
  health: { fill: 'hsl(265, 60%, 94%)', stroke: 'hsl(265, 40%, 40%)' },
  social_services: { fill: 'hsl(330, 60%, 94%)', stroke: 'hsl(330, 45%, 38%)' },
  other: { fill: 'hsl(0, 0%, 94%)', stroke: 'hsl(0, 0%, 35%)' },
};

export const tieInk = { normal: 'hsl(212, 30%, 22%)', stress: 'hsl(355, 72%, 38%)' };
export const strengthWidth: Record<NetworkTie['strength'], number> = { strong: 5.5, moderate: 2.5, weak: 2 };
export const WEAK_DASH = '8 6';

type Point = { x: number; y: number };

/** A straight or bent line between two points, walked by `at(0…1)`. */
interface Course {
  from: Point;
  to: Point;
  control: Point | null;
  at: (t: number) => Point;
  length: number;
}

function course(from: Point, to: Point, control: Point | null): Course {
  const at = (t: number): Point =>
    control
      ? {
          x: (1 - t) ** 2 * from.x + 2 * (1 - t) * t * control.x + t ** 2 * to.x,
          y: (1 - t) ** 2 * from.y + 2 * (1 - t) * t * control.y + t ** 2 * to.y,
        }
      : { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
  let length = 0;
  let previous = at(0);
  for (let i = 1; i <= 16; i++) {
    const next = at(i / 16);
    length += Math.hypot(next.x - previous.x, next.y - previous.y);
    previous = next;
  }
  return { from, to, control, at, length };
}

const f = (n: number) => n.toFixed(1);

function normalAt(c: Course, t: number): Point {
  const a = c.at(Math.max(0, t - 0.01));
  const b = c.at(Math.min(1, t + 0.01));
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
}

/** The line itself: smooth, or a zig-zag with straight ends so the arrows point true. */
export function linePath(c: Course, zigzag: boolean): string {
  if (!zigzag) {
    return c.control
      ? `M ${f(c.from.x)} ${f(c.from.y)} Q ${f(c.control.x)} ${f(c.control.y)} ${f(c.to.x)} ${f(c.to.y)}`
      : `M ${f(c.from.x)} ${f(c.from.y)} L ${f(c.to.x)} ${f(c.to.y)}`;
  }
  const end = Math.min(16 / Math.max(c.length, 1), 0.25);
  const steps = Math.max(4, Math.round((c.length * (1 - 2 * end)) / 9));
  const parts = [`M ${f(c.from.x)} ${f(c.from.y)}`];
  const start = c.at(end);
  parts.push(`L ${f(start.x)} ${f(start.y)}`);
  for (let i = 1; i < steps; i++) {
    const t = end + ((1 - 2 * end) * i) / steps;
    const p = c.at(t);
    const n = normalAt(c, t);
    const side = i % 2 === 0 ? -6 : 6;
    parts.push(`L ${f(p.x + n.x * side)} ${f(p.y + n.y * side)}`);
  }
  const last = c.at(1 - end);
  parts.push(`L ${f(last.x)} ${f(last.y)} L ${f(c.to.x)} ${f(c.to.y)}`);
  return parts.join(' ');
}

/** Short bars across the line: a tie with some stress. */
function hatchPath(c: Course): string {
  const count = Math.max(2, Math.floor(c.length / 28));
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    const t = 0.15 + (0.7 * i) / (count + 1);
    const p = c.at(t);
    const n = normalAt(c, t);
    parts.push(`M ${f(p.x - n.x * 7)} ${f(p.y - n.y * 7)} L ${f(p.x + n.x * 7)} ${f(p.y + n.y * 7)}`);
  }
  return parts.join(' ');
}

/** Ties of the child run straight out; ties between two others bend towards the child, inside the ring. */
export function tieCourse(a: PlacedNode, b: PlacedNode, centre: Point | null): Course {
  const straight =
    !centre || (a.x === centre.x && a.y === centre.y) || (b.x === centre.x && b.y === centre.y);
  if (straight) return course(edgePoint(a, b), edgePoint(b, a), null);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  let dx = mid.x - centre.x;
  let dy = mid.y - centre.y;
  let len = Math.hypot(dx, dy);
  if (len < 1) {
    dx = -(b.y - a.y);
    dy = b.x - a.x;
    len = Math.hypot(dx, dy) || 1;
  }
  const bend = Math.min(Math.hypot(b.x - a.x, b.y - a.y) * 0.22, len * 0.6);
  const control = { x: mid.x - (dx / len) * bend, y: mid.y - (dy / len) * bend };
  return course(edgePoint(a, control), edgePoint(b, control), control);
}

/** One tie as the legend and the drawing show it. */
export function TieLine({
  c,
  tie,
  markerId,
  highlight,
}: {
  c: Course;
  tie: Pick<NetworkTie, 'strength' | 'stress' | 'support'>;
  markerId: string;
  highlight?: boolean;
}) {
  const stressed = tie.stress !== 'none';
  const ink = stressed ? tieInk.stress : tieInk.normal;
  const kind = stressed ? 'stress' : 'normal';
  const start = tie.support === 'to_from' || tie.support === 'both';
  const end = tie.support === 'from_to' || tie.support === 'both';
  const d = linePath(c, tie.stress === 'high');
  return (
    <g>
      {highlight ? (
        <path d={d} fill="none" stroke={colors.highlightLight2} strokeWidth={16} strokeLinecap="round" />
      ) : null}
      <path
        d={d}
        fill="none"
        stroke={ink}
        strokeWidth={strengthWidth[tie.strength]}
        strokeDasharray={tie.strength === 'weak' ? WEAK_DASH : undefined}
        strokeLinejoin="round"
        markerStart={start ? `url(#${markerId}-${kind}-${tie.strength})` : undefined}
        markerEnd={end ? `url(#${markerId}-${kind}-${tie.strength})` : undefined}
      />
      {tie.stress === 'some' ? <path d={hatchPath(c)} stroke={ink} strokeWidth={2.5} /> : null}
    </g>
  );
}

/** Arrow heads sized to the line's width, in both inks. */
export function TieMarkers({ id }: { id: string }) {
  return (
    <defs>
      {(['normal', 'stress'] as const).flatMap((kind) =>
        (['strong', 'moderate', 'weak'] as const).map((strength) => {
          // Marker units scale with the stroke: a thick line gets a proportionally smaller head.
          const size = 11 / Math.sqrt(strengthWidth[strength]);
          return (
            <marker
              key={`${kind}-${strength}`}
              id={`${id}-${kind}-${strength}`}
              viewBox="0 0 10 10"
              refX={9}
              refY={5}
              markerWidth={size}
              markerHeight={size}
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={tieInk[kind]} />
            </marker>
          );
        }),
      )}
    </defs>
  );
}

/** A label cut to fit its box; the full text is in the table and the node's title. */
function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export interface NetworkMapSvgProps {
  doc: NetworkMapDocument;
  layout: NetworkLayout;
  /** The accessible name (role img; the table is the text alternative). */
  label: string;
  selectedId?: string | null;
  /** The node a tie is being drawn from. */
  pendingFromId?: string | null;
  focused?: boolean;
  /** Nodes and ties to mark: what changed between two versions. */
  highlight?: ReadonlySet<string>;
  onNodeClick?: (id: string, event: MouseEvent) => void;
  fit?: boolean;
  qa?: string;
}

export function NetworkMapSvg({
  doc,
  layout,
  label,
  selectedId,
  pendingFromId,
  focused,
  highlight,
  onNodeClick,
  fit: fitWidth,
  qa,
}: NetworkMapSvgProps) {
  const { t } = useI18n();
  const titleId = useId();
  const markerId = `nm${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const child = doc.nodes.find((n) => n.kind === 'child');
  const centre = child ? (layout.nodes.get(child.id) ?? null) : null;

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={fitWidth ? '100%' : layout.width}
      height={fitWidth ? undefined : layout.height}
      style={{ display: 'block', maxWidth: '100%', height: 'auto', fontFamily: 'inherit' }}
      data-qa={qa}
    >
      <title id={titleId}>{label}</title>
      <TieMarkers id={markerId} />
      {layout.sectors.map((s) => (
        <g key={s.sector}>
          <text
            x={s.x}
            y={s.y}
            textAnchor={s.anchor}
            fontSize={16}
            fontWeight={700}
            fill={sectorTint[s.sector].stroke}
            style={{ textTransform: 'uppercase', letterSpacing: '0.04em' }}
          >
            {t.network.sectors[s.sector]}
          </text>
        </g>
      ))}
      {doc.ties.map((tie) => {
        const a = layout.nodes.get(tie.from);
        const b = layout.nodes.get(tie.to);
        if (!a || !b) return null;
        return (
          <g key={tie.id} data-qa="network-tie" data-tie={tie.id}>
            <TieLine
              c={tieCourse(a, b, centre)}
              tie={tie}
              markerId={markerId}
              highlight={highlight?.has(tie.id) ?? false}
            />
          </g>
        );
      })}
      {doc.nodes.map((node) => {
        const box = layout.nodes.get(node.id);
        if (!box) return null;
        const isChild = node.kind === 'child';
        const tint = isChild ? { fill: colors.whiteBase, stroke: colors.blackBase } : sectorTint[node.sector];
        const selected = node.id === selectedId;
        const pending = node.id === pendingFromId;
        const left = box.x - box.width / 2;
        const top = box.y - box.height / 2;
        const radius = node.kind === 'service' ? 3 : box.height / 2;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: the drawing's container selects with the arrow keys
          <g
            key={node.id}
            data-qa="network-node"
            data-node={node.id}
            data-name={node.name}
            onClick={onNodeClick ? (event) => onNodeClick(node.id, event) : undefined}
            style={{ cursor: onNodeClick ? 'pointer' : undefined }}
          >
            <title>{[node.name, node.role].filter(Boolean).join(', ')}</title>
            {selected || pending || highlight?.has(node.id) ? (
              <rect
                x={left - 6}
                y={top - 6}
                width={box.width + 12}
                height={box.height + 12}
                rx={radius + 6}
                fill="none"
                stroke={
                  pending ? colors.warningBase : selected ? colors.accentSecondary : colors.highlightBase
                }
                strokeWidth={selected && focused ? 5 : 4}
                strokeDasharray={pending ? '6 4' : undefined}
              />
            ) : null}
            <rect
              x={left}
              y={top}
              width={box.width}
              height={box.height}
              rx={radius}
              fill={tint.fill}
              stroke={tint.stroke}
              strokeWidth={isChild ? 3.5 : 1.8}
            />
            {node.kind === 'service' && node.serviceId ? (
              <text x={left + box.width - 10} y={top + 16} textAnchor="end" fontSize={13} fill={tint.stroke}>
                ⚑
              </text>
            ) : null}
            <text
              x={box.x}
              y={node.role ? box.y - 3 : box.y + 6}
              textAnchor="middle"
              fontSize={isChild ? 18 : 15}
              fontWeight={700}
              fill={colors.blackBase}
            >
              {fit(node.name, isChild ? 22 : 18)}
            </text>
            {node.role ? (
              <text x={box.x} y={box.y + 17} textAnchor="middle" fontSize={13.5} fill={colors.blackBase}>
                {fit(node.role, 21)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
