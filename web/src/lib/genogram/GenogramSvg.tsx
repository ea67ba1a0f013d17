import type { GenogramDocument } from '@lumo/domain';
import { type MouseEvent, useId } from 'react';
import { colors } from '../components/theme';
import { type Translations, useI18n } from '../i18n';
import type { GenogramLayout, PlacedCouple, PlacedPerson } from './layout';
import { SYMBOL } from './layout';
import type { DrawnGenogram, DrawnPerson } from './model';

/**
 * The genogram drawn with the standard symbols (McGoldrick): a square for a man, a circle for a woman,
 * a diamond for another gender (dashed when not known); a cross over the deceased; a double outline for
 * the family's children, with the age inside. Couple lines: solid married, dashed cohabiting, one slash
 * separated, two slashes divorced. Child lines: solid biological, dashed adopted, dotted foster.
 * Emotional lines: double (close), dotted (distant), zig-zag (conflicted), broken with bars (cut off),
 * red zig-zag with an arrow (abusive). Households: a rounded dashed line around those who live together.
 */

export const lineColors = {
  ink: colors.blackBase,
  close: 'hsl(150, 62%, 27%)',
  distant: 'hsl(202, 9%, 38%)',
  conflicted: 'hsl(28, 90%, 32%)',
  cutOff: 'hsl(0, 0%, 20%)',
  abusive: 'hsl(350, 78%, 40%)',
  household: 'hsl(212, 40%, 38%)',
  selection: colors.highlightBase,
  focus: colors.accentSecondary,
};

const HALF = SYMBOL / 2;
const halo = {
  paintOrder: 'stroke',
  stroke: colors.whiteBase,
  strokeWidth: 4,
  strokeLinejoin: 'round',
} as const;

/** Solid biological, dashed adopted, dotted foster. */
function childStroke(kind: 'biological' | 'adopted' | 'foster') {
  return {
    strokeDasharray: kind === 'adopted' ? '7 5' : kind === 'foster' ? '1.5 5' : undefined,
    strokeLinecap: kind === 'foster' ? ('round' as const) : ('butt' as const),
    strokeWidth: kind === 'foster' ? 2.6 : 2,
  };
}

export interface GenogramSvgProps {
  genogram: DrawnGenogram;
  layout: GenogramLayout;
  /** The accessible name of the drawing (role img; the table beside it is the text alternative). */
  label: string;
  selectedId?: string | null;
  /** The person a connection is being drawn from (mouse editing). */
  pendingFromId?: string | null;
  focused?: boolean;
  onPersonClick?: (id: string, event: MouseEvent) => void;
  /** Scale to the container's width instead of drawing at natural size. */
  fit?: boolean;
  maxHeight?: number;
  qa?: string;
}

export function GenogramSvg({
  genogram,
  layout,
  label,
  selectedId,
  pendingFromId,
  focused,
  onPersonClick,
  fit,
  maxHeight,
  qa,
}: GenogramSvgProps) {
  const titleId = useId();
  const markerId = `${useId().replace(/:/g, '')}-arrow`;
  const { t } = useI18n();
  const personById = new Map(genogram.persons.map((p) => [p.id, p]));
  const { width, height } = layout;

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${width} ${height}`}
      width={fit ? '100%' : width}
      height={fit ? undefined : height}
      style={{
        display: 'block',
        maxWidth: fit ? '100%' : undefined,
        maxHeight,
        fontFamily: "'Source Sans 3', 'Helvetica Neue', Arial, sans-serif",
        userSelect: 'none',
      }}
      data-qa={qa}
      data-persons={genogram.persons.length}
    >
      <title id={titleId}>{label}</title>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" fill={lineColors.abusive} />
        </marker>
      </defs>
      <rect x={0} y={0} width={width} height={height} fill={colors.whiteBase} />

      {layout.households.map((h) => {
        return (
          <g key={h.id} data-qa="genogram-household">
            <path
              d={h.path}
              fill="hsla(212, 63%, 45%, 0.045)"
              stroke={lineColors.household}
              strokeWidth={1.75}
              strokeDasharray="9 6"
            />
          </g>
        );
      })}

      {genogram.relationships.map((r) => {
        const from = layout.persons.get(r.fromId);
        const to = layout.persons.get(r.toId);
        if (!from || !to || r.fromId === r.toId) return null;
        return <EmotionalLine key={r.id} from={from} to={to} kind={r.kind} markerId={markerId} />;
      })}

      {layout.sibships.map((s) => {
        const xs = [s.fromX, ...s.children.map((c) => c.x)];
        // An only child's line shows its kind from the parents down, not only its last stretch.
        const only = s.children.length === 1 ? s.children[0] : undefined;
        return (
          <g key={s.key} stroke={lineColors.ink} strokeWidth={2} fill="none">
            <path
              d={`M${s.fromX},${s.fromY}V${s.lineY}M${Math.min(...xs)},${s.lineY}H${Math.max(...xs)}`}
              {...(only ? childStroke(only.kind) : {})}
            />
            {s.children.map((c) => (
              <path
                key={c.linkId}
                d={`M${c.x},${s.lineY}V${c.y - (personById.get(c.childId)?.isFamilyChild ? 5 : 0)}`}
                {...childStroke(c.kind)}
              />
            ))}
          </g>
        );
      })}

      {genogram.couples.map((c) => {
        const placed = layout.couples.get(c.id);
        if (!placed) return null;
        return <CoupleLine key={c.id} placed={placed} couple={c} />;
      })}

      {/* Households' names over the lines that cross their outlines, so that they stay legible. */}
      {layout.households.map((h) => {
        const label = genogram.households.find((x) => x.id === h.id)?.label;
        return label ? (
          <text
            key={h.id}
            x={h.labelX}
            y={h.labelY}
            fontSize={13}
            fontStyle="italic"
            fill={lineColors.household}
            style={halo}
            data-qa="genogram-household-name"
          >
            {label}
          </text>
        ) : null;
      })}

      {genogram.persons.map((p) => {
        const placed = layout.persons.get(p.id);
        if (!placed) return null;
        return (
          <PersonSymbol
            key={p.id}
            person={p}
            placed={placed}
            selected={selectedId === p.id}
            pending={pendingFromId === p.id}
            focused={!!focused}
            labels={t.teams.genogram}
            onClick={onPersonClick}
          />
        );
      })}
    </svg>
  );
}

function CoupleLine({
  placed,
  couple,
}: {
  placed: PlacedCouple;
  couple: GenogramDocument['couples'][number];
}) {
  const { midX, midY } = placed;
  const years =
    couple.fromYear !== null || couple.toYear !== null
      ? `${couple.fromYear ?? ''}${couple.toYear !== null ? `–${couple.toYear}` : ''}`
      : '';
  const slash = (dx: number) => (
    <path
      key={dx}
      d={`M${midX + dx - 6},${midY + 10}L${midX + dx + 6},${midY - 10}`}
      stroke={lineColors.ink}
      strokeWidth={2}
    />
  );
  return (
    <g data-qa="genogram-couple" data-kind={couple.kind}>
      <path
        d={placed.path}
        fill="none"
        stroke={lineColors.ink}
        strokeWidth={2.25}
        strokeDasharray={couple.kind === 'cohabiting' ? '8 5' : undefined}
      />
      {couple.kind === 'separated' ? slash(0) : null}
      {couple.kind === 'divorced' ? [slash(-5), slash(5)] : null}
      {years ? (
        <text x={midX} y={midY - 9} fontSize={12} textAnchor="middle" fill={colors.depthDark1} style={halo}>
          {years}
        </text>
      ) : null}
    </g>
  );
}

function PersonSymbol({
  person,
  placed,
  selected,
  pending,
  focused,
  labels,
  onClick,
}: {
  person: DrawnPerson;
  placed: PlacedPerson;
  selected: boolean;
  pending: boolean;
  focused: boolean;
  labels: Translations['teams']['genogram'];
  onClick?: ((id: string, event: MouseEvent) => void) | undefined;
}) {
  const { x, y } = placed;
  const ink = lineColors.ink;
  const stroke = { stroke: ink, strokeWidth: person.isFamilyChild ? 2.5 : 2, fill: colors.whiteBase };
  const dashed = person.sex === 'unknown' ? { strokeDasharray: '5 4' } : {};
  const shape = (grow: number, extra: Record<string, unknown> = {}) => {
    const h = HALF + grow;
    if (person.sex === 'male')
      return <rect x={x - h} y={y - h} width={2 * h} height={2 * h} {...stroke} {...extra} />;
    if (person.sex === 'female') return <circle cx={x} cy={y} r={h} {...stroke} {...extra} />;
    const d = h * 1.2;
    return (
      <path
        d={`M${x},${y - d}L${x + d},${y}L${x},${y + d}L${x - d},${y}Z`}
        {...stroke}
        {...dashed}
        {...extra}
      />
    );
  };
  const lines = nameLines(person.name.trim() || labels.unnamed);
  const born = person.birthDate ? Number(person.birthDate.slice(0, 4)) : person.birthYear;
  const yearsText = person.deceased
    ? `${labels.lived(born === null ? '?' : String(born), person.deathYear === null ? '' : String(person.deathYear))}${person.age !== null ? ` (${person.age})` : ''}`
    : born !== null
      ? labels.born(String(born))
      : '';
  const textTop =
    y + HALF + (person.sex === 'other' || person.sex === 'unknown' ? 12 : 6) + (person.isFamilyChild ? 5 : 0);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drawing's container selects with the arrow keys
    <g
      data-qa="genogram-person"
      data-person-id={person.id}
      data-name={person.name}
      data-selected={selected || undefined}
      style={{ cursor: onClick ? 'pointer' : undefined }}
      onClick={
        onClick
          ? (event) => {
              event.stopPropagation();
              onClick(person.id, event);
            }
          : undefined
      }
    >
      {selected || pending ? (
        <rect
          x={x - 64}
          y={y - HALF - 14}
          width={128}
          height={HALF * 2 + 14 + 62}
          rx={10}
          fill={pending ? 'hsla(42, 93%, 50%, 0.16)' : colors.highlightLight3}
          stroke={
            focused && selected ? lineColors.focus : pending ? colors.warningBase : lineColors.selection
          }
          strokeWidth={focused && selected ? 3 : 2}
          strokeDasharray={pending ? '6 4' : undefined}
        />
      ) : null}
      {/* A transparent target as big as the symbol and the name, for the mouse. */}
      <rect x={x - 60} y={y - HALF - 8} width={120} height={HALF * 2 + 8 + 56} fill="transparent" />
      {person.isFamilyChild ? shape(5) : null}
      {shape(0)}
      {person.deceased ? (
        <path
          d={`M${x - HALF - 4},${y - HALF - 4}L${x + HALF + 4},${y + HALF + 4}M${x + HALF + 4},${y - HALF - 4}L${x - HALF - 4},${y + HALF + 4}`}
          stroke={ink}
          strokeWidth={2}
        />
      ) : person.age !== null ? (
        <text x={x} y={y + 6} fontSize={17} fontWeight={600} textAnchor="middle" fill={ink}>
          {person.age}
        </text>
      ) : null}
      {lines.map((line, i) => (
        <text
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one name
          key={i}
          x={x}
          y={textTop + 14 + i * 16}
          fontSize={14.5}
          fontWeight={person.isFamilyChild ? 600 : 400}
          textAnchor="middle"
          fill={ink}
          style={halo}
        >
          {line}
        </text>
      ))}
      {yearsText ? (
        <text
          x={x}
          y={textTop + 14 + lines.length * 16}
          fontSize={12.5}
          textAnchor="middle"
          fill={colors.depthDark1}
          style={halo}
        >
          {yearsText}
        </text>
      ) : null}
    </g>
  );
}

/** A name in at most two lines of about 17 characters, shortened with an ellipsis beyond. */
export function nameLines(name: string, width = 17): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const out = lines.slice(0, 2).map((l) => (l.length > width + 2 ? `${l.slice(0, width)}…` : l));
  if (lines.length > 2) out[1] = `${out[1]!.slice(0, width)}…`;
  return out;
}

/** A point on the quadratic curve between two persons, bowed away from the straight line. */
function curve(from: PlacedPerson, to: PlacedPerson) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const dist = Math.hypot(dx, dy) || 1;
  // Bow upwards for people in the same row (their line would run through their neighbours).
  // (the curve's peak is half the control point's offset: it must clear a symbol and its neighbour's name).
  const bow = from.y === to.y ? Math.min(150, 84 + dist * 0.08) : Math.min(48, 10 + dist * 0.1);
  let nx = -dy / dist;
  let ny = dx / dist;
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const cx = (from.x + to.x) / 2 + nx * bow;
  const cy = (from.y + to.y) / 2 + ny * bow;
  const at = (t: number) => {
    const u = 1 - t;
    return [
      u * u * from.x + 2 * u * t * cx + t * t * to.x,
      u * u * from.y + 2 * u * t * cy + t * t * to.y,
    ] as const;
  };
  return { at, dist };
}

/** Points along the curve from `a` to `b` (fractions), the ends kept clear of the symbols. */
function sample(from: PlacedPerson, to: PlacedPerson, a = 0, b = 1, step = 6) {
  const { at, dist } = curve(from, to);
  const clear = (HALF + 8) / dist;
  const start = Math.max(a, clear);
  const end = Math.min(b, 1 - clear);
  const n = Math.max(2, Math.ceil(((end - start) * dist) / step));
  const points: [number, number][] = [];
  for (let i = 0; i <= n; i++) points.push([...at(start + ((end - start) * i) / n)] as [number, number]);
  return points;
}

const poly = (points: [number, number][]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');

function zigzag(points: [number, number][], amplitude: number) {
  return points.map(([x, y], i) => {
    const prev = points[Math.max(0, i - 1)]!;
    const next = points[Math.min(points.length - 1, i + 1)]!;
    const dx = next[0] - prev[0];
    const dy = next[1] - prev[1];
    const len = Math.hypot(dx, dy) || 1;
    const side = i === 0 || i === points.length - 1 ? 0 : i % 2 === 0 ? 1 : -1;
    return [x + (-dy / len) * amplitude * side, y + (dx / len) * amplitude * side] as [number, number];
  });
}

function EmotionalLine({
  from,
  to,
  kind,
  markerId,
}: {
  from: PlacedPerson;
  to: PlacedPerson;
  kind: GenogramDocument['relationships'][number]['kind'];
  markerId: string;
}) {
  const common = { fill: 'none', strokeLinejoin: 'round' as const, strokeLinecap: 'round' as const };
  if (kind === 'close') {
    const d = poly(sample(from, to));
    return (
      <g data-qa="genogram-line" data-kind={kind}>
        <path d={d} stroke={lineColors.close} strokeWidth={7.5} {...common} />
        <path d={d} stroke={colors.whiteBase} strokeWidth={2.5} {...common} />
      </g>
    );
  }
  if (kind === 'distant')
    return (
      <path
        data-qa="genogram-line"
        data-kind={kind}
        d={poly(sample(from, to))}
        stroke={lineColors.distant}
        strokeWidth={3}
        strokeDasharray="0.1 7"
        {...common}
      />
    );
  if (kind === 'conflicted' || kind === 'abusive') {
    const color = kind === 'abusive' ? lineColors.abusive : lineColors.conflicted;
    const points = zigzag(sample(from, to, 0, kind === 'abusive' ? 0.97 : 1, 7), 5.5);
    return (
      <path
        data-qa="genogram-line"
        data-kind={kind}
        d={poly(points)}
        stroke={color}
        strokeWidth={kind === 'abusive' ? 2.5 : 2.25}
        markerEnd={kind === 'abusive' ? `url(#${markerId})` : undefined}
        {...common}
        strokeLinecap="butt"
      />
    );
  }
  // Cut off: the line is broken in the middle, with a bar on each side of the gap.
  const first = sample(from, to, 0, 0.44);
  const second = sample(from, to, 0.56, 1);
  const bar = (p: [number, number], q: [number, number]) => {
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    const len = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [(-dy / len) * 10, (dx / len) * 10];
    return `M${(p[0] + nx).toFixed(1)},${(p[1] + ny).toFixed(1)}L${(p[0] - nx).toFixed(1)},${(p[1] - ny).toFixed(1)}`;
  };
  const end = first[first.length - 1]!;
  const beforeEnd = first[first.length - 2] ?? first[0]!;
  const start = second[0]!;
  const afterStart = second[1] ?? start;
  return (
    <g data-qa="genogram-line" data-kind={kind} stroke={lineColors.cutOff} strokeWidth={2.25} {...common}>
      <path d={poly(first)} />
      <path d={poly(second)} />
      <path d={`${bar(end, beforeEnd)}${bar(start, afterStart)}`} strokeWidth={2.5} />
    </g>
  );
}
