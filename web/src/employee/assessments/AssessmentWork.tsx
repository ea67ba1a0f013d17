import type { Assessment } from '@lumo/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { InlineAlert, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { assessmentsApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { DateField } from '../../lib/components/DateField';
import { errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow, type FormError, FormErrors, FormStack } from '../../lib/components/Forms';
import { H3, Muted } from '../../lib/components/Layout';
import { ListEditor } from '../../lib/components/ListEditor';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors } from '../../lib/components/theme';
import { VersionedForm } from '../../lib/components/VersionedForm';
import { formatLocalDate, helsinkiToday, parseFinnishDate } from '../../lib/dates';
import { useVersionedDraft } from '../../lib/forms/versioned';
import { useI18n } from '../../lib/i18n';
import { assessmentQuery } from './queries';

type Participant = Assessment['participants'][number];
type Meeting = Assessment['childMeetings'][number];

/** Saves part of the assessment and keeps the page's copy current. */
function useAssessmentIo(assessment: Assessment) {
  const queryClient = useQueryClient();
  const key = assessmentQuery(assessment.id).queryKey;
  return {
    save: (patch: Record<string, unknown> & { version: number }) =>
      assessmentsApi.update(assessment.id, patch),
    reload: () => queryClient.fetchQuery({ ...assessmentQuery(assessment.id), staleTime: 0 }),
    onSaved: (saved: Assessment) => queryClient.setQueryData(key, saved),
  };
}

/** The hint beside a field whose saved value changed while the user was typing. */
function useLatestHint() {
  const { t } = useI18n();
  return (saved: unknown) => (typeof saved === 'string' ? t.common.latestValue(saved) : undefined);
}

export function ParticipantsSection({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const p = t.assessment.work.participants;
  const io = useAssessmentIo(assessment);
  const valuesOf = (a: Assessment) => ({ participants: a.participants });
  const draft = useVersionedDraft(valuesOf(assessment), assessment.version);
  const [missing, setMissing] = useState<number[]>([]);
  return (
    <VersionedForm
      draft={draft}
      valuesOf={valuesOf}
      label={p.heading}
      qa="assessment-participants"
      validate={() => {
        const empty = draft.values.participants
          .map((item, index) => (item.name.trim() ? -1 : index))
          .filter((index) => index >= 0);
        setMissing(empty);
        return empty.length === 0;
      }}
      {...io}
    >
      <Muted style={{ margin: 0 }}>{p.intro}</Muted>
      {draft.savedValue('participants') ? (
        <InlineAlert status="neutral">{t.common.latestChanged}</InlineAlert>
      ) : null}
      <ListEditor<Participant>
        items={draft.values.participants}
        onChange={(items) => {
          draft.set('participants', items);
          setMissing([]);
        }}
        empty={() => ({ name: '', role: '' })}
        itemLegend={p.item}
        addText={p.add}
        removeText={p.remove}
        qa="participant"
        renderItem={(item, update, firstId, index) => (
          <FieldRow>
            <TextInput
              id={firstId}
              labelText={p.name}
              value={item.name}
              onChange={(value) => update({ ...item, name: String(value ?? '') })}
              fullWidth
              status={missing.includes(index) ? 'error' : 'default'}
              statusText={missing.includes(index) ? p.nameRequired : undefined}
              data-qa="participant-name"
            />
            <TextInput
              labelText={p.role}
              value={item.role}
              onChange={(value) => update({ ...item, role: String(value ?? '') })}
              fullWidth
              data-qa="participant-role"
            />
          </FieldRow>
        )}
      />
    </VersionedForm>
  );
}

export function ChildViewsSection({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const c = t.assessment.work.childViews;
  const io = useAssessmentIo(assessment);
  const hint = useLatestHint();
  const valuesOf = (a: Assessment) => ({ childViews: a.childViews, childViewsMethod: a.childViewsMethod });
  const draft = useVersionedDraft(valuesOf(assessment), assessment.version);
  return (
    <VersionedForm draft={draft} valuesOf={valuesOf} label={c.heading} qa="assessment-child-views" {...io}>
      <Muted style={{ margin: 0 }}>{c.intro}</Muted>
      <Textarea
        labelText={c.views}
        value={draft.values.childViews}
        onChange={(event) => draft.set('childViews', event.target.value)}
        hintText={hint(draft.savedValue('childViews'))}
        fullWidth
        resize="vertical"
        rows={5}
        maxLength={20_000}
        data-qa="assessment-child-views-text"
      />
      <Textarea
        labelText={c.method}
        value={draft.values.childViewsMethod}
        onChange={(event) => draft.set('childViewsMethod', event.target.value)}
        hintText={hint(draft.savedValue('childViewsMethod')) ?? c.methodHint}
        fullWidth
        resize="vertical"
        rows={2}
        maxLength={2000}
        data-qa="assessment-child-views-method"
      />
    </VersionedForm>
  );
}

export function TextSection({
  assessment,
  field,
  label,
  heading,
  qa,
}: {
  assessment: Assessment;
  field: 'guardianViews' | 'workingNotes';
  label: string;
  heading: string;
  qa: string;
}) {
  const io = useAssessmentIo(assessment);
  const hint = useLatestHint();
  const valuesOf = (a: Assessment) => ({ text: a[field] });
  const draft = useVersionedDraft(valuesOf(assessment), assessment.version);
  return (
    <VersionedForm
      draft={draft}
      valuesOf={valuesOf}
      label={heading}
      qa={qa}
      {...io}
      save={(patch) => io.save({ version: patch.version, [field]: patch.text })}
    >
      <Textarea
        labelText={label}
        value={draft.values.text}
        onChange={(event) => draft.set('text', event.target.value)}
        hintText={hint(draft.savedValue('text'))}
        fullWidth
        resize="vertical"
        rows={field === 'workingNotes' ? 8 : 5}
        maxLength={field === 'workingNotes' ? 50_000 : 20_000}
        data-qa={`${qa}-text`}
      />
    </VersionedForm>
  );
}

/** The meetings with the child (LSL §29): the list, and a form that adds one to it. */
export function MeetingsSection({ assessment, editable }: { assessment: Assessment; editable: boolean }) {
  const { t } = useI18n();
  const m = t.assessment.work.meetings;
  return (
    <>
      <Muted>{m.intro}</Muted>
      {assessment.childMeetings.length === 0 ? (
        <Muted data-qa="meetings-empty">{m.none}</Muted>
      ) : (
        <DataTable caption={m.caption} captionHidden data-qa="meetings-table">
          <thead>
            <tr>
              <th scope="col">{m.columns.date}</th>
              <th scope="col">{m.columns.place}</th>
              <th scope="col">{m.columns.alone}</th>
              <th scope="col">{m.columns.notes}</th>
            </tr>
          </thead>
          <tbody>
            {assessment.childMeetings.map((meeting, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: meetings are stored as a list
              <tr key={index} data-qa="meeting-row">
                {meeting.metInPerson ? (
                  <>
                    <th scope="row" className="nowrap">
                      {formatLocalDate(meeting.date)}
                    </th>
                    <td>{meeting.place || t.common.empty}</td>
                    <td>{meeting.metAlone ? t.common.yes : t.common.no}</td>
                  </>
                ) : (
                  <th scope="row" colSpan={3} style={{ color: colors.blackBase }}>
                    {m.notMetRow(meeting.notMetReason)}
                  </th>
                )}
                <td style={{ whiteSpace: 'pre-wrap' }}>{meeting.notes || t.common.empty}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {editable ? <AddMeetingForm assessment={assessment} /> : null}
    </>
  );
}

interface MeetingValues {
  met: '' | 'yes' | 'no';
  date: string;
  place: string;
  alone: '' | 'yes' | 'no';
  notMetReason: string;
  notes: string;
}

const emptyMeeting = (): MeetingValues => ({
  met: '',
  date: formatLocalDate(helsinkiToday()),
  place: '',
  alone: '',
  notMetReason: '',
  notes: '',
});

function AddMeetingForm({ assessment }: { assessment: Assessment }) {
  const { t, lang } = useI18n();
  const m = t.assessment.work.meetings;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<MeetingValues>(emptyMeeting);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof MeetingValues>(field: K, value: MeetingValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setSaved(false);
  };

  const meeting = (): Meeting => {
    const met = values.met === 'yes';
    return {
      metInPerson: met,
      date: met ? parseFinnishDate(values.date) : null,
      metAlone: met ? values.alone === 'yes' : null,
      place: met ? values.place.trim() : '',
      notMetReason: met ? '' : values.notMetReason.trim(),
      notes: values.notes.trim(),
    };
  };

  const add = useMutation({
    // Appended to the list as last read; if someone else saved meanwhile, the server refuses and the
    // list is read again, while the meeting stays in the form to be saved again.
    mutationFn: () =>
      assessmentsApi.update(assessment.id, {
        version: assessment.version,
        childMeetings: [...assessment.childMeetings, meeting()],
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(assessmentQuery(assessment.id).queryKey, updated);
      setValues(emptyMeeting());
      setSaved(true);
    },
    onError: (error) => {
      if (isApiError(error, 'conflict'))
        void queryClient.invalidateQueries({ queryKey: assessmentQuery(assessment.id).queryKey });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values.met) found.push({ id: 'meeting-met-yes', text: m.errors.met });
    if (values.met === 'yes') {
      const date = parseFinnishDate(values.date);
      if (!date) found.push({ id: 'meeting-date', text: m.errors.date });
      else if (date > helsinkiToday()) found.push({ id: 'meeting-date', text: t.common.dateInFuture });
      if (!values.alone) found.push({ id: 'meeting-alone-yes', text: m.errors.alone });
    }
    if (values.met === 'no' && !values.notMetReason.trim())
      found.push({ id: 'meeting-reason', text: m.errors.reason });
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) add.mutate();
  };
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.text;

  return (
    <>
      <H3 as="h4">{m.addHeading}</H3>
      <FormErrors errors={errors} attempt={attempt} qa="meeting-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={m.addHeading} data-qa="meeting-form">
        <RadioButtonGroup
          labelText={m.metLegend}
          name="meeting-met"
          value={values.met}
          onChange={(value) => set('met', value as MeetingValues['met'])}
          groupStatus={errorOf('meeting-met-yes') ? 'error' : 'default'}
          groupStatusText={errorOf('meeting-met-yes')}
        >
          <RadioButton value="yes" id="meeting-met-yes" data-qa="meeting-met-yes">
            {m.met}
          </RadioButton>
          <RadioButton value="no" id="meeting-met-no" data-qa="meeting-met-no">
            {m.notMet}
          </RadioButton>
        </RadioButtonGroup>
        {values.met === 'yes' ? (
          <>
            <FieldRow>
              <DateField
                id="meeting-date"
                labelText={m.date}
                value={values.date}
                onChange={(value) => set('date', value)}
                qa="meeting-date"
                status={errorOf('meeting-date') ? 'error' : 'default'}
                statusText={errorOf('meeting-date')}
              />
              <TextInput
                labelText={m.place}
                value={values.place}
                onChange={(value) => set('place', String(value ?? ''))}
                fullWidth
                data-qa="meeting-place"
              />
            </FieldRow>
            <RadioButtonGroup
              labelText={m.aloneLegend}
              name="meeting-alone"
              value={values.alone}
              onChange={(value) => set('alone', value as MeetingValues['alone'])}
              groupStatus={errorOf('meeting-alone-yes') ? 'error' : 'default'}
              groupStatusText={errorOf('meeting-alone-yes')}
            >
              <RadioButton value="yes" id="meeting-alone-yes" data-qa="meeting-alone-yes">
                {m.aloneYes}
              </RadioButton>
              <RadioButton value="no" id="meeting-alone-no" data-qa="meeting-alone-no">
                {m.aloneNo}
              </RadioButton>
            </RadioButtonGroup>
          </>
        ) : null}
        {values.met === 'no' ? (
          <Textarea
            id="meeting-reason"
            labelText={m.notMetReason}
            value={values.notMetReason}
            onChange={(event) => set('notMetReason', event.target.value)}
            status={errorOf('meeting-reason') ? 'error' : 'default'}
            statusText={errorOf('meeting-reason')}
            fullWidth
            resize="vertical"
            rows={2}
            maxLength={2000}
            data-qa="meeting-reason"
          />
        ) : null}
        {values.met ? (
          <Textarea
            labelText={m.notes}
            optionalText={t.common.optional}
            value={values.notes}
            onChange={(event) => set('notes', event.target.value)}
            fullWidth
            resize="vertical"
            rows={3}
            maxLength={5000}
            data-qa="meeting-notes"
          />
        ) : null}
        {add.error ? (
          <InlineAlert
            status={isApiError(add.error, 'conflict') ? 'warning' : 'error'}
            data-qa="meeting-error"
          >
            {errorText(add.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={add.isPending} qa="meeting-submit">
            {m.submit}
          </SubmitButton>
          <span role="status" data-qa="meeting-status">
            {saved ? t.common.saved : ''}
          </span>
        </ButtonRow>
      </FormStack>
    </>
  );
}
