import type { Consultation } from '@lumo/domain';
import styled from 'styled-components';
import { type Fact, FactList, H3, Tag } from '../../lib/components/Layout';
import { colors, spacing } from '../../lib/components/theme';
import { formatDate, formatLocalDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { basisText } from '../../partner/format';

const Item = styled.article<{ $late: boolean }>`
  border: 1px solid ${colors.depthLight1};
  border-left: 6px solid ${({ $late }) => ($late ? colors.warningBase : colors.highlightLight2)};
  padding: ${spacing.s} ${spacing.m};
  margin-bottom: ${spacing.s};
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.xs};
    align-items: center;
    margin-bottom: ${spacing.xs};
  }
  .text {
    white-space: pre-wrap;
    margin: 0 0 ${spacing.xs};
  }
`;

/** One consultation as its asker reads it: the request, where it stands, and the answer once given. */
export function ConsultationCard({ consultation: c }: { consultation: Consultation }) {
  const { t } = useI18n();
  const k = t.consultations;
  const facts: Fact[] = [
    {
      label: k.child.to,
      value: c.expert
        ? `${c.expert.name}, ${c.expert.title}`
        : k.child.pool(k.expertises[c.expertise]) + (c.region ? ` (${t.common.regions[c.region]})` : ''),
    },
    { label: k.child.background, value: c.background || t.common.empty },
  ];
  if (c.identifying && c.basis)
    facts.push({ label: k.form.identifying, value: basisText(c.basis, t), qa: 'consultation-basis' });
  return (
    <Item $late={c.overdue} data-qa="consultation" aria-label={k.expertises[c.expertise]}>
      <div className="head">
        <Tag
          $tone={c.status === 'answered' ? 'neutral' : c.overdue ? 'warning' : undefined}
          data-qa="consultation-status"
        >
          {c.overdue && c.status === 'open' ? k.overdue : k.status[c.status]}
        </Tag>
        <strong>{k.expertises[c.expertise]}</strong>
        <span>{k.dueOn(formatLocalDate(c.dueOn))}</span>
      </div>
      <p className="text" data-qa="consultation-question">
        {c.question}
      </p>
      <FactList facts={facts} />
      <p style={{ color: colors.depthDark1, margin: `${spacing.xs} 0 0` }}>
        {k.child.sentOn(formatDate(c.sentAt), c.askedBy.name)}
      </p>
      {c.answer ? (
        <section data-qa="consultation-answer">
          <H3>{k.child.answerHeading}</H3>
          <p className="text">{c.answer}</p>
          {c.expert && c.answeredAt ? (
            <p style={{ color: colors.depthDark1, margin: 0 }}>
              {k.child.answeredOn(formatDate(c.answeredAt), c.expert.name)}
            </p>
          ) : null}
        </section>
      ) : null}
    </Item>
  );
}
