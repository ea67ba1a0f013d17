import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors, spacing, typography } from './theme';

export const Card = styled.section`
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 2px;
  padding: ${spacing.m} ${spacing.l};
  margin-bottom: ${spacing.m};
  min-width: 0;
  @media (max-width: 700px) {
    padding: ${spacing.s};
  }
`;

export const H2 = styled.h2`
  ${typography.heading3}
  margin: 0 0 ${spacing.xs};
  color: ${colors.blackBase};
`;

export const H3 = styled.h3`
  ${typography.heading4}
  margin: ${spacing.m} 0 ${spacing.xs};
`;

export const Lead = styled.p`
  margin: 0 0 ${spacing.m};
  max-width: 75ch;
  color: ${colors.blackBase};
`;

export const Muted = styled.p`
  margin: 0 0 ${spacing.s};
  color: ${colors.depthDark1};
  max-width: 75ch;
`;

/** Cards side by side on a wide screen, one under another on a narrow one. */
export const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr));
  gap: 0 ${spacing.m};
  align-items: start;
`;

const Dl = styled.dl`
  display: grid;
  grid-template-columns: minmax(9rem, max-content) minmax(0, 1fr);
  gap: 6px ${spacing.m};
  margin: 0;
  > div {
    display: contents;
  }
  dt {
    color: ${colors.depthDark1};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 480px) {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
    dd {
      margin-bottom: ${spacing.xs};
    }
  }
`;

export interface Fact {
  label: ReactNode;
  value: ReactNode;
  qa?: string;
}

/** Label–value pairs as a description list. */
export function FactList({ facts, ...rest }: { facts: Fact[]; 'data-qa'?: string }) {
  return (
    <Dl {...rest}>
      {facts.map((fact, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: facts are a fixed list per render
        <div key={index}>
          <dt>{fact.label}</dt>
          <dd data-qa={fact.qa}>{fact.value}</dd>
        </div>
      ))}
    </Dl>
  );
}

/** A small coloured tag, e.g. for emergency access or non-disclosure. */
export const Tag = styled.span<{ $tone?: 'warning' | 'alert' | 'neutral' }>`
  display: inline-block;
  padding: 0 8px;
  border-radius: 12px;
  font-size: 14px;
  font-weight: 600;
  line-height: 22px;
  white-space: nowrap;
  color: ${colors.blackBase};
  background: ${({ $tone }) =>
    $tone === 'warning'
      ? colors.warningLight1
      : $tone === 'alert'
        ? colors.alertLight1
        : colors.highlightLight3};
  border: 1px solid
    ${({ $tone }) => ($tone === 'warning' ? colors.warningBase : $tone === 'alert' ? colors.alertBase : colors.highlightLight2)};
`;
