import type { WorklistGroup } from '@lumo/domain';
import styled from 'styled-components';
import { formatWeekdayDate } from '../dates';
import { useI18n } from '../i18n';
import { colors } from './theme';

export type Tone = 'alert' | 'urgent' | 'warning' | 'info' | 'neutral' | 'quiet';

/** The colour of a worklist group: red for what is late or not yet assessed, amber for today. */
export const groupTone: Record<WorklistGroup, Tone> = {
  urgencyNotAssessed: 'alert',
  urgent: 'urgent',
  overdue: 'alert',
  today: 'warning',
  thisWeek: 'info',
  undated: 'neutral',
  later: 'quiet',
};

export const toneColor: Record<Tone, string> = {
  alert: colors.alertBase,
  urgent: colors.accentBase,
  warning: colors.warningBase,
  info: colors.highlightBase,
  neutral: colors.depthBase,
  quiet: colors.depthLight1,
};

export const toneBackground: Record<Tone, string> = {
  alert: colors.alertLight1,
  urgent: colors.whiteBase,
  warning: colors.warningLight1,
  info: colors.highlightLight4,
  neutral: colors.depthLight3,
  quiet: colors.whiteBase,
};

const Badge = styled.span<{ $tone: Tone }>`
  display: inline-block;
  padding: ${({ $tone }) => ($tone === 'alert' || $tone === 'warning' ? '0 8px' : '0')};
  border-radius: 2px;
  font-size: 15px;
  line-height: 24px;
  white-space: nowrap;
  font-weight: ${({ $tone }) => ($tone === 'alert' || $tone === 'warning' ? 600 : 400)};
  color: ${({ $tone }) => ($tone === 'alert' ? colors.whiteBase : colors.blackBase)};
  background: ${({ $tone }) =>
    $tone === 'alert' ? colors.alertBase : $tone === 'warning' ? colors.warningLight1 : 'transparent'};
  border: 1px solid
    ${({ $tone }) => ($tone === 'alert' ? colors.alertBase : $tone === 'warning' ? colors.warningBase : 'transparent')};
`;

/** Days left to a due date: 'myöhässä 2 päivää' in white on red, 'tänään' on amber, else plain. */
export function DaysLeft({ daysLeft, qa }: { daysLeft: number | null; qa?: string }) {
  const { t } = useI18n();
  // The due date beside it already says there is none: a dash, not the same words twice.
  if (daysLeft === null)
    return (
      <span data-qa={qa}>
        <span aria-hidden="true">{t.common.empty}</span>
        <span className="visually-hidden">{t.clock.undated}</span>
      </span>
    );
  const tone: Tone = daysLeft < 0 ? 'alert' : daysLeft === 0 ? 'warning' : 'neutral';
  return (
    <Badge $tone={tone} data-qa={qa} data-days-left={daysLeft}>
      {t.common.daysLeft(daysLeft)}
    </Badge>
  );
}

/** A due date with its weekday ('ti 3.12.2026'), or 'ei määräpäivää'. */
export function DueDate({ date, qa }: { date: string | null; qa?: string }) {
  const { t } = useI18n();
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-qa={qa} data-date={date ?? undefined}>
      {date ? formatWeekdayDate(date, t) : t.clock.undated}
    </span>
  );
}
