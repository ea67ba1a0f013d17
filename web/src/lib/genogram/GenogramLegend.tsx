import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors, spacing } from '../components/theme';
import { useI18n } from '../i18n';
import { lineColors } from './GenogramSvg';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 210px), 1fr));
  gap: ${spacing.xs} ${spacing.m};
  li {
    display: flex;
    align-items: center;
    gap: ${spacing.xs};
    font-size: 15px;
    line-height: 1.3;
  }
  svg {
    flex: none;
  }
`;

const ink = colors.blackBase;
const white = colors.whiteBase;

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width={56} height={30} viewBox="0 0 56 30" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const hline = (extra: Record<string, unknown> = {}) => (
  <path d="M4,15H52" stroke={ink} strokeWidth={2.25} fill="none" {...extra} />
);

/** What each symbol and line of the genogram means. */
export function GenogramLegend({ headingId }: { headingId?: string }) {
  const { t } = useI18n();
  const l = t.teams.genogram.legendItems;
  const items: [ReactNode, string][] = [
    [<rect key="m" x={17} y={4} width={22} height={22} fill={white} stroke={ink} strokeWidth={2} />, l.male],
    [<circle key="f" cx={28} cy={15} r={11} fill={white} stroke={ink} strokeWidth={2} />, l.female],
    [<path key="o" d="M28,2L41,15L28,28L15,15Z" fill={white} stroke={ink} strokeWidth={2} />, l.other],
    [
      <path
        key="u"
        d="M28,2L41,15L28,28L15,15Z"
        fill={white}
        stroke={ink}
        strokeWidth={2}
        strokeDasharray="5 4"
      />,
      l.unknown,
    ],
    [
      <g key="d">
        <rect x={17} y={4} width={22} height={22} fill={white} stroke={ink} strokeWidth={2} />
        <path d="M15,2L41,28M41,2L15,28" stroke={ink} strokeWidth={2} />
      </g>,
      l.deceased,
    ],
    [
      <g key="c">
        <circle cx={28} cy={15} r={13} fill={white} stroke={ink} strokeWidth={2.25} />
        <circle cx={28} cy={15} r={9} fill={white} stroke={ink} strokeWidth={2.25} />
      </g>,
      l.familyChild,
    ],
    [hline(), l.married],
    [hline({ strokeDasharray: '8 5' }), l.cohabiting],
    [
      <g key="s">
        {hline()}
        <path d="M22,25L34,5" stroke={ink} strokeWidth={2} />
      </g>,
      l.separated,
    ],
    [
      <g key="v">
        {hline()}
        <path d="M17,25L29,5M27,25L39,5" stroke={ink} strokeWidth={2} />
      </g>,
      l.divorced,
    ],
    [<path key="b" d="M28,2V28" stroke={ink} strokeWidth={2} />, l.biological],
    [<path key="a" d="M28,2V28" stroke={ink} strokeWidth={2} strokeDasharray="7 5" />, l.adopted],
    [
      <path
        key="fo"
        d="M28,3V28"
        stroke={ink}
        strokeWidth={2.6}
        strokeDasharray="1.5 5"
        strokeLinecap="round"
      />,
      l.foster,
    ],
    [
      <g key="cl">
        <path d="M4,15H52" stroke={lineColors.close} strokeWidth={7.5} strokeLinecap="round" />
        <path d="M4,15H52" stroke={white} strokeWidth={2.5} strokeLinecap="round" />
      </g>,
      l.close,
    ],
    [
      <path
        key="di"
        d="M4,15H52"
        stroke={lineColors.distant}
        strokeWidth={3}
        strokeDasharray="0.1 7"
        strokeLinecap="round"
      />,
      l.distant,
    ],
    [
      <path
        key="co"
        d="M4,15L9,10L15,20L21,10L27,20L33,10L39,20L45,10L52,15"
        stroke={lineColors.conflicted}
        strokeWidth={2.25}
        fill="none"
      />,
      l.conflicted,
    ],
    [
      <g key="cu" stroke={lineColors.cutOff} strokeWidth={2.25}>
        <path d="M4,15H23M33,15H52" />
        <path d="M23,5V25M33,5V25" strokeWidth={2.5} />
      </g>,
      l.cutOff,
    ],
    [
      <g key="ab">
        <path
          d="M4,15L9,10L15,20L21,10L27,20L33,10L39,20L44,15"
          stroke={lineColors.abusive}
          strokeWidth={2.5}
          fill="none"
        />
        <path d="M43,9L53,15L43,21Z" fill={lineColors.abusive} />
      </g>,
      l.abusive,
    ],
    [
      <rect
        key="h"
        x={5}
        y={4}
        width={46}
        height={22}
        rx={8}
        fill="hsla(212, 63%, 45%, 0.045)"
        stroke={lineColors.household}
        strokeWidth={1.75}
        strokeDasharray="9 6"
      />,
      l.household,
    ],
  ];
  return (
    <List aria-labelledby={headingId} data-qa="genogram-legend">
      {items.map(([icon, text]) => (
        <li key={text}>
          <Icon>{icon}</Icon>
          <span>{text}</span>
        </li>
      ))}
    </List>
  );
}
