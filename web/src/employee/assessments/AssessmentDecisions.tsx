import type { Assessment } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  Dropdown,
  DropdownItem,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
} from 'suomifi-ui-components';
import { assessmentsApi, workforceApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { DateField } from '../../lib/components/DateField';
import { errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, type FormError, FormErrors, FormStack, Hint } from '../../lib/components/Forms';
import { FactList, H3, Muted, Tag } from '../../lib/components/Layout';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { formatLocalDate, formatWeekdayDate, helsinkiToday, parseFinnishDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { afterAssignment } from '../workforce/AssignWorkerForm';
import { caseloadsQuery, teamSocialWorkers } from '../workforce/caseload';
import { assessmentQuery } from './queries';

function useAfterChange(assessment: Assessment) {
  const queryClient = useQueryClient();
  return async (updated: Assessment) => {
    queryClient.setQueryData(assessmentQuery(assessment.id).queryKey, updated);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      queryClient.invalidateQueries({ queryKey: ['clock', assessment.childId] }),
      queryClient.invalidateQueries({ queryKey: ['child', assessment.childId] }),
    ]);
  };
}

type StartChoice = 'start' | 'unnecessary' | 'within_client_work';

export function StartDecision({ assessment }: { assessment: Assessment }) {
  const { t, lang } = useI18n();
  const s = t.assessment.start;
  const decision = assessment.startDecision;
  const canDecide = assessment.can.includes('assessment:decideStart');
  const after = useAfterChange(assessment);
  const [choice, setChoice] = useState<StartChoice | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const decide = useMutation({
    mutationFn: () =>
      assessmentsApi.decideStart(assessment.id, {
        decision: choice as StartChoice,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: after,
  });

  if (decision) {
    return (
      <FactList
        data-qa="start-decision-result"
        facts={[
          { label: s.decided, value: s.options[decision.decision], qa: 'start-decision-value' },
          {
            label: s.decidedOnBy,
            value: t.common.byOn(formatLocalDate(decision.decidedOn), decision.decidedBy.name),
          },
          ...(decision.reason ? [{ label: s.reason, value: decision.reason }] : []),
        ]}
      />
    );
  }
  const intro = <Muted>{s.intro(formatWeekdayDate(assessment.startDue.due, t))}</Muted>;
  if (!canDecide) {
    return (
      <>
        {intro}
        <Muted>{s.onlyResponsible}</Muted>
      </>
    );
  }
  const options: StartChoice[] = assessment.existingClient
    ? ['start', 'within_client_work', 'unnecessary']
    : ['start', 'unnecessary'];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!choice) found.push({ id: 'start-start', text: s.errors.choose });
    else if (choice !== 'start' && !reason.trim()) found.push({ id: 'start-reason', text: s.errors.reason });
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) decide.mutate();
  };
  return (
    <>
      {intro}
      <FormErrors errors={errors} attempt={attempt} qa="start-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={s.heading} data-qa="start-decision-form">
        <RadioButtonGroup
          labelText={s.legend}
          name="start-decision"
          value={choice}
          onChange={(value) => {
            setChoice(value as StartChoice);
            setErrors([]);
          }}
          groupStatus={errors.some((e) => e.id === 'start-start') ? 'error' : 'default'}
          groupStatusText={errors.find((e) => e.id === 'start-start')?.text}
        >
          {options.map((option) => (
            <RadioButton
              key={option}
              value={option}
              id={`start-${option}`}
              hintText={s.optionHints[option]}
              data-qa={`start-${option}`}
            >
              {s.options[option]}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        {choice && choice !== 'start' ? (
          <Textarea
            id="start-reason"
            labelText={s.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            status={errors.some((e) => e.id === 'start-reason') ? 'error' : 'default'}
            statusText={errors.find((e) => e.id === 'start-reason')?.text}
            fullWidth
            resize="vertical"
            rows={3}
            maxLength={5000}
            data-qa="start-reason"
          />
        ) : null}
        {decide.error ? (
          <InlineAlert status="error" data-qa="start-error">
            {errorText(decide.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={decide.isPending} qa="start-submit">
            {s.submit}
          </SubmitButton>
        </ButtonRow>
      </FormStack>
    </>
  );
}

type Method = 'in_person' | 'phone' | 'letter' | 'e_service' | 'video' | 'other' | 'not_informed';
const methods: Method[] = ['in_person', 'phone', 'letter', 'e_service', 'video', 'other', 'not_informed'];

/** Who of the family was told of the notification and of the outcome, when and how; and the form to record it. */
export function FamilyInformation({ assessment, editable }: { assessment: Assessment; editable: boolean }) {
  const { t } = useI18n();
  const f = t.assessment.family;
  const told = (personId: string, subject: 'notification' | 'outcome') =>
    assessment.familyInformation.filter((i) => i.person.id === personId && i.subject === subject).at(-1);
  const cell = (personId: string, subject: 'notification' | 'outcome') => {
    const record = told(personId, subject);
    if (!record) return <span style={{ fontStyle: 'italic' }}>{f.notYet}</span>;
    if (record.method === 'not_informed') return f.notTold(record.notInformedReason ?? '');
    return f.told(formatLocalDate(record.informedOn), f.methods[record.method]);
  };
  const met = assessment.familyInformedDue.doneOn;
  return (
    <>
      <Muted>{f.intro(formatWeekdayDate(assessment.familyInformedDue.due, t))}</Muted>
      {met ? (
        <InlineAlert status="neutral" mb="s" data-qa="family-informed-met">
          {f.met(formatLocalDate(met))}
        </InlineAlert>
      ) : null}
      <DataTable caption={f.caption} captionHidden data-qa="family-table">
        <thead>
          <tr>
            <th scope="col">{f.columns.person}</th>
            <th scope="col">{f.columns.notification}</th>
            <th scope="col">{f.columns.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {assessment.family.map((person) => (
            <tr key={person.id} data-qa="family-row" data-person-id={person.id}>
              <th scope="row">
                {person.name} <span style={{ whiteSpace: 'nowrap' }}>({f.roles[person.role]})</span>
              </th>
              <td data-qa="family-notification">{cell(person.id, 'notification')}</td>
              <td data-qa="family-outcome">{cell(person.id, 'outcome')}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {editable ? <FamilyInformationForm assessment={assessment} /> : null}
    </>
  );
}

function FamilyInformationForm({ assessment }: { assessment: Assessment }) {
  const { t, lang } = useI18n();
  const f = t.assessment.family;
  const after = useAfterChange(assessment);
  const concluded = assessment.status === 'concluded';
  const [personId, setPersonId] = useState(
    assessment.family.length === 1 ? (assessment.family[0]?.id ?? '') : '',
  );
  const [subject, setSubject] = useState<'notification' | 'outcome'>(concluded ? 'outcome' : 'notification');
  const [method, setMethod] = useState<Method | ''>('');
  const [date, setDate] = useState(formatLocalDate(helsinkiToday()));
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const person = assessment.family.find((p) => p.id === personId);

  const record = useMutation({
    mutationFn: () =>
      assessmentsApi.informFamily(assessment.id, {
        subject,
        personId,
        method,
        ...(method === 'not_informed'
          ? { notInformedReason: reason.trim() }
          : { informedOn: parseFinnishDate(date) }),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      }),
    onSuccess: async (updated) => {
      await after(updated);
      setSaved(true);
      setMethod('');
      setReason('');
      setNotes('');
      if (assessment.family.length > 1) setPersonId('');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: FormError[] = [];
    if (!personId)
      found.push({ id: `inform-person-${assessment.family[0]?.id ?? ''}`, text: f.errors.person });
    if (!method) found.push({ id: 'inform-method', text: f.errors.method });
    if (method === 'not_informed') {
      if (person?.role === 'guardian' && subject === 'notification')
        found.push({ id: 'inform-method', text: f.errors.guardianMustBeTold });
      else if (!reason.trim()) found.push({ id: 'inform-reason', text: f.errors.reason });
    } else if (method) {
      const day = parseFinnishDate(date);
      if (!day) found.push({ id: 'inform-date', text: t.common.dateInvalid });
      else if (day > helsinkiToday()) found.push({ id: 'inform-date', text: t.common.dateInFuture });
    }
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) record.mutate();
  };
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.text;

  return (
    <>
      <H3>{f.formHeading}</H3>
      <FormErrors errors={errors} attempt={attempt} qa="inform-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={f.formHeading} data-qa="inform-form">
        <RadioButtonGroup
          labelText={f.personLegend}
          name="inform-person"
          value={personId}
          onChange={(value) => {
            setPersonId(value);
            setSaved(false);
          }}
          groupStatus={errors.some((e) => e.id.startsWith('inform-person')) ? 'error' : 'default'}
          groupStatusText={errors.find((e) => e.id.startsWith('inform-person'))?.text}
        >
          {assessment.family.map((p) => (
            <RadioButton key={p.id} value={p.id} id={`inform-person-${p.id}`} data-qa="inform-person">
              {`${p.name} (${f.roles[p.role]})`}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <RadioButtonGroup
          labelText={f.subjectLegend}
          name="inform-subject"
          value={subject}
          onChange={(value) => setSubject(value as 'notification' | 'outcome')}
        >
          <RadioButton value="notification" data-qa="inform-subject-notification">
            {f.subjects.notification}
          </RadioButton>
          <RadioButton value="outcome" data-qa="inform-subject-outcome">
            {f.subjects.outcome}
          </RadioButton>
        </RadioButtonGroup>
        <Dropdown
          id="inform-method"
          labelText={f.method}
          visualPlaceholder={f.chooseMethod}
          value={method || null}
          onChange={(value) => setMethod(value as Method)}
          status={errorOf('inform-method') ? 'error' : 'default'}
          statusText={errorOf('inform-method')}
          fullWidth
          data-qa="inform-method"
        >
          {methods.map((m) => (
            <DropdownItem key={m} value={m}>
              {f.methods[m]}
            </DropdownItem>
          ))}
        </Dropdown>
        {method === 'not_informed' ? (
          <Textarea
            id="inform-reason"
            labelText={f.notInformedReason}
            hintText={f.notInformedHint}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            status={errorOf('inform-reason') ? 'error' : 'default'}
            statusText={errorOf('inform-reason')}
            fullWidth
            resize="vertical"
            rows={2}
            maxLength={2000}
            data-qa="inform-reason"
          />
        ) : (
          <DateField
            id="inform-date"
            labelText={f.date}
            value={date}
            onChange={setDate}
            qa="inform-date"
            status={errorOf('inform-date') ? 'error' : 'default'}
            statusText={errorOf('inform-date')}
          />
        )}
        <Textarea
          labelText={f.notes}
          optionalText={t.common.optional}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          fullWidth
          resize="vertical"
          rows={2}
          maxLength={5000}
          data-qa="inform-notes"
        />
        {record.error ? (
          <InlineAlert status="error" data-qa="inform-error">
            {errorText(record.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={record.isPending} qa="inform-submit">
            {f.submit}
          </SubmitButton>
          <span role="status" data-qa="inform-status">
            {saved ? f.recorded : ''}
          </span>
        </ButtonRow>
      </FormStack>
    </>
  );
}

/** A handover to another worker that the caseload limit refused, kept for trying again. */
export interface RefusedHandover {
  workerId: string;
  workerName: string;
  error: unknown;
}

export function Conclusion({
  assessment,
  teamId,
  responsibleWorkerId,
  onRefused,
}: {
  assessment: Assessment;
  teamId: string | undefined;
  responsibleWorkerId: string | undefined;
  onRefused: (refused: RefusedHandover | null) => void;
}) {
  const { t, lang } = useI18n();
  const c = t.assessment.conclusion;
  const queryClient = useQueryClient();
  const after = useAfterChange(assessment);
  const caseloads = useQuery({ ...caseloadsQuery, enabled: assessment.can.includes('assessment:conclude') });
  const workers = teamSocialWorkers(caseloads.data, teamId);
  const [outcome, setOutcome] = useState<'client' | 'not_client' | ''>('');
  const [reasons, setReasons] = useState('');
  const [servicesInstead, setServicesInstead] = useState('');
  const [workerId, setWorkerId] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const chosenWorker = workerId || responsibleWorkerId || '';

  const conclude = useMutation({
    mutationFn: async () => {
      const concluded = await assessmentsApi.conclude(assessment.id, {
        outcome: outcome as 'client' | 'not_client',
        reasons: reasons.trim(),
        ...(outcome === 'not_client' && servicesInstead.trim()
          ? { servicesInstead: servicesInstead.trim() }
          : {}),
      });
      await after(concluded);
      // The conclusion is the responsible worker's decision; handing the new client to a colleague
      // follows it, and may be refused by the colleague's caseload without undoing the conclusion.
      if (outcome === 'client' && chosenWorker && chosenWorker !== responsibleWorkerId) {
        const name = workers.find((w) => w.id === chosenWorker)?.name ?? '';
        try {
          await workforceApi.assignWorker(assessment.childId, chosenWorker);
          onRefused(null);
        } catch (error) {
          onRefused({ workerId: chosenWorker, workerName: name, error });
        }
        await afterAssignment(queryClient, assessment.childId);
      }
      return concluded;
    },
  });

  if (assessment.conclusion) {
    const done = assessment.conclusion;
    return (
      <FactList
        data-qa="conclusion-result"
        facts={[
          {
            label: c.outcome,
            value:
              done.outcome === 'client' ? (
                <Tag $tone="neutral">{c.outcomesShort.client}</Tag>
              ) : (
                c.outcomesShort.not_client
              ),
            qa: 'conclusion-outcome',
          },
          { label: c.reasons, value: done.reasons },
          ...(done.servicesInstead ? [{ label: c.servicesInstead, value: done.servicesInstead }] : []),
          {
            label: c.concludedOnBy,
            value: t.common.byOn(formatLocalDate(done.concludedOn), done.concludedBy.name),
          },
        ]}
      />
    );
  }
  const intro = <Muted>{c.intro(formatWeekdayDate(assessment.completeDue.due, t))}</Muted>;
  if (!assessment.can.includes('assessment:conclude')) {
    return (
      <>
        {intro}
        <Muted>
          {assessment.status === 'in_progress' ? c.onlyResponsible : t.assessment.statuses[assessment.status]}
        </Muted>
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!outcome) found.push({ id: 'conclusion-client', text: c.errors.outcome });
    if (!reasons.trim()) found.push({ id: 'conclusion-reasons', text: c.errors.reasons });
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) conclude.mutate();
  };
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.text;
  return (
    <>
      {intro}
      <FormErrors errors={errors} attempt={attempt} qa="conclusion-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={c.heading} data-qa="conclusion-form">
        <RadioButtonGroup
          labelText={c.legend}
          name="conclusion-outcome"
          value={outcome}
          onChange={(value) => setOutcome(value as 'client' | 'not_client')}
          groupStatus={errorOf('conclusion-client') ? 'error' : 'default'}
          groupStatusText={errorOf('conclusion-client')}
        >
          <RadioButton value="client" id="conclusion-client" data-qa="conclusion-client">
            {c.outcomes.client}
          </RadioButton>
          <RadioButton value="not_client" id="conclusion-not-client" data-qa="conclusion-not-client">
            {c.outcomes.not_client}
          </RadioButton>
        </RadioButtonGroup>
        <Textarea
          id="conclusion-reasons"
          labelText={c.reasons}
          value={reasons}
          onChange={(event) => setReasons(event.target.value)}
          status={errorOf('conclusion-reasons') ? 'error' : 'default'}
          statusText={errorOf('conclusion-reasons')}
          fullWidth
          resize="vertical"
          rows={4}
          maxLength={20_000}
          data-qa="conclusion-reasons"
        />
        {outcome === 'not_client' ? (
          <Textarea
            labelText={c.servicesInstead}
            hintText={c.servicesInsteadHint}
            optionalText={t.common.optional}
            value={servicesInstead}
            onChange={(event) => setServicesInstead(event.target.value)}
            fullWidth
            resize="vertical"
            rows={2}
            maxLength={5000}
            data-qa="conclusion-services-instead"
          />
        ) : null}
        {outcome === 'client' && workers.length > 0 ? (
          <Dropdown
            labelText={c.worker}
            hintText={c.workerHint}
            value={chosenWorker || null}
            onChange={setWorkerId}
            fullWidth
            data-qa="conclusion-worker"
          >
            {workers.map((worker) => (
              <DropdownItem key={worker.id} value={worker.id}>
                {c.workerOption(worker.name, worker.clientCount, caseloads.data?.limit ?? 30)}
              </DropdownItem>
            ))}
          </Dropdown>
        ) : null}
        {outcome === 'client' ? <Hint>{c.clientStarted}</Hint> : null}
        {conclude.error ? (
          <InlineAlert status="error" data-qa="conclusion-error">
            {errorText(conclude.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={conclude.isPending} qa="conclusion-submit">
            {c.submit}
          </SubmitButton>
        </ButtonRow>
      </FormStack>
    </>
  );
}
