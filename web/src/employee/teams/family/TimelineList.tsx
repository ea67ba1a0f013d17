import type { TimelineEvent } from '@lumo/domain';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';

export const sourceColor = {
  team: colors.accentTertiaryDark1,
  record: colors.highlightBase,
};

/** An event's date as precisely as it is known: '3.11.2025', '6/2022' or '2019'. */
export function eventDate(event: Pick<TimelineEvent, 'date' | 'datePrecision'>, t: Translations): string {
  const [y, m] = event.date.split('-').map(Number) as [number, number];
  if (event.datePrecision === 'year') return String(y);
  if (event.datePrecision === 'month') return t.teams.timeline.monthYear(m, y);
  return formatLocalDate(event.date);
}

export function eventTitle(event: TimelineEvent, t: Translations): string {
  return event.title || t.teams.timeline.kinds[event.kind];
}

const Years = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
  > li > h3 {
    margin: 0;
    padding: ${spacing.xs} 0;
    font-size: 22px;
    line-height: 1.2;
  }
`;

const Events = styled.ol<{ $compact: boolean }>`
  list-style: none;
  margin: 0 0 ${spacing.s};
  padding: 0 0 0 ${({ $compact }) => ($compact ? 22 : 30)}px;
  border-left: 3px solid ${colors.depthLight1};
  margin-left: 8px;
  > li {
    position: relative;
    padding: 4px 0 ${({ $compact }) => ($compact ? 8 : 14)}px;
  }
  > li::before {
    content: '';
    position: absolute;
    left: ${({ $compact }) => ($compact ? -31 : -39)}px;
    top: 9px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--dot);
    border: 3px solid ${colors.whiteBase};
    box-shadow: 0 0 0 1px var(--dot);
  }
  > li.record::before {
    border-radius: 3px;
  }
  .when {
    font-weight: 600;
    color: ${colors.depthDark1};
    font-size: 15px;
    font-variant-numeric: tabular-nums;
  }
  .title {
    margin: 0;
    font-weight: 600;
    font-size: ${({ $compact }) => ($compact ? 16 : 18)}px;
  }
  .kind {
    font-weight: 400;
    color: ${colors.depthDark1};
    font-size: 15px;
  }
  .description {
    margin: 2px 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-width: 75ch;
  }
  .actions {
    margin-top: 4px;
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.xs};
  }
`;

/** The events on one vertical axis, grouped by year, newest year last (the story reads downwards). */
export function TimelineList({
  events,
  compact = false,
  actions,
}: {
  events: TimelineEvent[];
  compact?: boolean;
  actions?: (event: TimelineEvent) => ReactNode;
}) {
  const { t } = useI18n();
  if (events.length === 0)
    return <p style={{ margin: 0, color: colors.depthDark1 }}>{t.teams.timeline.empty}</p>;
  const years = new Map<string, TimelineEvent[]>();
  for (const e of events) years.set(e.date.slice(0, 4), [...(years.get(e.date.slice(0, 4)) ?? []), e]);
  return (
    <Years data-qa="timeline-list">
      {[...years.entries()].map(([year, list]) => (
        <li key={year}>
          {compact ? <p style={{ margin: '4px 0', fontWeight: 600 }}>{year}</p> : <h3>{year}</h3>}
          <Events $compact={compact}>
            {list.map((e) => (
              <li
                key={`${e.source}-${e.id}-${e.kind}`}
                className={e.source}
                style={{ ['--dot' as string]: sourceColor[e.source] }}
                data-qa="timeline-event"
                data-source={e.source}
                data-kind={e.kind}
              >
                <span className="when">{eventDate(e, t)}</span>
                <p className="title">
                  {eventTitle(e, t)}{' '}
                  <span className="kind">
                    · {e.source === 'team' ? t.teams.timeline.kinds[e.kind] : t.teams.timeline.sources.record}
                  </span>
                </p>
                {e.description && !compact ? <p className="description">{e.description}</p> : null}
                {e.description && compact && e.source === 'team' ? (
                  <p className="description">{e.description}</p>
                ) : null}
                {actions ? <div className="actions">{actions(e)}</div> : null}
              </li>
            ))}
          </Events>
        </li>
      ))}
    </Years>
  );
}
