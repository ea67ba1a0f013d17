import type { Discussion, Experiment, Hypothesis, SystemicView } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Fragment, useId, useLayoutEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, helsinkiToday } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';
import { isNotFound } from '../../children/queries';
import { capitalise } from '../format';
import { systemicViewQuery } from '../queries';
import { FollowUpRounds } from '../record/Experiments';
import { StatusChip, statusTone } from '../record/Hypotheses';
import { Iceberg } from '../record/Iceberg';
import { Quote, Section } from '../ui';
import { DiscussionBody } from './DiscussionCard';
import { FamilyFrame } from './FamilyFrame';

export function SystemicViewPage() {
  const { familyId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(systemicViewQuery(familyId));
  const view = query.data;
  return (
    <div data-qa={view ? 'systemic-view' : isNotFound(query.error) ? 'family-not-found' : 'systemic-loading'}>
      <FamilyFrame familyId={familyId} family={view?.family} view="systemic">
        {query.isPending ? <Loading /> : null}
        {query.error ? (
          isNotFound(query.error) ? (
            <Muted>{t.teams.family.notFound}</Muted>
          ) : (
            <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
          )
        ) : null}
        {view ? <Systemic view={view} /> : null}
      </FamilyFrame>
    </div>
  );
}

const Hero = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  gap: ${spacing.m};
  align-items: center;
  margin-bottom: ${spacing.m};
  padding: ${spacing.m} ${spacing.l};
  background: linear-gradient(120deg, hsl(208, 62%, 26%) 0%, hsl(204, 55%, 36%) 100%);
  color: ${colors.whiteBase};
  border-radius: 6px;
  @media (max-width: 900px) {
    grid-template-columns: minmax(0, 1fr);
    padding: ${spacing.s} ${spacing.m};
  }
  p {
    margin: 0;
    max-width: 75ch;
    font-size: 17px;
    line-height: 1.5;
  }
  .formula {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
    margin: 0 0 ${spacing.s};
    padding: 0;
    list-style: none;
    font-size: 18px;
  }
  .formula .label {
    font-weight: 600;
    margin-right: 4px;
  }
  .formula li.term {
    padding: 4px 12px;
    border-radius: 16px;
    background: hsla(0, 0%, 100%, 0.14);
    border: 1px solid hsla(0, 0%, 100%, 0.35);
  }
  .formula .op {
    font-weight: 600;
    color: hsl(200, 80%, 88%);
  }
  .stats {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(2, minmax(0, auto));
    gap: ${spacing.xs} ${spacing.m};
  }
  .stats li {
    font-size: 16px;
    white-space: nowrap;
  }
  .stats strong {
    display: block;
    font-size: 30px;
    line-height: 1.1;
  }
`;

const Scroller = styled.div`
  max-width: 100%;
  overflow-x: auto;
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  background: ${colors.whiteBase};
  &:focus-visible {
    outline: 3px solid transparent;
    box-shadow: 0 0 0 2px ${colors.whiteBase}, 0 0 0 4px ${colors.accentSecondary};
  }
`;

const Journey = styled.table<{ $columns: number }>`
  border-collapse: separate;
  border-spacing: 0;
  width: 100%;
  min-width: ${({ $columns }) => 190 + $columns * 230}px;
  font-size: 16px;
  line-height: 1.4;
  caption {
    text-align: left;
    padding: ${spacing.s} ${spacing.m} ${spacing.xs};
    font-weight: 600;
    font-size: 20px;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 10px 12px;
    border-bottom: 1px solid ${colors.depthLight2};
  }
  thead th {
    position: sticky;
    top: 0;
    background: ${colors.depthSecondary};
    border-bottom: 2px solid ${colors.highlightLight2};
    font-size: 17px;
    white-space: nowrap;
  }
  thead th .coming {
    display: block;
    font-weight: 400;
    font-size: 14px;
    color: ${colors.depthDark1};
  }
  tbody th {
    width: 190px;
    font-weight: 600;
    background: ${colors.depthLight3};
    color: ${colors.blackBase};
  }
  tbody th .by {
    display: block;
    font-weight: 400;
    font-size: 14px;
    color: ${colors.depthDark1};
  }
  tr.lane th[colspan] {
    background: ${colors.whiteBase};
    color: ${colors.highlightDark1};
    font-size: 14px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    padding-top: ${spacing.m};
    border-bottom: 2px solid ${colors.highlightLight2};
  }
  tr.lane.concern th[colspan] {
    padding-top: ${spacing.s};
  }
  td.concern {
    font-weight: 600;
    font-size: 17px;
  }
  td.thread {
    position: relative;
  }
  td.thread::before {
    content: '';
    position: absolute;
    top: 22px;
    left: var(--from, 0);
    right: var(--to, 0);
    border-top: 4px solid var(--thread);
    border-radius: 2px;
    opacity: 0.55;
  }
  td.thread > * {
    position: relative;
  }
  .marker {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 10px 2px 6px;
    border-radius: 14px;
    background: ${colors.whiteBase};
    border: 2px solid var(--thread);
    font-weight: 600;
    font-size: 14px;
    white-space: nowrap;
  }
  .marker .dot {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--thread);
  }
  .note {
    margin: 6px 0 0;
    font-size: 15px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .muted {
    color: ${colors.depthDark1};
  }
  .summary {
    margin: 0;
    padding: 8px 10px;
    background: hsl(45, 100%, 97%);
    border: 1px solid hsl(42, 60%, 82%);
    border-radius: 4px;
    white-space: pre-wrap;
  }
  .shared {
    display: block;
    margin-top: 4px;
    font-size: 14px;
    font-weight: 600;
    color: ${colors.successDark1};
  }
`;

const experimentColor = colors.accentSecondary;

function Systemic({ view }: { view: SystemicView }) {
  const { t } = useI18n();
  const s = t.teams.systemic;
  const discussions = view.discussions;
  const followUps = view.experiments.reduce((n, x) => n + x.followUps.length, 0);
  const latest = [...discussions].reverse().find((d) => d.visibleConcern.trim());
  const today = helsinkiToday();
  return (
    <>
      <Hero data-qa="systemic-hero">
        <div>
          <ul className="formula" aria-label={s.formulaLabel}>
            <li className="label" aria-hidden="true">
              {s.formulaLabel} =
            </li>
            {s.formula.map((term, i) => (
              <Fragment key={term}>
                {i > 0 ? (
                  <li className="op" aria-hidden="true">
                    +
                  </li>
                ) : null}
                <li className="term">{term}</li>
              </Fragment>
            ))}
          </ul>
          <p>{s.intro}</p>
        </div>
        <ul className="stats" data-qa="systemic-stats">
          {[
            [discussions.filter((d) => d.meeting.date <= today).length, s.stats.discussions],
            [view.hypotheses.length, s.stats.hypotheses],
            [view.experiments.length, s.stats.experiments],
            [followUps, s.stats.followUps],
          ].map(([n, text]) => {
            const label = (text as (n: number) => string)(n as number);
            return (
              <li key={label}>
                <strong aria-hidden="true">{n as number}</strong>
                <span aria-hidden="true">{label.replace(/^\d+\s*/, '')}</span>
                <span className="visually-hidden">{label}</span>
              </li>
            );
          })}
        </ul>
      </Hero>

      {discussions.length === 0 ? (
        <Muted data-qa="systemic-empty">{s.empty}</Muted>
      ) : (
        <>
          {latest ? (
            <Section
              title={t.teams.record.previousItem(formatLocalDate(latest.meeting.date))}
              qa="systemic-now"
            >
              <Iceberg
                label={t.teams.iceberg.description(
                  latest.visibleConcern,
                  view.hypotheses.filter((h) => h.status !== 'set_aside').length,
                )}
                hypotheses={view.hypotheses.filter((h) => h.formedIn.date <= latest.meeting.date)}
                concern={
                  <p style={{ margin: 0, fontSize: 22, fontWeight: 600, textAlign: 'center' }}>
                    {latest.visibleConcern}
                  </p>
                }
              />
            </Section>
          ) : null}
          <JourneyTable view={view} t={t} />
          <Section title={s.hypothesesHeading} qa="systemic-hypotheses">
            <HypothesisThreads hypotheses={view.hypotheses} t={t} />
          </Section>
          <Section title={s.experimentsHeading} qa="systemic-experiments">
            <ExperimentList experiments={view.experiments} hypotheses={view.hypotheses} t={t} />
          </Section>
          <Section title={s.journey} qa="systemic-discussions">
            {[...discussions].reverse().map((d) => (
              <details key={d.agendaItemId} style={{ marginBottom: spacing.s }} open={false}>
                <summary style={{ fontWeight: 600, fontSize: 18, cursor: 'pointer' }}>
                  {s.discussion(formatLocalDate(d.meeting.date))}
                  {d.meeting.date > today ? ` (${s.coming})` : ''}
                  {d.dilemma ? ` – ${d.dilemma}` : ''}
                </summary>
                <div style={{ padding: `${spacing.s} 0 0 ${spacing.m}` }}>
                  <DiscussionBody
                    discussion={d}
                    hypotheses={view.hypotheses}
                    experiments={view.experiments}
                    people={view.people}
                  />
                </div>
              </details>
            ))}
          </Section>
        </>
      )}
    </>
  );
}

/**
 * The discussions as columns and what the team saw, thought, tried and heard as rows: each hypothesis
 * and each experiment is a thread running through the meetings until it is set aside or concluded.
 */
function JourneyTable({ view, t }: { view: SystemicView; t: Translations }) {
  const s = t.teams.systemic;
  const h = t.teams.hypotheses;
  const f = t.teams.experiments.followUp;
  const captionId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const today = helsinkiToday();
  const discussions = view.discussions;
  const index = new Map(discussions.map((d, i) => [d.agendaItemId, i]));
  const columns = discussions.length;
  const lane = (title: string, className = '') => (
    <tr className={`lane ${className}`}>
      <th colSpan={columns + 1} scope="colgroup">
        {title}
      </th>
    </tr>
  );
  const hypothesisCell = (hyp: Hypothesis, d: Discussion, i: number) => {
    const formedAt = index.get(hyp.formedIn.agendaItemId) ?? -1;
    const changes = hyp.history.filter((x) => x.agendaItemId === d.agendaItemId && x.status !== 'open');
    const endedAt =
      hyp.status === 'set_aside'
        ? (index.get(hyp.history[hyp.history.length - 1]?.agendaItemId ?? '') ?? columns - 1)
        : columns - 1;
    if (i < formedAt || i > endedAt || formedAt < 0) return <td key={d.agendaItemId} />;
    const color = statusTone[statusAt(hyp, i, index)].fg;
    const style = {
      ['--thread' as string]: color,
      ['--from' as string]: i === formedAt ? '50%' : '0',
      ['--to' as string]: i === endedAt ? '50%' : '0',
    };
    const change = changes[changes.length - 1];
    return (
      <td key={d.agendaItemId} className="thread" style={style} data-qa="journey-hypothesis-cell">
        {i === formedAt ? (
          <span className="marker">
            <span className="dot" aria-hidden="true" />
            {s.formed}
          </span>
        ) : null}
        {change ? (
          <>
            {i === formedAt ? <br /> : null}
            <StatusChip $status={change.status} style={{ marginTop: i === formedAt ? 6 : 0 }}>
              {capitalise(h.statuses[change.status])}
            </StatusChip>
            {change.reason ? <p className="note">{change.reason}</p> : null}
          </>
        ) : i !== formedAt ? (
          <span className="visually-hidden">{h.statuses[statusAt(hyp, i, index)]}</span>
        ) : null}
      </td>
    );
  };
  const experimentCell = (x: Experiment, d: Discussion, i: number) => {
    const agreedAt = index.get(x.agreedIn.agendaItemId) ?? -1;
    const last = x.followUps[x.followUps.length - 1];
    const endedAt =
      x.status === 'concluded' && last ? (index.get(last.agendaItemId) ?? columns - 1) : columns - 1;
    if (agreedAt < 0 || i < agreedAt || i > endedAt) return <td key={d.agendaItemId} />;
    const round = x.followUps.find((r) => r.agendaItemId === d.agendaItemId);
    const style = {
      ['--thread' as string]: experimentColor,
      ['--from' as string]: i === agreedAt ? '50%' : '0',
      ['--to' as string]: i === endedAt ? '50%' : '0',
    };
    return (
      <td key={d.agendaItemId} className="thread" style={style} data-qa="journey-experiment-cell">
        {i === agreedAt ? (
          <span className="marker">
            <span className="dot" aria-hidden="true" />
            {s.agreed}
          </span>
        ) : null}
        {round ? (
          <>
            <span className="marker">
              <span aria-hidden="true">{round.outcome === 'continue' ? '↻' : '✓'}</span>
              {round.outcome === 'continue'
                ? f.repeated(formatLocalDate(round.nextFollowUpOn ?? round.date))
                : f.concludedLabel}
            </span>
            <p className="note">{round.whatHappened}</p>
            {round.whatWeLearned ? (
              <p className="note">
                <strong>{f.whatWeLearned}:</strong> {round.whatWeLearned}
              </p>
            ) : null}
          </>
        ) : i !== agreedAt ? (
          <span className="visually-hidden">{t.teams.experiments.statuses.open}</span>
        ) : null}
      </td>
    );
  };
  return (
    <div style={{ marginBottom: spacing.m }}>
      <Scroller
        ref={ref}
        data-qa="systemic-journey"
        {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
      >
        <Journey $columns={columns}>
          <caption id={captionId}>{s.journey}</caption>
          <thead>
            <tr>
              <td />
              {discussions.map((d) => (
                <th key={d.agendaItemId} scope="col">
                  {formatLocalDate(d.meeting.date)}
                  {d.meeting.date > today ? <span className="coming">{s.coming}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lane(t.teams.iceberg.above, 'concern')}
            <tr>
              <th scope="row">{t.teams.record.visibleConcern}</th>
              {discussions.map((d) => (
                <td key={d.agendaItemId} className="concern">
                  {d.visibleConcern}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t.teams.record.dilemma}</th>
              {discussions.map((d) => (
                <td key={d.agendaItemId}>{d.dilemma}</td>
              ))}
            </tr>
            {view.hypotheses.length > 0 ? lane(t.teams.hypotheses.heading) : null}
            {view.hypotheses.map((hyp) => (
              <tr key={hyp.id} data-qa="journey-hypothesis">
                <th scope="row">
                  ”{hyp.text}”<span className="by">{hyp.author.name}</span>
                </th>
                {discussions.map((d, i) => hypothesisCell(hyp, d, i))}
              </tr>
            ))}
            {view.experiments.length > 0 ? lane(t.teams.experiments.heading) : null}
            {view.experiments.map((x) => (
              <tr key={x.id} data-qa="journey-experiment">
                <th scope="row">
                  {x.action}
                  <span className="by">{x.who}</span>
                </th>
                {discussions.map((d, i) => experimentCell(x, d, i))}
              </tr>
            ))}
            {lane(t.teams.voices.heading)}
            <tr>
              <th scope="row">{s.voices}</th>
              {discussions.map((d) => (
                <td key={d.agendaItemId}>
                  {d.familyVoices.map((v) => (
                    <div key={v.id} style={{ marginBottom: 6 }}>
                      <span style={{ fontSize: 14, fontWeight: 600 }}>
                        {t.teams.voices.said(
                          v.speaker?.label ||
                            view.people.find((p) => p.id === v.speaker?.personId)?.name ||
                            '?',
                        )}
                      </span>
                      <Quote style={{ fontSize: 15 }}>{v.text}</Quote>
                    </div>
                  ))}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t.teams.summary.heading}</th>
              {discussions.map((d) => (
                <td key={d.agendaItemId}>
                  {d.summary?.text ? (
                    <>
                      <p className="summary">{d.summary.text}</p>
                      {d.summary.sharedWithFamily ? (
                        <span className="shared">✓ {s.summaryShared}</span>
                      ) : (
                        <span className="muted">{s.summaryNotShared}</span>
                      )}
                    </>
                  ) : null}
                </td>
              ))}
            </tr>
            {discussions.some((d) => d.decisions.length > 0) ? (
              <tr>
                <th scope="row">{s.decisions}</th>
                {discussions.map((d) => (
                  <td key={d.agendaItemId}>
                    {d.decisions.map((x) => (
                      <p key={x.id} className="note" style={{ marginTop: 0 }}>
                        {x.text}
                      </p>
                    ))}
                  </td>
                ))}
              </tr>
            ) : null}
          </tbody>
        </Journey>
      </Scroller>
      {scrolls ? (
        <p style={{ margin: '4px 0 0', fontSize: 14, color: colors.depthDark1 }}>
          {t.common.tableScrollHint}
        </p>
      ) : null}
    </div>
  );
}

/** The status a hypothesis had at the i-th discussion. */
function statusAt(h: Hypothesis, i: number, index: Map<string, number>): Hypothesis['status'] {
  let status: Hypothesis['status'] = 'open';
  for (const step of h.history) {
    const at = step.agendaItemId ? (index.get(step.agendaItemId) ?? -1) : -1;
    if (at <= i) status = step.status;
  }
  return status;
}

const Threads = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  > li {
    padding: ${spacing.s};
    border: 1px solid ${colors.depthLight1};
    border-left: 6px solid var(--tone);
    border-radius: 4px;
  }
  .text {
    margin: 0 0 6px;
    font-weight: 600;
    font-size: 18px;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .steps li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .arrow {
    color: ${colors.depthDark1};
  }
  .reason {
    margin: 6px 0 0;
    color: ${colors.blackBase};
  }
`;

function HypothesisThreads({ hypotheses, t }: { hypotheses: Hypothesis[]; t: Translations }) {
  const h = t.teams.hypotheses;
  return (
    <Threads>
      {hypotheses.map((x) => (
        <li
          key={x.id}
          style={{ ['--tone' as string]: statusTone[x.status].fg }}
          data-qa="systemic-hypothesis"
        >
          <p className="text">”{x.text}”</p>
          <p style={{ margin: '0 0 6px', color: colors.depthDark1 }}>
            {x.author.name} · {h.formedOn(formatLocalDate(x.formedIn.date))}
          </p>
          <ol className="steps" aria-label={h.history}>
            {x.history.map((step, i) => (
              <li key={`${step.at}-${step.status}`}>
                {i > 0 ? (
                  <span className="arrow" aria-hidden="true">
                    →
                  </span>
                ) : null}
                <StatusChip $status={step.status}>{capitalise(h.statuses[step.status])}</StatusChip>
                <span>{step.date ? formatLocalDate(step.date) : ''}</span>
              </li>
            ))}
          </ol>
          {x.status !== 'open' && x.statusReason ? <p className="reason">{x.statusReason}</p> : null}
        </li>
      ))}
    </Threads>
  );
}

function ExperimentList({
  experiments,
  hypotheses,
  t,
}: {
  experiments: Experiment[];
  hypotheses: Hypothesis[];
  t: Translations;
}) {
  const e = t.teams.experiments;
  return (
    <Threads>
      {experiments.map((x) => {
        const tested = hypotheses.find((h) => h.id === x.hypothesisId);
        return (
          <li
            key={x.id}
            style={{ ['--tone' as string]: x.status === 'open' ? experimentColor : colors.depthDark1 }}
            data-qa="systemic-experiment"
          >
            <p className="text">{x.action}</p>
            <p style={{ margin: '0 0 6px', color: colors.depthDark1 }}>
              {x.who} · {e.agreedOn(formatLocalDate(x.agreedIn.date))} ·{' '}
              {x.status === 'open' ? e.followUpBy(formatLocalDate(x.followUpOn)) : e.statuses.concluded} ·{' '}
              {t.teams.systemic.rounds(x.followUps.length)}
            </p>
            {tested ? <p style={{ margin: '0 0 6px' }}>{e.tests(tested.text)}</p> : null}
            <FollowUpRounds experiment={x} t={t} />
          </li>
        );
      })}
    </Threads>
  );
}
