import type { Discussion, Experiment, Hypothesis } from '@lumo/domain';
import styled from 'styled-components';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { capitalise, roleName } from '../format';
import { StatusChip } from '../record/Hypotheses';
import { Quote } from '../ui';

const Body = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  font-size: 16px;
  .row {
    display: grid;
    grid-template-columns: minmax(8rem, 11rem) minmax(0, 1fr);
    gap: 4px ${spacing.s};
    align-items: baseline;
  }
  .kind {
    font-weight: 600;
    color: ${colors.depthDark1};
    font-size: 14px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  p {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-left: 18px;
  }
  @media (max-width: 560px) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

/** What one discussion of the family recorded, compactly: for the meeting's "earlier" and the systemic view. */
export function DiscussionBody({
  discussion,
  hypotheses,
  experiments,
  people,
}: {
  discussion: Discussion;
  hypotheses: Hypothesis[];
  experiments: Experiment[];
  people: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const s = t.teams.systemic;
  const h = t.teams.hypotheses;
  const hyp = new Map(hypotheses.map((x) => [x.id, x]));
  const exp = new Map(experiments.map((x) => [x.id, x]));
  const f = t.teams.experiments.followUp;
  const speaker = (personId: string | null, label: string) =>
    label || people.find((p) => p.id === personId)?.name || '?';
  const empty =
    !discussion.dilemma &&
    !discussion.visibleConcern &&
    discussion.hypothesesFormed.length === 0 &&
    discussion.statusChanges.length === 0 &&
    discussion.experimentsAgreed.length === 0 &&
    discussion.followUps.length === 0 &&
    discussion.familyVoices.length === 0 &&
    discussion.decisions.length === 0 &&
    discussion.perspectives.length === 0 &&
    !discussion.summary;
  if (empty) return <p style={{ margin: 0, color: colors.depthDark1 }}>{s.nothingRecorded}</p>;
  return (
    <Body>
      {discussion.dilemma ? (
        <div className="row">
          <span className="kind">{t.teams.record.dilemma}</span>
          <p>{discussion.dilemma}</p>
        </div>
      ) : null}
      {discussion.visibleConcern ? (
        <div className="row">
          <span className="kind">{t.teams.record.visibleConcern}</span>
          <p>{discussion.visibleConcern}</p>
        </div>
      ) : null}
      {discussion.hypothesesFormed.map((id) => (
        <div className="row" key={`f-${id}`}>
          <span className="kind">{s.formed}</span>
          <p>
            ”{hyp.get(id)?.text ?? ''}”{' '}
            <span style={{ color: colors.depthDark1 }}>– {hyp.get(id)?.author.name}</span>
          </p>
        </div>
      ))}
      {discussion.statusChanges.map((c) => (
        <div className="row" key={`s-${c.hypothesisId}-${c.at}`}>
          <span className="kind">{s.statusChange('')}</span>
          <p>
            <StatusChip $status={c.status}>{capitalise(h.statuses[c.status])}</StatusChip> ”
            {hyp.get(c.hypothesisId)?.text ?? ''}”
            {c.reason ? <span style={{ display: 'block', marginTop: 2 }}>{c.reason}</span> : null}
          </p>
        </div>
      ))}
      {discussion.perspectives.length > 0 ? (
        <div className="row">
          <span className="kind">{t.teams.perspectives.heading}</span>
          <ul>
            {discussion.perspectives.map((p) => (
              <li key={p.id}>
                <strong>
                  {p.author?.name}
                  {p.teamRole ? `, ${roleName(p.teamRole, t)}` : ''}:
                </strong>{' '}
                {p.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {discussion.followUps.map((fu) => (
        <div className="row" key={fu.id}>
          <span className="kind">{s.followedUp}</span>
          <p>
            <strong>{exp.get(fu.experimentId)?.action}</strong>
            {'\n'}
            {fu.whatHappened}
            {fu.whatWeLearned ? `\n${f.whatWeLearned}: ${fu.whatWeLearned}` : ''}
            {'\n'}
            <em>
              {fu.outcome === 'continue'
                ? f.repeated(formatLocalDate(fu.nextFollowUpOn ?? fu.date))
                : f.concludedLabel}
            </em>
          </p>
        </div>
      ))}
      {discussion.experimentsAgreed.map((id) => {
        const x = exp.get(id);
        return x ? (
          <div className="row" key={`e-${id}`}>
            <span className="kind">{s.agreed}</span>
            <p>
              <strong>{x.action}</strong> ({x.who},{' '}
              {t.teams.experiments.followUpBy(formatLocalDate(x.followUps[0]?.date ?? x.followUpOn))})
            </p>
          </div>
        ) : null;
      })}
      {discussion.familyVoices.length > 0 ? (
        <div className="row">
          <span className="kind">{s.voices}</span>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {discussion.familyVoices.map((v) => (
              <div key={v.id}>
                <p style={{ fontWeight: 600, fontSize: 15 }}>
                  {t.teams.voices.said(speaker(v.speaker?.personId ?? null, v.speaker?.label ?? ''))}
                </p>
                <Quote>{v.text}</Quote>
              </div>
            ))}
          </div>
        </div>
      ) : null}
      {discussion.decisions.length > 0 ? (
        <div className="row">
          <span className="kind">{s.decisions}</span>
          <ul>
            {discussion.decisions.map((d) => (
              <li key={d.id}>{d.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {discussion.summary?.text ? (
        <div className="row">
          <span className="kind">
            {discussion.summary.sharedWithFamily ? s.summaryShared : s.summaryNotShared}
          </span>
          <p
            style={{
              background: 'hsl(45, 100%, 97%)',
              padding: '6px 10px',
              borderRadius: 4,
              border: '1px solid hsl(42, 60%, 82%)',
            }}
          >
            {discussion.summary.text}
          </p>
        </div>
      ) : null}
    </Body>
  );
}
