import type { Hypothesis } from '@lumo/domain';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { capitalise } from '../format';

/**
 * The iceberg (seeds/004): above the waterline the visible concern or risk that everyone sees; beneath
 * it, the hypotheses about what sustains it. Drawn with CSS and SVG, calm enough for a projector.
 */

const Figure = styled.figure`
  margin: 0 0 ${spacing.m};
  border-radius: 6px;
  overflow: hidden;
  border: 1px solid hsl(208, 45%, 78%);
  font-size: 18px;
`;

const Above = styled.div`
  position: relative;
  padding: ${spacing.m} ${spacing.m} 0;
  background: linear-gradient(180deg, hsl(205, 70%, 97%) 0%, hsl(204, 62%, 92%) 100%);
  .label {
    position: relative;
    z-index: 1;
    margin: 0 0 ${spacing.xs};
    font-size: 14px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: hsl(208, 55%, 30%);
  }
  .tip {
    position: relative;
    z-index: 1;
    margin: 0 auto;
    max-width: 720px;
    padding: ${spacing.s} ${spacing.m} ${spacing.l};
  }
  > svg {
    position: absolute;
    left: 0;
    bottom: 0;
    width: 100%;
    height: 100%;
  }
`;

const Water = styled.div`
  position: relative;
  padding: ${spacing.l} ${spacing.m} ${spacing.m};
  background: linear-gradient(180deg, hsl(208, 62%, 30%) 0%, hsl(212, 70%, 18%) 100%);
  color: ${colors.whiteBase};
  .label {
    position: relative;
    z-index: 1;
    margin: 0 0 ${spacing.s};
    font-size: 15px;
    font-weight: 600;
    letter-spacing: 0.04em;
    color: hsl(200, 80%, 88%);
  }
  > svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  ul {
    position: relative;
    z-index: 1;
    list-style: none;
    margin: 0 auto;
    padding: 0;
    max-width: 760px;
    display: flex;
    flex-direction: column;
    gap: ${spacing.xs};
  }
  li {
    display: flex;
    gap: ${spacing.s};
    align-items: baseline;
    justify-content: space-between;
    padding: 8px 14px;
    border-radius: 6px;
    background: hsla(205, 80%, 90%, 0.12);
    border: 1px solid hsla(205, 80%, 90%, 0.28);
    line-height: 1.4;
  }
  li.set_aside {
    opacity: 0.82;
    text-decoration: line-through;
    text-decoration-color: hsla(0, 0%, 100%, 0.55);
  }
  .status {
    flex: none;
    font-size: 14px;
    font-weight: 600;
    color: hsl(200, 80%, 90%);
    white-space: nowrap;
  }
  .empty {
    position: relative;
    z-index: 1;
    margin: 0;
    font-style: italic;
    color: hsl(200, 60%, 88%);
    text-align: center;
  }
  .question {
    position: relative;
    z-index: 1;
    margin: ${spacing.m} auto 0;
    max-width: 760px;
    font-size: 15px;
    font-style: italic;
    color: hsl(200, 60%, 88%);
    text-align: center;
  }
`;

export function Iceberg({
  concern,
  hypotheses,
  label,
}: {
  /** The visible concern (an editable text on the meeting screen). */
  concern: ReactNode;
  hypotheses: Hypothesis[];
  label: string;
}) {
  const { t } = useI18n();
  const i = t.teams.iceberg;
  const shown = [...hypotheses].sort((a, b) => rank(a) - rank(b));
  return (
    <Figure aria-label={label} data-qa="iceberg">
      <Above>
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {/* The tip: a soft white peak rising from the waterline behind the concern. */}
          <path
            d="M14,100 L24,62 L33,48 L40,22 L47,8 L53,4 L60,18 L66,30 L74,52 L82,70 L88,100 Z"
            fill="hsl(0, 0%, 100%)"
            stroke="hsl(206, 45%, 72%)"
            strokeWidth="0.6"
            vectorEffect="non-scaling-stroke"
          />
          <path
            d="M47,8 L50,40 L44,70 L46,100"
            fill="none"
            stroke="hsl(206, 50%, 88%)"
            strokeWidth="1.2"
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        <p className="label">{i.above}</p>
        <div className="tip" data-qa="iceberg-concern">
          {concern}
        </div>
      </Above>
      <Water>
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {/* The mass beneath: wider than the tip, fading into the deep. */}
          <defs>
            <linearGradient id="iceberg-depth" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0" stopColor="hsl(200, 70%, 85%)" stopOpacity="0.30" />
              <stop offset="1" stopColor="hsl(200, 70%, 85%)" stopOpacity="0.06" />
            </linearGradient>
          </defs>
          <path
            d="M14,0 L88,0 L96,30 L92,62 L80,88 L58,100 L36,97 L16,84 L5,56 L8,24 Z"
            fill="url(#iceberg-depth)"
          />
          <path
            d="M0,1.5 Q6,0 12,1.5 T24,1.5 T36,1.5 T48,1.5 T60,1.5 T72,1.5 T84,1.5 T96,1.5 T108,1.5"
            fill="none"
            stroke="hsl(200, 80%, 88%)"
            strokeWidth="1.5"
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        <p className="label">{i.below}</p>
        {shown.length === 0 ? (
          <p className="empty">{i.noHypotheses}</p>
        ) : (
          <ul>
            {shown.map((h) => (
              <li key={h.id} className={h.status} data-qa="iceberg-hypothesis">
                <span>{h.text}</span>
                <span className="status">{capitalise(t.teams.hypotheses.statuses[h.status])}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="question">{i.question}</p>
      </Water>
    </Figure>
  );
}

const rank = (h: Hypothesis) => (h.status === 'supported' ? 0 : h.status === 'open' ? 1 : 2);
