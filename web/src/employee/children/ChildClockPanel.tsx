import type { Assessment, ChildClock, ChildPage } from '@lumo/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import styled from 'styled-components';
import { InlineAlert, TextInput } from 'suomifi-ui-components';
import { deadlinesApi, notificationsApi } from '../../lib/api/endpoints';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { DataTable } from '../../lib/components/DataTable';
import { DateField } from '../../lib/components/DateField';
import { DaysLeft, DueDate } from '../../lib/components/Deadlines';
import { ErrorNotice, errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow, FormStack } from '../../lib/components/Forms';
import { Card, H2, H3, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { formatDate, formatLocalDate, helsinkiToday, parseFinnishDate } from '../../lib/dates';
import { type Translations, useI18n } from '../../lib/i18n';
import { assessmentQuery } from '../assessments/queries';
import { can, useSession } from '../auth/session';
import { StartPlanButton } from '../plans/StartPlanButton';
import { DeadlineLink } from '../worklist/DeadlinesPage';

export const clockQuery = (childId: string) =>
  queryOptions({ queryKey: ['clock', childId], queryFn: () => deadlinesApi.clock(childId), staleTime: 0 });

const phases = ['intake', 'assessment', 'client'] as const;

const Steps = styled.ol`
  display: flex;
  flex-wrap: wrap;
  list-style: none;
  margin: 0 0 ${spacing.m};
  padding: 0;
  counter-reset: step;
  li {
    flex: 1 1 150px;
    position: relative;
    padding: ${spacing.xs} ${spacing.s} ${spacing.xs} 44px;
    border: 1px solid ${colors.depthLight1};
    margin: 0 -1px -1px 0;
    background: ${colors.whiteBase};
    color: ${colors.depthDark1};
    counter-increment: step;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  li::before {
    content: counter(step);
    position: absolute;
    left: 10px;
    top: 50%;
    transform: translateY(-50%);
    width: 24px;
    height: 24px;
    border-radius: 50%;
    border: 2px solid ${colors.depthBase};
    text-align: center;
    line-height: 20px;
    font-size: 14px;
    font-weight: 600;
    background: ${colors.whiteBase};
  }
  li[data-state='done'] {
    color: ${colors.blackBase};
  }
  li[data-state='done']::before {
    content: '✓';
    border-color: ${colors.successBase};
    background: ${colors.successBase};
    color: ${colors.whiteBase};
  }
  li[aria-current='step'] {
    color: ${colors.blackBase};
    font-weight: 600;
    background: ${colors.highlightLight4};
    border-color: ${colors.highlightBase};
    z-index: 1;
    box-shadow: inset 0 -4px 0 ${colors.highlightBase};
  }
  li[aria-current='step']::before {
    border-color: ${colors.highlightBase};
    background: ${colors.highlightBase};
    color: ${colors.whiteBase};
  }
`;

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
  gap: ${spacing.m} ${spacing.l};
  align-items: start;
`;

const Facts = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xxs} ${spacing.m};
  margin: 0 0 ${spacing.s};
`;

const DoneList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  li {
    padding: 4px 0 4px 22px;
    position: relative;
  }
  li::before {
    content: '✓';
    position: absolute;
    left: 0;
    color: ${colors.successDark1};
    font-weight: 600;
  }
`;

/**
 * The child's own statutory clock at the top of the child's page: where the case stands, every open
 * deadline with its date and days left, what has been done and when, and the way to the assessment,
 * the client plan and a new notification.
 */
export function ChildClockPanel({ page }: { page: ChildPage }) {
  const { t } = useI18n();
  const headingId = useId();
  const clock = useQuery(clockQuery(page.child.id));
  const latest = clock.data?.assessments[0];
  const assessment = useQuery({ ...assessmentQuery(latest?.id ?? ''), enabled: !!latest });
  // Recording the birth replaces its form with the deadlines it started; the message stays.
  const [born, setBorn] = useState(false);
  return (
    <Card aria-labelledby={headingId} id="clock" tabIndex={-1} data-qa="child-clock">
      <H2 id={headingId}>{t.childClock.heading}</H2>
      <div role="status">
        {born ? (
          <InlineAlert status="neutral" mb="s" data-qa="birth-recorded">
            {t.childClock.birth.recorded}
          </InlineAlert>
        ) : null}
      </div>
      {clock.isPending ? <Loading /> : null}
      {clock.error ? <ErrorNotice error={clock.error} onRetry={() => void clock.refetch()} /> : null}
      {clock.data ? (
        <ClockContent
          clock={clock.data}
          page={page}
          assessment={assessment.data}
          onBorn={() => setBorn(true)}
        />
      ) : null}
    </Card>
  );
}

function ClockContent({
  clock,
  page,
  assessment,
  onBorn,
}: {
  clock: ChildClock;
  page: ChildPage;
  assessment: Assessment | undefined;
  onBorn: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const c = clock.case;
  const open = c?.status === 'open';
  const current = open ? phases.indexOf(c.phase) : -1;
  const latest = clock.assessments[0];
  const pending = clock.assessments.find((a) => a.status === 'awaiting_start' || a.status === 'in_progress');
  const plan = clock.clientPlan;
  const registerAllowed = can(session, 'notification:register');

  return (
    <>
      {clock.expectedBirthDate && !c?.clientSince && !pending ? (
        <InlineAlert status="neutral" mb="s" data-qa="child-clock-expected">
          {t.childClock.expected(formatLocalDate(clock.expectedBirthDate))}
        </InlineAlert>
      ) : null}
      {c && open ? (
        <Steps aria-label={t.childClock.stepsLabel} data-qa="child-clock-phase" data-phase={c.phase}>
          {phases.map((phase, index) => (
            <li
              key={phase}
              aria-current={index === current ? 'step' : undefined}
              data-state={index < current ? 'done' : index === current ? 'current' : 'todo'}
            >
              {t.clock.phases[phase]}
              {index === current ? (
                <span className="visually-hidden"> ({t.childClock.currentStep})</span>
              ) : null}
            </li>
          ))}
        </Steps>
      ) : (
        <Muted data-qa="child-clock-no-case">{c ? t.childClock.closed : t.childClock.noCase}</Muted>
      )}
      {c && open ? (
        <Facts>
          {pending ? (
            <span data-qa="child-clock-pending">
              {t.childClock.pendingSince(formatLocalDate(pending.pendingDate))}
            </span>
          ) : null}
          {c.clientSince ? <span>{t.childClock.clientSince(formatLocalDate(c.clientSince))}</span> : null}
          {c.responsibleWorker ? <span>{t.childClock.responsible(c.responsibleWorker.name)}</span> : null}
        </Facts>
      ) : null}
      <Grid>
        <div>
          <H3 style={{ marginTop: 0 }}>{t.childClock.openHeading}</H3>
          {clock.deadlines.length === 0 ? (
            <Muted data-qa="child-clock-no-deadlines">{t.childClock.noOpen}</Muted>
          ) : (
            <DataTable caption={t.childClock.openCaption} captionHidden data-qa="child-clock-deadlines">
              <thead>
                <tr>
                  <th scope="col">{t.worklist.deadlines.columns.what}</th>
                  <th scope="col">{t.worklist.deadlines.columns.due}</th>
                  <th scope="col">{t.worklist.deadlines.columns.daysLeft}</th>
                </tr>
              </thead>
              <tbody>
                {clock.deadlines.map((item) => (
                  <tr
                    key={`${item.kind}:${item.sourceId}`}
                    data-qa="child-clock-deadline"
                    data-kind={item.kind}
                    data-group={item.group}
                  >
                    <th scope="row">
                      <DeadlineLink item={item} t={t} />
                      {item.urgent ? (
                        <>
                          {' '}
                          <Tag $tone="alert">{t.clock.urgentTag}</Tag>
                        </>
                      ) : null}
                    </th>
                    <td>
                      <DueDate date={item.due} qa="child-clock-due" />
                    </td>
                    <td>
                      <DaysLeft daysLeft={item.daysLeft} qa="child-clock-days-left" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </div>
        <div>
          <H3 style={{ marginTop: 0 }}>{t.childClock.doneHeading}</H3>
          <DoneSteps clock={clock} assessment={assessment} t={t} />
        </div>
      </Grid>
      <ButtonRow style={{ marginTop: spacing.m }}>
        {latest ? (
          <ButtonLink
            to="/assessments/$assessmentId"
            params={{ assessmentId: latest.id }}
            variant="secondary"
            data-qa="child-clock-assessment"
          >
            {t.childClock.links.assessment}
          </ButtonLink>
        ) : null}
        {plan.draftId ? (
          <ButtonLink
            to="/client-plans/$planId"
            params={{ planId: plan.draftId }}
            variant="secondary"
            data-qa="child-clock-plan-draft"
          >
            {t.childClock.links.draft}
          </ButtonLink>
        ) : null}
        {plan.current ? (
          <ButtonLink
            to="/client-plans/$planId"
            params={{ planId: plan.current.id }}
            variant="secondary"
            data-qa="child-clock-plan"
          >
            {t.childClock.links.plan}
          </ButtonLink>
        ) : null}
        {open &&
        c.phase === 'client' &&
        !plan.current &&
        !plan.draftId &&
        clock.can.includes('clientPlan:edit') ? (
          <StartPlanButton childId={clock.childId} text={t.plan.start} qa="child-clock-start-plan" />
        ) : null}
        {registerAllowed ? (
          <ButtonLink
            to="/notifications/new"
            search={{ childId: clock.childId }}
            data-qa="child-register-notification"
          >
            {t.childClock.registerNotification}
          </ButtonLink>
        ) : null}
        {clock.notifications.length > 0 && can(session, 'notificationRegister:read') ? (
          <Link to="/notifications" search={{ childId: clock.childId }} data-qa="child-clock-register">
            {t.childClock.links.register}
          </Link>
        ) : null}
      </ButtonRow>
      {clock.expectedBirthDate && page.can.includes('child:recordBirth') && !page.child.birthDate ? (
        <BirthForm childId={clock.childId} onRecorded={onBorn} />
      ) : null}
    </>
  );
}

function DoneSteps({
  clock,
  assessment,
  t,
}: {
  clock: ChildClock;
  assessment: Assessment | undefined;
  t: Translations;
}) {
  const d = t.childClock.doneItems;
  const items: { key: string; text: string }[] = [];
  for (const n of clock.notifications.slice(0, 3)) {
    items.push({ key: `n-${n.id}`, text: d.received(formatDate(n.receivedAt)) });
    if (n.urgent !== null)
      items.push({
        key: `u-${n.id}`,
        text: d.urgencyAssessed(
          n.urgent
            ? t.notifications.register.urgencyValues.urgent
            : t.notifications.register.urgencyValues.notUrgent,
        ),
      });
  }
  if (assessment?.startDecision)
    items.push({ key: 'start', text: d.startDecided(formatLocalDate(assessment.startDecision.decidedOn)) });
  if (assessment?.familyInformedDue.doneOn)
    items.push({
      key: 'family',
      text: d.familyInformed(formatLocalDate(assessment.familyInformedDue.doneOn)),
    });
  if (assessment?.conclusion)
    items.push({
      key: 'concluded',
      text: d.concluded(
        formatLocalDate(assessment.conclusion.concludedOn),
        t.assessment.conclusion.outcomesShort[assessment.conclusion.outcome],
      ),
    });
  if (clock.clientPlan.current)
    items.push({
      key: 'plan',
      text: d.planAgreed(clock.clientPlan.current.planNo, formatLocalDate(clock.clientPlan.current.planDate)),
    });
  if (items.length === 0) return <Muted>{t.common.empty}</Muted>;
  return (
    <DoneList data-qa="child-clock-done">
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </DoneList>
  );
}

function BirthForm({ childId, onRecorded }: { childId: string; onRecorded: () => void }) {
  const { t, lang } = useI18n();
  const b = t.childClock.birth;
  const queryClient = useQueryClient();
  const [birthDate, setBirthDate] = useState('');
  const [firstNames, setFirstNames] = useState('');
  const [hetu, setHetu] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: () =>
      notificationsApi.recordBirth(childId, {
        birthDate: parseFinnishDate(birthDate)!,
        ...(firstNames.trim() ? { firstNames: firstNames.trim() } : {}),
        ...(hetu.trim() ? { hetu: hetu.trim().toUpperCase() } : {}),
      }),
    onSuccess: async () => {
      onRecorded();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['child', childId] }),
        queryClient.invalidateQueries({ queryKey: ['clock', childId] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = parseFinnishDate(birthDate);
    if (!date) return setDateError(t.common.dateInvalid);
    if (date > helsinkiToday()) return setDateError(t.common.dateInFuture);
    setDateError(null);
    record.mutate();
  };
  return (
    <>
      <H3>{b.heading}</H3>
      <Muted>{b.intro}</Muted>
      <FormStack onSubmit={submit} noValidate aria-label={b.heading} data-qa="birth-form">
        <DateField
          labelText={b.birthDate}
          value={birthDate}
          onChange={setBirthDate}
          qa="birth-date"
          status={dateError ? 'error' : 'default'}
          statusText={dateError ?? undefined}
        />
        <FieldRow>
          <TextInput
            labelText={b.firstNames}
            optionalText={t.common.optional}
            value={firstNames}
            onChange={(value) => setFirstNames(String(value ?? ''))}
            fullWidth
            data-qa="birth-first-names"
          />
          <TextInput
            labelText={b.hetu}
            optionalText={t.common.optional}
            value={hetu}
            onChange={(value) => setHetu(String(value ?? ''))}
            autoComplete="off"
            fullWidth
            data-qa="birth-hetu"
          />
        </FieldRow>
        {record.error ? (
          <InlineAlert status="error" data-qa="birth-error">
            {errorText(record.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={record.isPending} qa="birth-submit">
            {b.submit}
          </SubmitButton>
        </ButtonRow>
      </FormStack>
    </>
  );
}
