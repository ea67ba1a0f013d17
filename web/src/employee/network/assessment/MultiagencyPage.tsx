import { type Multiagency, type MultiagencyTask, multiagencyPhases, multiagencySchema } from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { Button, Textarea } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice, errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow } from '../../../lib/components/Forms';
import { Muted, Tag } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime, formatLocalDate } from '../../../lib/dates';
import { localName, useI18n } from '../../../lib/i18n';
import { BackNav } from '../../children/ChildPage';
import { isNotFound } from '../../children/queries';
import { conflictCurrent, Section, Text } from '../../teams/ui';
import { InvitePartnerForm } from '../access/InvitePartnerForm';
import { multiagencyApi } from '../api';
import { multiagencyQuery } from '../queries';
import { MeetingForm } from './MeetingForm';

const Stepper = styled.ol`
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  list-style: none;
  margin: 0 0 ${spacing.s};
  padding: 0;
  counter-reset: phase;
  li {
    counter-increment: phase;
    flex: 1 1 150px;
    padding: 8px 12px;
    background: ${colors.depthLight3};
    border-top: 4px solid ${colors.depthLight1};
    font-weight: 600;
  }
  li::before {
    content: counter(phase) '. ';
  }
  li.done {
    border-top-color: ${colors.successBase};
  }
  li[aria-current='step'] {
    background: ${colors.highlightLight3};
    border-top-color: ${colors.highlightBase};
  }
`;

const Tasks = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  > li {
    border: 1px solid ${colors.depthLight1};
    border-left: 6px solid ${colors.highlightBase};
    border-radius: 4px;
    padding: ${spacing.s};
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: ${spacing.xs} ${spacing.m};
  }
  > li.done {
    border-left-color: ${colors.successBase};
    background: hsl(145, 45%, 95%);
  }
  > li.overdue {
    border-left-color: ${colors.alertBase};
  }
  h4 {
    margin: 0 0 4px;
    font-size: 17px;
  }
  .meta {
    margin: 6px 0 0;
    color: ${colors.depthDark1};
    font-size: 15px;
  }
`;

const Perspectives = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
  gap: ${spacing.s};
  article {
    border: 1px solid ${colors.depthLight1};
    border-top: 6px solid ${colors.accentTertiary};
    border-radius: 4px;
    padding: ${spacing.s};
    min-width: 0;
  }
  article.own {
    border-top-color: ${colors.highlightBase};
    background: ${colors.highlightLight4};
  }
  h3 {
    margin: 0 0 2px;
    font-size: 18px;
  }
  .by {
    margin: 0 0 8px;
    color: ${colors.depthDark1};
    font-size: 15px;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 700;
    margin-top: 8px;
  }
  dd {
    margin: 2px 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

/** The multi-agency service-need assessment: phases and action cards, partners, perspectives, meetings, summary. */
export function MultiagencyPage() {
  const { multiagencyId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const m = t.network.multiagency;
  const query = useQuery(multiagencyQuery(multiagencyId));
  const data = query.data;
  return (
    <div data-qa={data ? 'multiagency-page' : 'multiagency-loading'}>
      <BackNav>
        {data ? (
          <Link to="/children/$childId/multiagency" params={{ childId: data.childId }}>
            {m.backToList}
          </Link>
        ) : (
          <Link to="/worklist">{t.shell.backToWorklist}</Link>
        )}
      </BackNav>
      <PageHeading title={m.title} focusKey={data ? 'found' : ''}>
        {data ? m.heading(data.child.name) : m.title}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {query.error ? (
        isNotFound(query.error) ? (
          <Muted>{m.notFound}</Muted>
        ) : (
          <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : null}
      {data ? <Loaded data={data} /> : null}
    </div>
  );
}

function Loaded({ data }: { data: Multiagency }) {
  const { t, lang } = useI18n();
  const m = t.network.multiagency;
  const queryClient = useQueryClient();
  const manage = data.can.includes('multiagency:manage');
  const [error, setError] = useState<unknown>(null);
  const [inviting, setInviting] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: multiagencyQuery(data.id).queryKey });
  const phaseIndex = multiagencyPhases.indexOf(data.phase);
  const next = multiagencyPhases[phaseIndex + 1];

  const movePhase = async (to: (typeof multiagencyPhases)[number]) => {
    setError(null);
    try {
      queryClient.setQueryData(
        multiagencyQuery(data.id).queryKey,
        await multiagencyApi.setPhase(data.id, data.version, to),
      );
    } catch (e) {
      const current = multiagencySchema.safeParse(conflictCurrent(e));
      if (current.success) queryClient.setQueryData(multiagencyQuery(data.id).queryKey, current.data);
      setError(e);
    }
  };

  return (
    <>
      <p style={{ marginTop: 0 }} data-qa="multiagency-facts">
        {m.facts(formatLocalDate(data.startedOn), data.startedBy.name, formatLocalDate(data.completeDue))}
      </p>
      <Section title={m.phasesTitle} qa="multiagency-phases">
        <Stepper aria-label={m.phasesTitle}>
          {multiagencyPhases.map((p, i) => (
            <li
              key={p}
              className={i < phaseIndex ? 'done' : undefined}
              aria-current={p === data.phase ? 'step' : undefined}
            >
              {m.phases[p]}
            </li>
          ))}
        </Stepper>
        {manage && next ? (
          <Button variant="secondary" onClick={() => void movePhase(next)} data-qa="multiagency-next-phase">
            {m.nextPhase(m.phases[next])}
          </Button>
        ) : null}
        {error ? (
          <p role="alert" style={{ color: colors.alertBase, fontWeight: 600 }}>
            {errorText(error, lang, t)}
          </p>
        ) : null}
      </Section>

      <Section title={m.tasksTitle} intro={m.tasksIntro} qa="multiagency-tasks">
        {data.tasks.length === 0 ? <p style={{ margin: 0 }}>{m.noTasks}</p> : null}
        {multiagencyPhases.map((p) => {
          const tasks = data.tasks.filter((task) => task.phase === p);
          if (tasks.length === 0) return null;
          return (
            <div key={p} style={{ marginBottom: spacing.m }}>
              <h3 style={{ margin: `0 0 ${spacing.xs}`, fontSize: 18 }}>{m.phases[p]}</h3>
              <Tasks>
                {tasks.map((task) => (
                  <TaskItem key={task.id} task={task} canEdit={manage} onDone={refresh} />
                ))}
              </Tasks>
            </div>
          );
        })}
      </Section>

      <Section
        title={m.partnersTitle}
        qa="multiagency-partners"
        actions={
          data.can.includes('partnerAccess:grant') && !inviting ? (
            <Button variant="secondary" onClick={() => setInviting(true)} data-qa="multiagency-invite">
              {m.invite}
            </Button>
          ) : undefined
        }
      >
        {data.partners.length === 0 ? (
          <p style={{ marginTop: 0 }}>{m.noPartners}</p>
        ) : (
          <DataTable caption={m.partnersTitle} captionHidden data-qa="multiagency-partner-table">
            <thead>
              <tr>
                <th scope="col">{t.network.access.columns.partner}</th>
                <th scope="col">{t.network.access.columns.until}</th>
                <th scope="col">{t.network.access.columns.status}</th>
                <th scope="col">{m.contribution}</th>
              </tr>
            </thead>
            <tbody>
              {data.partners.map((p) => (
                <tr key={p.grantId}>
                  <th scope="row">
                    {p.partner.name}
                    <div style={{ fontSize: 15 }}>
                      {p.partner.title}, {localName(p.partner.organisation.name, lang)}
                    </div>
                  </th>
                  <td>{formatLocalDate(p.validUntil)}</td>
                  <td>
                    <Tag $tone={p.status === 'active' ? 'neutral' : 'warning'}>
                      {t.network.access.statuses[p.status]}
                    </Tag>
                  </td>
                  <td>
                    {p.contributionSubmittedAt
                      ? m.submitted(formatDateTime(p.contributionSubmittedAt, t))
                      : m.waiting}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {inviting ? (
          <div style={{ marginTop: spacing.m }}>
            <InvitePartnerForm
              childId={data.childId}
              initialSections={['assessment']}
              onDone={() => {
                setInviting(false);
                void refresh();
              }}
            />
          </div>
        ) : null}
      </Section>

      <Section title={m.perspectivesTitle} intro={m.perspectivesIntro} qa="multiagency-perspectives">
        <Perspectives>
          <article className="own" data-qa="perspective-child">
            <h3>{m.childView}</h3>
            {data.childViews.method ? <p className="by">{m.childMethod(data.childViews.method)}</p> : null}
            <Text>{data.childViews.text || m.notYet}</Text>
          </article>
          <article className="own" data-qa="perspective-guardians">
            <h3>{m.guardianView}</h3>
            <Text>{data.guardianViews || m.notYet}</Text>
          </article>
          {data.contributions.map((c) => (
            <article key={c.id} data-qa="perspective-partner">
              <h3>{c.author.name}</h3>
              <p className="by">
                {c.author.title}, {localName(c.author.organisation.name, lang)}
                {c.submittedAt ? '' : ` · ${m.draft}`}
              </p>
              <dl>
                {(
                  ['observations', 'concerns', 'strengths', 'proposedSupport', 'meetingAvailability'] as const
                ).map((field) =>
                  c[field] ? (
                    <div key={field}>
                      <dt>{m.fields[field]}</dt>
                      <dd>{c[field]}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            </article>
          ))}
        </Perspectives>
        {data.contributions.length === 0 ? <p style={{ marginBottom: 0 }}>{m.noContributions}</p> : null}
      </Section>

      <Section title={m.meetingsTitle} qa="multiagency-meetings">
        {data.meetings.length === 0 ? <p style={{ marginTop: 0 }}>{m.noMeetings}</p> : null}
        {data.meetings.map((meeting) => (
          <article
            key={meeting.id}
            style={{
              borderBottom: `1px solid ${colors.depthLight1}`,
              paddingBottom: spacing.s,
              marginBottom: spacing.s,
            }}
            data-qa="multiagency-meeting"
          >
            <h3 style={{ margin: 0, fontSize: 18 }}>
              {m.meetingOn(formatLocalDate(meeting.heldOn), meeting.startTime ?? '', meeting.place)}
            </h3>
            {meeting.attendees.length ? (
              <p style={{ margin: '4px 0' }}>
                <strong>{m.attendees}:</strong>{' '}
                {meeting.attendees
                  .map((a) => [a.name, a.role, a.organisation].filter(Boolean).join(', '))
                  .join('; ')}
              </p>
            ) : null}
            <Text>{meeting.record}</Text>
            {meeting.nextSteps.length ? (
              <>
                <h4 style={{ margin: '8px 0 4px' }}>{m.nextSteps}</h4>
                <ul style={{ margin: 0 }}>
                  {meeting.nextSteps.map((step, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one record, in order
                    <li key={i}>
                      {step.what}
                      {step.who ? ` – ${step.who}` : ''}
                      {step.dueOn ? ` (${formatLocalDate(step.dueOn)})` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        ))}
        {manage ? <MeetingForm multiagencyId={data.id} onDone={refresh} /> : null}
      </Section>

      <SummarySection data={data} />
    </>
  );
}

function TaskItem({
  task,
  canEdit,
  onDone,
}: {
  task: MultiagencyTask;
  canEdit: boolean;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const m = t.network.multiagency;
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const done = task.doneAt !== null;
  const toggle = async () => {
    setPending(true);
    setError(null);
    try {
      await multiagencyApi.updateTask(task.id, { version: task.version, done: !done });
      onDone();
    } catch (e) {
      setError(e);
      onDone();
    } finally {
      setPending(false);
    }
  };
  const title = localName(task.title, lang);
  return (
    <li className={done ? 'done' : task.overdue ? 'overdue' : undefined} data-qa="multiagency-task">
      <div>
        <h4>{title}</h4>
        {localName(task.instructions, lang) ? <Text>{localName(task.instructions, lang)}</Text> : null}
        <p className="meta">
          {m.owner(task.assignee || m.owners[task.owner])} · {m.due(formatLocalDate(task.dueOn))}
          {task.overdue && !done ? (
            <>
              {' '}
              <Tag $tone="alert">{m.overdue}</Tag>
            </>
          ) : null}
        </p>
        {done && task.doneAt ? (
          <p className="meta" data-qa="multiagency-task-done">
            {m.doneBy(formatDateTime(task.doneAt, t), task.doneBy?.name ?? '')}
          </p>
        ) : null}
        {error ? (
          <p role="alert" style={{ color: colors.alertBase, margin: '4px 0 0' }}>
            {errorText(error, lang, t)}
          </p>
        ) : null}
      </div>
      {canEdit ? (
        <div>
          <Button
            variant={done ? 'secondaryNoBorder' : 'secondary'}
            onClick={() => void toggle()}
            disabled={pending}
            aria-label={done ? m.undoFor(title) : m.markDoneFor(title)}
            data-qa="multiagency-task-toggle"
          >
            {done ? m.undo : m.markDone}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function SummarySection({ data }: { data: Multiagency }) {
  const { t, lang } = useI18n();
  const m = t.network.multiagency;
  const queryClient = useQueryClient();
  const canEdit = data.can.includes('multiagency:manage');
  const canShare = data.can.includes('multiagency:shareSummary');
  const [draft, setDraft] = useState(data.summary?.text ?? '');
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const put = (next: Multiagency) => queryClient.setQueryData(multiagencyQuery(data.id).queryKey, next);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      put(await multiagencyApi.saveSummary(data.id, data.summary?.version ?? null, draft.trim()));
      setEditing(false);
      setStatus(m.summarySaved);
    } catch (e) {
      setError(e);
    }
  };
  const share = async (shared: boolean) => {
    if (!data.summary) return;
    setError(null);
    try {
      put(await multiagencyApi.shareSummary(data.id, data.summary.version, shared));
      setStatus(shared ? m.sharedStatus : m.unsharedStatus);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Section title={m.summaryTitle} intro={m.summaryIntro} qa="multiagency-summary">
      {editing ? (
        <form onSubmit={save} noValidate style={{ display: 'flex', flexDirection: 'column', gap: spacing.s }}>
          <Textarea
            labelText={m.summaryTitle}
            labelMode="hidden"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            rows={8}
            fullWidth
            maxLength={50_000}
            data-qa="multiagency-summary-input"
          />
          <ButtonRow>
            <Button type="submit" data-qa="multiagency-summary-save">
              {m.saveSummary}
            </Button>
            <Button variant="secondaryNoBorder" onClick={() => setEditing(false)}>
              {t.network.nodeForm.cancel}
            </Button>
          </ButtonRow>
        </form>
      ) : (
        <>
          <Text data-qa="multiagency-summary-text">{data.summary?.text || m.noSummary}</Text>
          {data.summary ? (
            <p style={{ color: colors.depthDark1 }} data-qa="multiagency-summary-shared">
              {data.summary.sharedWithPartners && data.summary.sharedAt
                ? m.shared(formatDateTime(data.summary.sharedAt, t), data.summary.sharedBy?.name ?? '')
                : m.notShared}
            </p>
          ) : null}
          <ButtonRow>
            {canEdit ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setDraft(data.summary?.text ?? '');
                  setEditing(true);
                }}
                data-qa="multiagency-summary-edit"
              >
                {data.summary ? m.editSummary : m.writeSummary}
              </Button>
            ) : null}
            {canShare && data.summary?.text ? (
              <Button
                variant={data.summary.sharedWithPartners ? 'secondaryNoBorder' : 'default'}
                onClick={() => void share(!data.summary?.sharedWithPartners)}
                data-qa="multiagency-summary-share"
              >
                {data.summary.sharedWithPartners ? m.unshare : m.share}
              </Button>
            ) : null}
          </ButtonRow>
        </>
      )}
      {status ? (
        <p role="status" className="visually-hidden">
          {status}
        </p>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: colors.alertBase, fontWeight: 600 }}>
          {errorText(error, lang, t)}
        </p>
      ) : null}
    </Section>
  );
}
