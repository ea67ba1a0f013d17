import type { Contribution, MultiagencyTask } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { Button, InlineAlert, Textarea } from 'suomifi-ui-components';
import { DataTable } from '../lib/components/DataTable';
import { ErrorNotice, errorText } from '../lib/components/ErrorNotice';
import { Card, H2, H3, Muted, Tag } from '../lib/components/Layout';
import { Loading } from '../lib/components/Loading';
import { VersionedForm } from '../lib/components/VersionedForm';
import { formatDate, formatLocalDate } from '../lib/dates';
import { useVersionedDraft } from '../lib/forms/versioned';
import { localName, useI18n } from '../lib/i18n';
import { type PartnerMultiagency as Data, partnerApi } from './api';
import { partnerMultiagencyQuery } from './queries';

/** The multi-agency assessment as a partner sees it: where the work stands, and her own contribution. */
export function PartnerMultiagency({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useQuery(partnerMultiagencyQuery(id));
  const data = query.data;
  const headingId = `partner-ma-${id}`;
  return (
    <Card aria-labelledby={headingId} data-qa="partner-multiagency">
      <H2 id={headingId}>{t.partner.multiagency.heading}</H2>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data ? <Details data={data} /> : null}
    </Card>
  );
}

function Details({ data }: { data: Data }) {
  const { t } = useI18n();
  const mine = data.tasks.filter((task) => task.owner === 'partners');
  const others = data.tasks.filter((task) => task.owner !== 'partners');
  return (
    <>
      <p>
        {t.partner.multiagency.startedOn(formatLocalDate(data.startedOn))}
        {' · '}
        {t.partner.multiagency.phase}:{' '}
        <strong data-qa="partner-ma-phase">{t.partner.multiagency.phases[data.phase]}</strong>
      </p>
      <H3>{t.partner.multiagency.tasksHeading}</H3>
      {mine.length === 0 ? (
        <Muted>{t.partner.multiagency.noTasks}</Muted>
      ) : (
        <TaskTable tasks={mine} qa="mine" />
      )}
      <ContributionSection data={data} />
      {others.length > 0 ? (
        <details>
          <summary>{t.partner.multiagency.otherTasksHeading}</summary>
          <TaskTable tasks={others} qa="others" />
        </details>
      ) : null}
      <H3>{t.partner.multiagency.meetingsHeading}</H3>
      {data.meetings.length === 0 ? (
        <Muted>{t.partner.multiagency.noMeetings}</Muted>
      ) : (
        data.meetings.map((meeting) => (
          <section
            key={meeting.id}
            aria-label={t.partner.multiagency.meetingOn(formatLocalDate(meeting.heldOn))}
          >
            <p style={{ fontWeight: 600, margin: '0 0 4px' }}>
              {t.partner.multiagency.meetingOn(formatLocalDate(meeting.heldOn))}
              {meeting.place ? ` · ${meeting.place}` : ''}
            </p>
            <p style={{ whiteSpace: 'pre-wrap', marginTop: 0 }}>{meeting.record}</p>
            {meeting.nextSteps.length > 0 ? (
              <>
                <p style={{ margin: '0 0 4px' }}>{t.partner.multiagency.nextSteps}</p>
                <ul>
                  {meeting.nextSteps.map((step) => (
                    <li key={`${step.what}-${step.who}`}>
                      {step.what}
                      {step.who ? ` – ${step.who}` : ''}
                      {step.dueOn ? ` (${formatLocalDate(step.dueOn)})` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ))
      )}
      <H3>{t.partner.multiagency.summaryHeading}</H3>
      {data.summary ? (
        <p style={{ whiteSpace: 'pre-wrap' }} data-qa="partner-ma-summary">
          {data.summary.text}
        </p>
      ) : (
        <Muted>{t.partner.multiagency.noSummary}</Muted>
      )}
    </>
  );
}

function TaskTable({ tasks, qa }: { tasks: Omit<MultiagencyTask, 'doneBy'>[]; qa: string }) {
  const { t, lang } = useI18n();
  return (
    <DataTable caption={t.partner.multiagency.tasksHeading} captionHidden data-qa={`partner-tasks-${qa}`}>
      <thead>
        <tr>
          <th scope="col">{t.partner.multiagency.task}</th>
          <th scope="col">{t.partner.multiagency.due}</th>
          <th scope="col">{t.partner.multiagency.status}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id}>
            <td>
              <strong>{localName(task.title, lang)}</strong>
              {localName(task.instructions, lang) ? (
                <div style={{ whiteSpace: 'pre-wrap' }}>{localName(task.instructions, lang)}</div>
              ) : null}
            </td>
            <td>{formatLocalDate(task.dueOn)}</td>
            <td>
              {task.doneAt ? (
                t.partner.multiagency.done
              ) : task.overdue ? (
                <Tag $tone="warning">{t.partner.multiagency.late}</Tag>
              ) : (
                t.partner.multiagency.open
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

type Fields = Pick<
  Contribution,
  'observations' | 'concerns' | 'strengths' | 'proposedSupport' | 'meetingAvailability'
>;
const fieldNames = [
  'observations',
  'concerns',
  'strengths',
  'proposedSupport',
  'meetingAvailability',
] as const;

const empty: Fields = {
  observations: '',
  concerns: '',
  strengths: '',
  proposedSupport: '',
  meetingAvailability: '',
};

function valuesOf(contribution: Contribution | null): Fields {
  if (!contribution) return empty;
  const { observations, concerns, strengths, proposedSupport, meetingAvailability } = contribution;
  return { observations, concerns, strengths, proposedSupport, meetingAvailability };
}

/** Her structured contribution: saved as a draft or sent, with the conflict handling of shared edits. */
function ContributionSection({ data }: { data: Data }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const mine = data.myContribution;
  const writable = data.can.includes('partner:contribute');
  // The version the first save starts from: none yet, sent as null.
  const draft = useVersionedDraft(valuesOf(mine), mine?.version ?? 0);
  // Whether the save under way also sends the contribution to the worker (read when the save starts).
  const submitting = useRef(false);
  const key = partnerMultiagencyQuery(data.id).queryKey;

  const store = (saved: Contribution) =>
    queryClient.setQueryData(key, (old: Data | undefined) => (old ? { ...old, myContribution: saved } : old));

  const body = (version: number) => ({
    ...draft.values,
    version: version === 0 ? null : version,
    submitted: submitting.current || !!mine?.submittedAt,
  });
  // Sending a saved draft as it is: there is nothing for the form to save, only the state to change.
  const send = useMutation({
    mutationFn: () => partnerApi.saveContribution(data.id, body(draft.baseVersion)),
    onSuccess: (saved) => {
      submitting.current = false;
      store(saved);
      draft.reset(valuesOf(saved), saved.version);
    },
  });
  const reload = async () => {
    const latest = await queryClient.fetchQuery({ ...partnerMultiagencyQuery(data.id), staleTime: 0 });
    if (!latest.myContribution) throw new Error('the contribution saved first is gone');
    return latest.myContribution;
  };

  const hints: Partial<Record<(typeof fieldNames)[number], string>> = {
    observations: t.partner.contribution.observationsHint,
    strengths: t.partner.contribution.strengthsHint,
    proposedSupport: t.partner.contribution.proposedSupportHint,
    meetingAvailability: t.partner.contribution.meetingAvailabilityHint,
  };

  return (
    <section aria-labelledby={`contribution-${data.id}`} data-qa="partner-contribution">
      <H3 id={`contribution-${data.id}`}>{t.partner.contribution.heading}</H3>
      {mine?.submittedAt ? (
        <InlineAlert status="neutral" data-qa="contribution-submitted" mb="s">
          {t.partner.contribution.submitted(formatDate(mine.submittedAt))}
        </InlineAlert>
      ) : mine ? (
        <Muted data-qa="contribution-draft">{t.partner.contribution.draft}</Muted>
      ) : null}
      {!writable ? (
        <>
          <Muted>{t.partner.contribution.cannot}</Muted>
          {fieldNames.map((field) => (
            <div key={field}>
              <H3 as="h4">{t.partner.contribution[field]}</H3>
              <p style={{ whiteSpace: 'pre-wrap' }}>{draft.values[field] || t.common.empty}</p>
            </div>
          ))}
        </>
      ) : (
        <>
          <Muted>{t.partner.contribution.intro}</Muted>
          <VersionedForm<Contribution, Fields>
            draft={draft}
            label={t.partner.contribution.label}
            qa="contribution"
            submitText={mine?.submittedAt ? t.common.save : t.partner.contribution.saveDraft}
            // The contribution is saved whole: what she typed, on the version she started from.
            save={({ version }) => partnerApi.saveContribution(data.id, body(version))}
            reload={reload}
            valuesOf={valuesOf}
            onSaved={(saved) => {
              submitting.current = false;
              store(saved);
            }}
          >
            {fieldNames.map((field) => {
              const saved = draft.savedValue(field);
              return (
                <Textarea
                  key={field}
                  labelText={t.partner.contribution[field]}
                  hintText={saved !== undefined ? t.common.latestValue(saved) : hints[field]}
                  value={draft.values[field]}
                  onChange={(event) => draft.set(field, event.target.value)}
                  rows={field === 'meetingAvailability' ? 2 : 4}
                  fullWidth
                  resize="vertical"
                  data-qa={`contribution-${field}`}
                />
              );
            })}
            {!mine?.submittedAt ? (
              <Button
                type={mine && draft.changed.length === 0 ? 'button' : 'submit'}
                variant="secondary"
                disabled={send.isPending}
                onClick={() => {
                  submitting.current = true;
                  if (mine && draft.changed.length === 0) send.mutate();
                }}
                data-qa="contribution-submit"
              >
                {t.partner.contribution.submit}
              </Button>
            ) : null}
            {send.error ? <InlineAlert status="error">{errorText(send.error, lang, t)}</InlineAlert> : null}
          </VersionedForm>
        </>
      )}
    </section>
  );
}
