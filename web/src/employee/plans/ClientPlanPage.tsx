import { type ClientPlan, daysBetween, type LocalDate } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import styled from 'styled-components';
import { InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { documentsApi, plansApi } from '../../lib/api/endpoints';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { DataTable } from '../../lib/components/DataTable';
import { DateField } from '../../lib/components/DateField';
import { DaysLeft } from '../../lib/components/Deadlines';
import { ErrorNotice, errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow, type FormError, FormErrors, FormStack, Hint } from '../../lib/components/Forms';
import { Card, H2, Lead, Muted, Tag } from '../../lib/components/Layout';
import { ListEditor } from '../../lib/components/ListEditor';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { VersionedForm } from '../../lib/components/VersionedForm';
import {
  formatDateTime,
  formatLocalDate,
  formatWeekdayDate,
  helsinkiToday,
  parseFinnishDate,
} from '../../lib/dates';
import { useVersionedDraft } from '../../lib/forms/versioned';
import { type Translations, useI18n } from '../../lib/i18n';
import { BackNav, childName } from '../children/ChildPage';
import { childQuery, isNotFound } from '../children/queries';
import { DocumentsCard } from '../documents/DocumentsCard';
import { planListQuery, planQuery } from './queries';
import { StartPlanButton } from './StartPlanButton';

type Service = ClientPlan['services'][number];
type Goal = ClientPlan['goals'][number];
type Participant = ClientPlan['participants'][number];

const ReviewBanner = styled.div<{ $overdue: boolean }>`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${spacing.xs} ${spacing.m};
  padding: ${spacing.s} ${spacing.m};
  margin-bottom: ${spacing.m};
  background: ${({ $overdue }) => ($overdue ? colors.alertLight1 : colors.highlightLight4)};
  border: 1px solid ${({ $overdue }) => ($overdue ? colors.alertBase : colors.highlightLight2)};
  border-left: 6px solid ${({ $overdue }) => ($overdue ? colors.alertBase : colors.highlightBase)};
  .due {
    font-size: 20px;
    font-weight: 600;
  }
`;

export function ClientPlanPage() {
  const { planId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(planQuery(planId));
  const plan = query.data;
  const child = useQuery({ ...childQuery(plan?.childId ?? ''), enabled: !!plan });
  const notFound = isNotFound(query.error);
  const name = child.data ? childName(child.data.child) : null;
  return (
    <div data-qa={plan ? 'plan-page' : notFound ? 'child-not-found' : 'plan-loading'}>
      <BackNav>
        {plan ? (
          <Link to="/children/$childId" params={{ childId: plan.childId }} data-qa="plan-back">
            {t.plan.backToChild}
          </Link>
        ) : (
          <Link to="/worklist">{t.shell.backToWorklist}</Link>
        )}
      </BackNav>
      <PageHeading
        title={notFound ? t.child.notFound.title : t.plan.title}
        focusKey={plan ? `plan-${plan.id}` : notFound ? 'nf' : ''}
      >
        {notFound ? (
          t.child.notFound.title
        ) : (
          <>
            {t.plan.title}
            {name ? (
              <span
                style={{ display: 'block', fontSize: '0.7em', color: colors.depthDark1 }}
                data-qa="plan-child-name"
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
          <Lead style={{ marginBottom: 0 }}>{t.child.notFound.body}</Lead>
        </Card>
      ) : null}
      {query.error && !notFound ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {plan ? <PlanDetails plan={plan} /> : null}
    </div>
  );
}

function Section({ title, qa, children }: { title: string; qa: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card aria-labelledby={id} data-qa={qa}>
      <H2 id={id}>{title}</H2>
      {children}
    </Card>
  );
}

function PlanDetails({ plan }: { plan: ClientPlan }) {
  const { t } = useI18n();
  const p = t.plan;
  const list = useQuery(planListQuery(plan.childId));
  const draftInList = list.data?.plans.find((item) => item.status === 'draft');
  const agreed = plan.status === 'agreed';
  // Only the version in force is due for review; an earlier one was replaced, not forgotten.
  const inForce =
    agreed &&
    list.data?.plans.filter((item) => item.status === 'agreed').every((item) => item.planNo <= plan.planNo);
  const daysLeft =
    inForce && plan.reviewDue ? daysBetween(helsinkiToday(), plan.reviewDue as LocalDate) : null;
  return (
    <>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: spacing.m, alignItems: 'center' }}
      >
        <Tag $tone={agreed ? 'neutral' : 'warning'} data-qa="plan-status" data-status={plan.status}>
          {p.version(plan.planNo)} · {p.statuses[plan.status]}
        </Tag>
        {plan.basedOnId ? <span>{p.basedOn(plan.planNo - 1)}</span> : null}
        {agreed && plan.planDate && plan.agreedBy ? (
          <span>
            {p.agreedOnBy}: {t.common.byOn(formatLocalDate(plan.planDate), plan.agreedBy.name)}
          </span>
        ) : null}
      </div>
      {agreed && plan.reviewDue ? (
        <ReviewBanner data-qa="plan-review-due" data-date={plan.reviewDue} $overdue={(daysLeft ?? 0) < 0}>
          <span className="due">{p.reviewDue(formatWeekdayDate(plan.reviewDue, t))}</span>
          {daysLeft !== null ? <DaysLeft daysLeft={daysLeft} qa="plan-review-days-left" /> : null}
          <span>{p.reviewIntro}</span>
        </ReviewBanner>
      ) : null}
      {agreed ? (
        <>
          <Section title={p.title} qa="plan-view">
            <PlanView plan={plan} />
          </Section>
          <Section title={t.documents.heading} qa="plan-documents">
            <DocumentsCard
              childId={plan.childId}
              sourceId={plan.id}
              kind="client_plan"
              canCreate={plan.can.includes('document:create')}
              create={(language) => documentsApi.createForPlan(plan.id, language)}
            />
          </Section>
          <Section title={p.newVersion} qa="plan-new-version">
            {draftInList && draftInList.id !== plan.id ? (
              <>
                <Muted>{p.draftExists(draftInList.planNo)}</Muted>
                <ButtonLink
                  to="/client-plans/$planId"
                  params={{ planId: draftInList.id }}
                  variant="secondary"
                  data-qa="plan-open-draft"
                >
                  {p.openDraft}
                </ButtonLink>
              </>
            ) : list.data?.can.includes('clientPlan:edit') ? (
              <>
                <Muted>{p.newVersionHint}</Muted>
                <StartPlanButton childId={plan.childId} text={p.newVersion} qa="plan-start-new" />
              </>
            ) : (
              <Muted>{p.newVersionHint}</Muted>
            )}
          </Section>
        </>
      ) : plan.can.includes('clientPlan:edit') ? (
        <PlanEditor plan={plan} />
      ) : (
        <Section title={p.title} qa="plan-view">
          <PlanView plan={plan} />
        </Section>
      )}
      <Section title={p.versionsHeading} qa="plan-versions">
        {list.data ? <Versions plans={list.data.plans} current={plan.id} t={t} /> : <Loading />}
      </Section>
    </>
  );
}

const ViewList = styled.dl`
  margin: 0;
  dt {
    font-weight: 600;
    margin-top: ${spacing.s};
  }
  dt:first-child {
    margin-top: 0;
  }
  dd {
    margin: 2px 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-width: 75ch;
  }
  ul {
    margin: 0;
    padding-left: 20px;
  }
`;

function PlanView({ plan }: { plan: ClientPlan }) {
  const { t } = useI18n();
  const p = t.plan;
  const text = (value: string) => value || t.common.notRecorded;
  return (
    <ViewList data-qa="plan-fields">
      <dt>{p.fields.circumstancesToChange}</dt>
      <dd>{text(plan.circumstancesToChange)}</dd>
      <dt>{p.fields.supportNeeded}</dt>
      <dd>{text(plan.supportNeeded)}</dd>
      <dt>{p.fields.services}</dt>
      <dd>
        {plan.services.length === 0 ? (
          t.common.notRecorded
        ) : (
          <ul data-qa="plan-services">
            {plan.services.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored list
              <li key={i}>{[s.service, s.provider, s.timing].filter(Boolean).join(' – ')}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{p.fields.goals}</dt>
      <dd>
        {plan.goals.length === 0 ? (
          t.common.notRecorded
        ) : (
          <ul data-qa="plan-goals">
            {plan.goals.map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored list
              <li key={i}>{g.estimatedTime ? `${g.goal} (${g.estimatedTime})` : g.goal}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{p.fields.childViews}</dt>
      <dd>{text(plan.childViews)}</dd>
      <dt>{p.fields.guardianViews}</dt>
      <dd>{text(plan.guardianViews)}</dd>
      <dt>{p.fields.dissentingViews}</dt>
      <dd>{text(plan.dissentingViews)}</dd>
      <dt>{p.fields.participants}</dt>
      <dd>
        {plan.participants.length === 0
          ? t.common.notRecorded
          : plan.participants.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join(', ')}
      </dd>
      {plan.requestedReviewDate ? (
        <>
          <dt>{p.fields.requestedReviewDate}</dt>
          <dd>{formatLocalDate(plan.requestedReviewDate)}</dd>
        </>
      ) : null}
    </ViewList>
  );
}

interface PlanValues extends Record<string, unknown> {
  circumstancesToChange: string;
  supportNeeded: string;
  services: Service[];
  goals: Goal[];
  childViews: string;
  guardianViews: string;
  dissentingViews: string;
  participants: Participant[];
  requestedReviewDate: string;
}

function valuesOf(plan: ClientPlan): PlanValues {
  return {
    circumstancesToChange: plan.circumstancesToChange,
    supportNeeded: plan.supportNeeded,
    services: plan.services,
    goals: plan.goals,
    childViews: plan.childViews,
    guardianViews: plan.guardianViews,
    dissentingViews: plan.dissentingViews,
    participants: plan.participants,
    requestedReviewDate: plan.requestedReviewDate ? formatLocalDate(plan.requestedReviewDate) : '',
  };
}

/** The form's values as the API takes them: the review date as an ISO date or null. */
function toRequest(patch: Partial<PlanValues>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...patch };
  if ('requestedReviewDate' in patch) {
    const text = String(patch.requestedReviewDate ?? '').trim();
    out.requestedReviewDate = text ? parseFinnishDate(text) : null;
  }
  return out;
}

function PlanEditor({ plan }: { plan: ClientPlan }) {
  const { t } = useI18n();
  const p = t.plan;
  const queryClient = useQueryClient();
  const draft = useVersionedDraft(valuesOf(plan), plan.version);
  const [listErrors, setListErrors] = useState<{
    services: number[];
    goals: number[];
    participants: number[];
  }>({
    services: [],
    goals: [],
    participants: [],
  });
  const [reviewError, setReviewError] = useState<string | null>(null);
  const onSaved = (saved: ClientPlan) => queryClient.setQueryData(planQuery(plan.id).queryKey, saved);
  const hint = (field: keyof PlanValues) => {
    const saved = draft.savedValue(field);
    return typeof saved === 'string' ? t.common.latestValue(saved) : undefined;
  };
  const textArea = (field: keyof PlanValues & string, rows: number, extraHint?: string) => (
    <Textarea
      id={`plan-${field}`}
      labelText={p.fields[field as keyof typeof p.fields]}
      hintText={hint(field) ?? extraHint}
      value={String(draft.values[field] ?? '')}
      onChange={(event) => draft.set(field, event.target.value)}
      fullWidth
      resize="vertical"
      rows={rows}
      maxLength={20_000}
      data-qa={`plan-${field}`}
    />
  );

  const validate = () => {
    const blank = <T,>(items: T[], key: keyof T) =>
      items.map((item, i) => (String(item[key]).trim() ? -1 : i)).filter((i) => i >= 0);
    const next = {
      services: blank(draft.values.services, 'service'),
      goals: blank(draft.values.goals, 'goal'),
      participants: blank(draft.values.participants, 'name'),
    };
    setListErrors(next);
    const review = draft.values.requestedReviewDate.trim();
    const date = review ? parseFinnishDate(review) : null;
    const reviewProblem =
      review && !date ? t.common.dateInvalid : date && date <= helsinkiToday() ? p.errors.reviewInPast : null;
    setReviewError(reviewProblem);
    return !reviewProblem && next.services.length + next.goals.length + next.participants.length === 0;
  };

  return (
    <>
      <Section title={p.editHeading} qa="plan-edit">
        <Muted>{p.editIntro}</Muted>
        <VersionedForm
          draft={draft}
          valuesOf={valuesOf}
          save={(patch) => plansApi.update(plan.id, { ...toRequest(patch), version: patch.version })}
          reload={() => queryClient.fetchQuery({ ...planQuery(plan.id), staleTime: 0 })}
          onSaved={onSaved}
          label={p.editHeading}
          qa="plan-form"
          submitText={p.save}
          validate={validate}
        >
          {textArea('circumstancesToChange', 4, p.hints.circumstancesToChange)}
          {textArea('supportNeeded', 4, p.hints.supportNeeded)}
          <PlanList title={p.fields.services}>
            <ListEditor<Service>
              items={draft.values.services}
              onChange={(items) => draft.set('services', items)}
              empty={() => ({ service: '', provider: '', timing: '' })}
              itemLegend={p.service.item}
              addText={p.service.add}
              removeText={p.service.remove}
              qa="plan-service"
              renderItem={(item, update, firstId, index) => (
                <>
                  <TextInput
                    id={firstId}
                    labelText={p.service.service}
                    value={item.service}
                    onChange={(value) => update({ ...item, service: String(value ?? '') })}
                    status={listErrors.services.includes(index) ? 'error' : 'default'}
                    statusText={listErrors.services.includes(index) ? p.service.required : undefined}
                    fullWidth
                    data-qa="plan-service-name"
                  />
                  <FieldRow>
                    <TextInput
                      labelText={p.service.provider}
                      value={item.provider}
                      onChange={(value) => update({ ...item, provider: String(value ?? '') })}
                      fullWidth
                      data-qa="plan-service-provider"
                    />
                    <TextInput
                      labelText={p.service.timing}
                      value={item.timing}
                      onChange={(value) => update({ ...item, timing: String(value ?? '') })}
                      fullWidth
                      data-qa="plan-service-timing"
                    />
                  </FieldRow>
                </>
              )}
            />
          </PlanList>
          <PlanList title={p.fields.goals}>
            <ListEditor<Goal>
              items={draft.values.goals}
              onChange={(items) => draft.set('goals', items)}
              empty={() => ({ goal: '', estimatedTime: '' })}
              itemLegend={p.goal.item}
              addText={p.goal.add}
              removeText={p.goal.remove}
              qa="plan-goal"
              renderItem={(item, update, firstId, index) => (
                <>
                  <Textarea
                    id={firstId}
                    labelText={p.goal.goal}
                    value={item.goal}
                    onChange={(event) => update({ ...item, goal: event.target.value })}
                    status={listErrors.goals.includes(index) ? 'error' : 'default'}
                    statusText={listErrors.goals.includes(index) ? p.goal.required : undefined}
                    fullWidth
                    resize="vertical"
                    rows={2}
                    maxLength={2000}
                    data-qa="plan-goal-text"
                  />
                  <TextInput
                    labelText={p.goal.estimatedTime}
                    hintText={p.goal.estimatedTimeHint}
                    value={item.estimatedTime}
                    onChange={(value) => update({ ...item, estimatedTime: String(value ?? '') })}
                    fullWidth
                    data-qa="plan-goal-time"
                  />
                </>
              )}
            />
          </PlanList>
          {textArea('childViews', 3)}
          {textArea('guardianViews', 3)}
          {textArea('dissentingViews', 3, p.hints.dissentingViews)}
          <PlanList title={p.fields.participants}>
            <ListEditor<Participant>
              items={draft.values.participants}
              onChange={(items) => draft.set('participants', items)}
              empty={() => ({ name: '', role: '' })}
              itemLegend={p.participant.item}
              addText={p.participant.add}
              removeText={p.participant.remove}
              qa="plan-participant"
              renderItem={(item, update, firstId, index) => (
                <FieldRow>
                  <TextInput
                    id={firstId}
                    labelText={p.participant.name}
                    value={item.name}
                    onChange={(value) => update({ ...item, name: String(value ?? '') })}
                    status={listErrors.participants.includes(index) ? 'error' : 'default'}
                    statusText={listErrors.participants.includes(index) ? p.participant.required : undefined}
                    fullWidth
                    data-qa="plan-participant-name"
                  />
                  <TextInput
                    labelText={p.participant.role}
                    value={item.role}
                    onChange={(value) => update({ ...item, role: String(value ?? '') })}
                    fullWidth
                    data-qa="plan-participant-role"
                  />
                </FieldRow>
              )}
            />
          </PlanList>
          <DateField
            id="plan-requestedReviewDate"
            labelText={p.fields.requestedReviewDate}
            hintText={hint('requestedReviewDate') ?? p.hints.requestedReviewDate}
            optionalText={t.common.optional}
            value={draft.values.requestedReviewDate}
            onChange={(value) => draft.set('requestedReviewDate', value)}
            status={reviewError ? 'error' : 'default'}
            statusText={reviewError ?? undefined}
            qa="plan-review-date"
          />
        </VersionedForm>
      </Section>
      {plan.can.includes('clientPlan:agree') ? (
        <Section title={p.agree.heading} qa="plan-agree">
          <AgreeForm plan={plan} unsaved={draft.changed.length > 0} values={draft.values} />
        </Section>
      ) : (
        <Card>
          <Muted style={{ margin: 0 }}>{p.agree.onlyResponsible}</Muted>
        </Card>
      )}
    </>
  );
}

const ListBlock = styled.fieldset`
  border: 0;
  margin: 0;
  padding: 0;
  min-width: 0;
  legend {
    font-weight: 600;
    font-size: 18px;
    padding: 0;
    margin-bottom: ${spacing.xs};
  }
`;

function PlanList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <ListBlock>
      <legend>{title}</legend>
      {children}
    </ListBlock>
  );
}

function AgreeForm({ plan, unsaved, values }: { plan: ClientPlan; unsaved: boolean; values: PlanValues }) {
  const { t, lang } = useI18n();
  const a = t.plan.agree;
  const queryClient = useQueryClient();
  const [planDate, setPlanDate] = useState(formatLocalDate(helsinkiToday()));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const agree = useMutation({
    mutationFn: () =>
      plansApi.agree(plan.id, { version: plan.version, planDate: parseFinnishDate(planDate)! }),
    onSuccess: async (agreed) => {
      queryClient.setQueryData(planQuery(plan.id).queryKey, agreed);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['client-plans', plan.childId] }),
        queryClient.invalidateQueries({ queryKey: ['clock', plan.childId] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (unsaved) found.push({ id: 'plan-circumstancesToChange', text: t.plan.errors.unsaved });
    if (!values.circumstancesToChange.trim() || !values.supportNeeded.trim())
      found.push({ id: 'plan-circumstancesToChange', text: a.incomplete });
    const date = parseFinnishDate(planDate);
    if (!date) found.push({ id: 'plan-agree-date', text: t.common.dateInvalid });
    else if (date > helsinkiToday()) found.push({ id: 'plan-agree-date', text: t.common.dateInFuture });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) agree.mutate();
  };
  return (
    <>
      <Muted>{a.intro}</Muted>
      <FormErrors errors={errors} attempt={attempt} qa="plan-agree-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={a.heading} data-qa="plan-agree-form">
        <DateField
          id="plan-agree-date"
          labelText={a.planDate}
          value={planDate}
          onChange={setPlanDate}
          qa="plan-agree-date"
          status={errors.some((e) => e.id === 'plan-agree-date') ? 'error' : 'default'}
          statusText={errors.find((e) => e.id === 'plan-agree-date')?.text}
        />
        {agree.error ? (
          <InlineAlert
            status={isApiError(agree.error, 'conflict') ? 'warning' : 'error'}
            data-qa="plan-agree-error"
          >
            {errorText(agree.error, lang, t)}
          </InlineAlert>
        ) : null}
        <Hint>{t.plan.reviewIntro}</Hint>
        <ButtonRow>
          <SubmitButton pending={agree.isPending} qa="plan-agree-submit">
            {a.submit}
          </SubmitButton>
        </ButtonRow>
      </FormStack>
    </>
  );
}

function Versions({
  plans,
  current,
  t,
}: {
  plans: {
    id: string;
    planNo: number;
    status: 'draft' | 'agreed';
    planDate: string | null;
    reviewDue: string | null;
    updatedAt: string;
  }[];
  current: string;
  t: Translations;
}) {
  const p = t.plan;
  const lastAgreed = plans.filter((x) => x.status === 'agreed').sort((a, b) => b.planNo - a.planNo)[0];
  return (
    <DataTable caption={p.versionsCaption} captionHidden data-qa="plan-versions-table">
      <thead>
        <tr>
          <th scope="col">{p.versionColumns.version}</th>
          <th scope="col">{p.versionColumns.status}</th>
          <th scope="col">{p.versionColumns.planDate}</th>
          <th scope="col">{p.versionColumns.reviewDue}</th>
          <th scope="col">{p.versionColumns.updated}</th>
        </tr>
      </thead>
      <tbody>
        {[...plans]
          .sort((a, b) => b.planNo - a.planNo)
          .map((item) => (
            <tr key={item.id} data-qa="plan-version-row">
              <th scope="row">
                {item.id === current ? (
                  <span aria-current="page">{p.version(item.planNo)}</span>
                ) : (
                  <Link to="/client-plans/$planId" params={{ planId: item.id }}>
                    {p.version(item.planNo)}
                  </Link>
                )}
              </th>
              <td>
                {p.statuses[item.status]}
                {item.id === lastAgreed?.id ? (
                  <>
                    {' '}
                    <Tag $tone="neutral">{p.current}</Tag>
                  </>
                ) : null}
              </td>
              <td className="nowrap">{item.planDate ? formatLocalDate(item.planDate) : t.common.empty}</td>
              <td className="nowrap">{item.reviewDue ? formatLocalDate(item.reviewDue) : t.common.empty}</td>
              <td className="nowrap">{formatDateTime(item.updatedAt, t)}</td>
            </tr>
          ))}
      </tbody>
    </DataTable>
  );
}
