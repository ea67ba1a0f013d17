import type { Notification } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import styled from 'styled-components';
import { Checkbox, InlineAlert, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { notificationsApi } from '../../lib/api/endpoints';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { ErrorNotice, errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, type FormError, FormErrors, FormStack, Hint } from '../../lib/components/Forms';
import { Card, Columns, FactList, H2, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { formatDateTime, formatLocalDate, formatWeekdayDate } from '../../lib/dates';
import { type Translations, useI18n } from '../../lib/i18n';
import { useSession } from '../auth/session';
import { clockQuery } from '../children/ChildClockPanel';
import { BackNav, childName } from '../children/ChildPage';
import { childQuery, isNotFound } from '../children/queries';
import { notificationQuery } from './queries';

const DeadlineLines = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 2px ${spacing.s};
    padding: ${spacing.xs} 0;
    border-bottom: 1px solid ${colors.depthLight2};
  }
  li:last-child {
    border-bottom: 0;
  }
  .what {
    font-weight: 600;
  }
`;

const Content = styled.div`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  padding: ${spacing.s};
  background: ${colors.depthLight3};
  border: 1px solid ${colors.depthLight2};
  max-width: 75ch;
`;

export function NotificationPage() {
  const { notificationId = '' } = useParams({ strict: false });
  const search = useSearch({ strict: false }) as { registered?: boolean };
  const { t } = useI18n();
  const query = useQuery(notificationQuery(notificationId));
  const notification = query.data;
  const notFound = isNotFound(query.error);
  // The child's name only for those who may read the child; a registrar of another team's child sees none.
  const child = useQuery({
    ...childQuery(notification?.childId ?? ''),
    enabled: !!notification?.caseId,
    retry: false,
  });
  const name = child.data ? childName(child.data.child) : null;

  return (
    <div data-qa={notification ? 'notification-page' : notFound ? 'child-not-found' : 'notification-loading'}>
      <BackNav>
        {notification?.caseId ? (
          <Link to="/children/$childId" params={{ childId: notification.childId }}>
            {t.notifications.view.backToChild}
          </Link>
        ) : (
          <Link to="/worklist">{t.shell.backToWorklist}</Link>
        )}
      </BackNav>
      <PageHeading
        title={notFound ? t.child.notFound.title : t.notifications.view.title}
        focusKey={notification ? 'found' : notFound ? 'nf' : ''}
      >
        {notFound ? (
          t.child.notFound.title
        ) : (
          <>
            {t.notifications.view.title}
            {name ? (
              <span
                style={{ display: 'block', fontSize: '0.7em', color: colors.depthDark1 }}
                data-qa="notification-child-name"
              >
                {name}
              </span>
            ) : null}
          </>
        )}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {notFound ? (
        <Card>
          <Lead style={{ marginBottom: 0 }}>{t.notifications.view.notFound}</Lead>
        </Card>
      ) : null}
      {query.error && !notFound ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {notification ? (
        <NotificationDetails notification={notification} registered={!!search.registered} />
      ) : null}
    </div>
  );
}

function NotificationDetails({
  notification: n,
  registered,
}: {
  notification: Notification;
  registered: boolean;
}) {
  const { t } = useI18n();
  const v = t.notifications.view;
  const canAssess = n.can.includes('notification:assessUrgency');
  const notifier =
    n.notifierCategory === 'anonymous'
      ? t.notifications.notifierCategories.anonymous
      : [t.notifications.notifierCategories[n.notifierCategory], n.notifierName].filter(Boolean).join(': ');
  return (
    <>
      {registered ? (
        <InlineAlert status="neutral" mb="m" data-qa="notification-registered" role="status">
          <strong>{v.registered}</strong> {v.registeredNext}
        </InlineAlert>
      ) : null}
      {!n.caseId ? (
        <InlineAlert status="neutral" mb="m">
          {v.noCaseAccess}
        </InlineAlert>
      ) : null}
      <ButtonRow style={{ marginBottom: spacing.m }}>
        {n.assessmentId && n.can.includes('notification:read') ? (
          <ButtonLink
            to="/assessments/$assessmentId"
            params={{ assessmentId: n.assessmentId }}
            variant="secondary"
            data-qa="notification-open-assessment"
          >
            {v.openAssessment}
          </ButtonLink>
        ) : null}
        {n.caseId ? (
          <ButtonLink
            to="/children/$childId"
            params={{ childId: n.childId }}
            variant="secondary"
            data-qa="notification-open-child"
          >
            {v.openChild}
          </ButtonLink>
        ) : null}
      </ButtonRow>
      <Columns>
        <div>
          <SectionCard title={v.deadlinesHeading} qa="notification-deadlines">
            <DeadlineSummary notification={n} t={t} />
          </SectionCard>
          <SectionCard title={v.detailsHeading} qa="notification-details">
            <FactList
              facts={[
                {
                  label: v.kind,
                  value: (
                    <>
                      {t.notifications.kinds[n.kind]}
                      {n.kind !== 'notification' ? (
                        <div style={{ color: colors.depthDark1 }}>{t.notifications.kindHints[n.kind]}</div>
                      ) : null}
                    </>
                  ),
                  qa: 'notification-kind-value',
                },
                { label: v.receivedAt, value: formatDateTime(n.receivedAt, t), qa: 'notification-received' },
                { label: v.channel, value: t.notifications.channels[n.channel] },
                { label: v.notifier, value: notifier, qa: 'notification-notifier' },
                ...(n.notifierContact ? [{ label: v.notifierContact, value: n.notifierContact }] : []),
                ...(n.suspectedOffence || n.policeNotified !== null
                  ? [
                      {
                        label: v.offence,
                        value: n.suspectedOffence ? <Tag $tone="alert">{t.common.yes}</Tag> : t.common.no,
                        qa: 'notification-offence-value',
                      },
                      {
                        label: v.police,
                        value:
                          n.policeNotified === null
                            ? t.common.empty
                            : n.policeNotified
                              ? t.common.yes
                              : t.common.no,
                        qa: 'notification-police-value',
                      },
                    ]
                  : []),
                ...(n.policeNotNotifiedReason
                  ? [{ label: v.policeNotReason, value: n.policeNotNotifiedReason }]
                  : []),
                {
                  label: v.registeredBy,
                  value: t.common.byOn(formatDateTime(n.registeredAt, t), n.registeredBy.name),
                },
              ]}
            />
            <H3Like>{v.content}</H3Like>
            <Content data-qa="notification-content-value">{n.content || t.common.empty}</Content>
          </SectionCard>
        </div>
        <div>
          <SectionCard title={t.notifications.urgency.heading} qa="notification-urgency">
            {n.urgency ? (
              <UrgencyResult notification={n} />
            ) : canAssess ? (
              <UrgencyForm notification={n} />
            ) : (
              <Muted>
                {t.notifications.urgency.notAssessed} {t.notifications.urgency.onlyTeam}
              </Muted>
            )}
          </SectionCard>
        </div>
      </Columns>
    </>
  );
}

const H3Like = styled.h3`
  font-size: 18px;
  margin: ${spacing.m} 0 ${spacing.xs};
`;

function SectionCard({ title, qa, children }: { title: string; qa: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Card aria-labelledby={id} data-qa={qa}>
      <H2 id={id}>{title}</H2>
      {children}
    </Card>
  );
}

/** The notification's statutory dates as sentences: "Päätös selvityksen aloittamisesta viimeistään ti 3.12.2026". */
function DeadlineSummary({ notification: n, t }: { notification: Notification; t: Translations }) {
  const v = t.notifications.view;
  // A pre-birth notification waits for the birth: the expected date is on the child's clock.
  const clock = useQuery({ ...clockQuery(n.childId), enabled: !n.pendingDate });
  const expected = clock.data?.expectedBirthDate;
  const line = (qa: string, what: string, date: string | null, extra?: React.ReactNode) => (
    <li data-qa={qa} data-date={date ?? undefined}>
      <span className="what">{what}</span>
      <span>
        {date ? t.clock.dueBy(formatWeekdayDate(date, t)) : null}
        {extra}
      </span>
    </li>
  );
  return (
    <>
      {n.pendingDate ? (
        <p style={{ margin: `${spacing.xs} 0` }}>{v.pendingDate(formatLocalDate(n.pendingDate))}</p>
      ) : (
        <p style={{ margin: `${spacing.xs} 0` }} data-qa="notification-pending-from-birth">
          {expected ? t.childClock.expected(formatLocalDate(expected)) : v.pendingFromBirth}
        </p>
      )}
      {n.pendingDate && n.pendingDate < n.receivedOn ? <Hint>{v.joinedAssessment}</Hint> : null}
      <DeadlineLines>
        {line(
          'deadline-urgency',
          v.deadlineLabels.urgency,
          n.urgency ? null : n.receivedOn,
          n.urgency ? (
            <span data-qa="deadline-urgency-done">
              {v.urgencyDone(formatDateTime(n.urgency.assessedAt, t))}
            </span>
          ) : null,
        )}
        {n.assessmentStartDue ? line('deadline-start', v.deadlineLabels.start, n.assessmentStartDue) : null}
        {n.familyInformedDue ? line('deadline-family', v.deadlineLabels.family, n.familyInformedDue) : null}
        {n.assessmentCompleteDue
          ? line('deadline-complete', v.deadlineLabels.complete, n.assessmentCompleteDue)
          : null}
      </DeadlineLines>
    </>
  );
}

function UrgencyResult({ notification: n }: { notification: Notification }) {
  const { t } = useI18n();
  const u = n.urgency!;
  const r = t.notifications.urgency;
  return (
    <FactList
      data-qa="urgency-result"
      facts={[
        {
          label: r.result,
          value: u.urgent ? <Tag $tone="alert">{r.urgent}</Tag> : r.notUrgent,
          qa: 'urgency-result-value',
        },
        { label: t.notifications.urgency.measures, value: u.immediateMeasures || t.common.empty },
        { label: r.assessedBy, value: u.assessedBy.name },
        { label: r.assessedAt, value: formatDateTime(u.assessedAt, t) },
      ]}
    />
  );
}

function UrgencyForm({ notification: n }: { notification: Notification }) {
  const { t, lang } = useI18n();
  const r = t.notifications.urgency;
  const session = useSession();
  const queryClient = useQueryClient();
  const [urgent, setUrgent] = useState<'' | 'yes' | 'no'>('');
  const [measures, setMeasures] = useState('');
  const [startsClient, setStartsClient] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const save = useMutation({
    mutationFn: () =>
      notificationsApi.assessUrgency(n.id, {
        urgent: urgent === 'yes',
        immediateMeasures: measures.trim(),
        clientRelationshipStarts: urgent === 'yes' && startsClient,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(notificationQuery(n.id).queryKey, updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
        queryClient.invalidateQueries({ queryKey: ['child', n.childId] }),
        queryClient.invalidateQueries({ queryKey: ['notification-register'] }),
        ...(n.assessmentId
          ? [queryClient.invalidateQueries({ queryKey: ['assessment', n.assessmentId] })]
          : []),
      ]);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = urgent ? [] : [{ id: 'urgency-yes', text: r.choose }];
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) save.mutate();
  };

  return (
    <>
      <Muted>{r.intro}</Muted>
      <FormErrors errors={errors} attempt={attempt} qa="urgency-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={r.heading}>
        <RadioButtonGroup
          labelText={r.legend}
          name="urgent"
          value={urgent}
          onChange={(value) => {
            setUrgent(value as 'yes' | 'no');
            setErrors([]);
          }}
          groupStatus={errors.length > 0 ? 'error' : 'default'}
          groupStatusText={errors[0]?.text}
          data-qa="urgency-urgent"
        >
          <RadioButton value="yes" id="urgency-yes" data-qa="urgency-yes">
            {r.urgent}
          </RadioButton>
          <RadioButton value="no" id="urgency-no" data-qa="urgency-no">
            {r.notUrgent}
          </RadioButton>
        </RadioButtonGroup>
        <Textarea
          labelText={r.measures}
          hintText={r.measuresHint}
          optionalText={t.common.optional}
          value={measures}
          onChange={(event) => setMeasures(event.target.value)}
          fullWidth
          resize="vertical"
          rows={3}
          maxLength={5000}
          data-qa="urgency-measures"
        />
        {urgent === 'yes' ? (
          <Checkbox
            checked={startsClient}
            onClick={({ checkboxState }) => setStartsClient(checkboxState)}
            data-qa="urgency-starts-client"
          >
            {r.startsClient}
          </Checkbox>
        ) : null}
        <Hint>{r.assessor(session?.user.name ?? '')}</Hint>
        {save.error ? (
          <InlineAlert status="error" data-qa="urgency-error">
            {errorText(save.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={save.isPending} qa="urgency-submit">
            {r.submit}
          </SubmitButton>
        </ButtonRow>
      </FormStack>
    </>
  );
}
