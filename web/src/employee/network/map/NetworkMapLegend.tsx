import type { NetworkTie } from '@lumo/domain';
import { useId } from 'react';
import styled from 'styled-components';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { sectorOrder } from './layout';
import { sectorTint, TieLine, TieMarkers, tieCourse } from './NetworkMapSvg';

const LegendBox = styled.section`
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  padding: ${spacing.xs} ${spacing.s};
  background: ${colors.whiteBase};
  h3 {
    margin: 0 0 6px;
    font-size: 16px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
    gap: 4px ${spacing.s};
  }
  li {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 15px;
  }
  .swatch {
    flex: none;
    width: 26px;
    height: 18px;
    border-radius: 9px;
    border: 2px solid;
  }
`;

const sample = (tie: Pick<NetworkTie, 'strength' | 'stress' | 'support'>, markerId: string) => {
  const a = { id: 'a', x: 3, y: 12, width: 0, height: 0 };
  const b = { id: 'b', x: 60, y: 12, width: 0, height: 0 };
  return (
    <svg width={64} height={24} viewBox="0 0 64 24" aria-hidden="true" style={{ flex: 'none' }}>
      <TieMarkers id={markerId} />
      <TieLine c={tieCourse(a, b, null)} tie={tie} markerId={markerId} />
    </svg>
  );
};

/** What the lines, shapes and colours of the map mean; printed with it. */
export function NetworkMapLegend() {
  const { t } = useI18n();
  const l = t.network.legend;
  const headingId = useId();
  const markerId = `lg${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <LegendBox aria-labelledby={headingId} data-qa="network-legend" className="network-legend">
      <h3 id={headingId}>{l.title}</h3>
      <ul>
        <li>
          {sample({ strength: 'strong', stress: 'none', support: 'none' }, markerId)}
          {l.strong}
        </li>
        <li>
          {sample({ strength: 'moderate', stress: 'none', support: 'none' }, markerId)}
          {l.moderate}
        </li>
        <li>
          {sample({ strength: 'weak', stress: 'none', support: 'none' }, markerId)}
          {l.weak}
        </li>
        <li>
          {sample({ strength: 'moderate', stress: 'some', support: 'none' }, markerId)}
          {l.some}
        </li>
        <li>
          {sample({ strength: 'moderate', stress: 'high', support: 'none' }, markerId)}
          {l.high}
        </li>
        <li>
          {sample({ strength: 'moderate', stress: 'none', support: 'from_to' }, markerId)}
          {l.support}
        </li>
        <li>
          <svg width={64} height={24} aria-hidden="true" style={{ flex: 'none' }}>
            <rect
              x={4}
              y={3}
              width={56}
              height={18}
              rx={9}
              fill={colors.whiteBase}
              stroke={colors.blackBase}
              strokeWidth={1.8}
            />
          </svg>
          {l.person}
        </li>
        <li>
          <svg width={64} height={24} aria-hidden="true" style={{ flex: 'none' }}>
            <rect
              x={4}
              y={3}
              width={56}
              height={18}
              rx={2}
              fill={colors.whiteBase}
              stroke={colors.blackBase}
              strokeWidth={1.8}
            />
            <text x={54} y={15} textAnchor="end" fontSize={11}>
              ⚑
            </text>
          </svg>
          {l.service}
        </li>
        {sectorOrder.map((s) => (
          <li key={s}>
            <span
              className="swatch"
              style={{ background: sectorTint[s].fill, borderColor: sectorTint[s].stroke }}
            />
            {t.network.sectors[s]}
          </li>
        ))}
      </ul>
    </LegendBox>
  );
}
