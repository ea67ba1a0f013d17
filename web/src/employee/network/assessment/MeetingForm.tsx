import { type FormEvent, useId, useState } from 'react';
import { Button, Textarea, TextInput } from 'suomifi-ui-components';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow, type FormError, FormErrors } from '../../../lib/components/Forms';
import { ListEditor } from '../../../lib/components/ListEditor';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, helsinkiToday, parseClockTime, parseFinnishDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { multiagencyApi } from '../api';

interface Attendee {
  name: string;
  role: string;
  organisation: string;
}
interface Step {
  what: string;
  who: string;
  dueOn: string;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Records a joint network meeting: when and where, who came, what was said, and the next steps. */
export function MeetingForm({ multiagencyId, onDone }: { multiagencyId: string; onDone: () => void }) {
  const { t, lang } = useI18n();
  const m = t.network.multiagency;
  const f = m.meetingForm;
  const ids = { heldOn: useId(), time: useId(), record: useId() };
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState(formatLocalDate(helsinkiToday()));
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [attendees, setAttendees] = useState<Attendee[]>([]);
  const [record, setRecord] = useState('');
  const [steps, setSteps] = useState<Step[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-qa="multiagency-meeting-new">
        {f.open}
      </Button>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const date = parseFinnishDate(heldOn);
    const minutes = time.trim() ? parseClockTime(time) : null;
    const found: FormError[] = [];
    if (!date) found.push({ id: ids.heldOn, text: f.errors.date });
    if (time.trim() && minutes === null) found.push({ id: ids.time, text: f.errors.time });
    if (!record.trim()) found.push({ id: ids.record, text: f.errors.record });
    const stepDates = steps.map((s) => (s.dueOn.trim() ? parseFinnishDate(s.dueOn) : null));
    steps.forEach((s, i) => {
      if (s.dueOn.trim() && !stepDates[i])
        found.push({ id: `meeting-steps-${i}-first`, text: f.errors.stepDate(i + 1) });
    });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length || !date) return;
    setPending(true);
    try {
      await multiagencyApi.recordMeeting(multiagencyId, {
        heldOn: date,
        startTime: minutes === null ? null : hhmm(minutes),
        place: place.trim(),
        attendees: attendees
          .filter((a) => a.name.trim())
          .map((a) => ({ name: a.name.trim(), role: a.role.trim(), organisation: a.organisation.trim() })),
        record: record.trim(),
        nextSteps: steps
          .map((s, i) => ({ what: s.what.trim(), who: s.who.trim(), dueOn: stepDates[i] ?? null }))
          .filter((s) => s.what),
      });
      setOpen(false);
      setRecord('');
      setAttendees([]);
      setSteps([]);
      onDone();
    } catch (e) {
      setServerError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      data-qa="multiagency-meeting-form"
      style={{ display: 'flex', flexDirection: 'column', gap: spacing.m, maxWidth: 760 }}
    >
      <h3 style={{ margin: 0, fontSize: 18 }}>{f.title}</h3>
      <FormErrors errors={errors} attempt={attempt} qa="multiagency-meeting-errors" />
      <FieldRow>
        <DateField
          id={ids.heldOn}
          labelText={f.heldOn}
          value={heldOn}
          onChange={setHeldOn}
          qa="multiagency-meeting-date"
        />
        <TextInput
          id={ids.time}
          labelText={f.time}
          hintText={f.timeHint}
          optionalText={t.common.optional}
          value={time}
          onChange={(v) => setTime(String(v ?? ''))}
          data-qa="multiagency-meeting-time"
        />
      </FieldRow>
      <TextInput
        labelText={f.place}
        optionalText={t.common.optional}
        value={place}
        onChange={(v) => setPlace(String(v ?? ''))}
        fullWidth
        maxLength={300}
        data-qa="multiagency-meeting-place"
      />
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{f.attendees}</legend>
        <ListEditor
          items={attendees}
          onChange={setAttendees}
          empty={() => ({ name: '', role: '', organisation: '' })}
          itemLegend={f.attendee}
          addText={f.addAttendee}
          removeText={f.removeAttendee}
          qa="meeting-attendees"
          renderItem={(item, update, firstId) => (
            <FieldRow>
              <TextInput
                id={firstId}
                labelText={f.name}
                value={item.name}
                onChange={(v) => update({ ...item, name: String(v ?? '') })}
              />
              <TextInput
                labelText={f.role}
                value={item.role}
                onChange={(v) => update({ ...item, role: String(v ?? '') })}
              />
              <TextInput
                labelText={f.organisation}
                value={item.organisation}
                onChange={(v) => update({ ...item, organisation: String(v ?? '') })}
              />
            </FieldRow>
          )}
        />
      </fieldset>
      <Textarea
        id={ids.record}
        labelText={f.record}
        hintText={f.recordHint}
        value={record}
        onChange={(e) => setRecord(e.target.value)}
        rows={6}
        fullWidth
        maxLength={50_000}
        data-qa="multiagency-meeting-record"
      />
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{m.nextSteps}</legend>
        <ListEditor
          items={steps}
          onChange={setSteps}
          empty={() => ({ what: '', who: '', dueOn: '' })}
          itemLegend={f.step}
          addText={f.addStep}
          removeText={f.removeStep}
          qa="meeting-steps"
          renderItem={(item, update, firstId) => (
            <FieldRow>
              <TextInput
                id={firstId}
                labelText={f.what}
                value={item.what}
                onChange={(v) => update({ ...item, what: String(v ?? '') })}
              />
              <TextInput
                labelText={f.who}
                value={item.who}
                onChange={(v) => update({ ...item, who: String(v ?? '') })}
              />
              <TextInput
                labelText={f.dueOn}
                hintText={t.common.dateFormatHint}
                optionalText={t.common.optional}
                value={item.dueOn}
                onChange={(v) => update({ ...item, dueOn: String(v ?? '') })}
              />
            </FieldRow>
          )}
        />
      </fieldset>
      {serverError ? (
        <p role="alert" style={{ color: colors.alertBase, fontWeight: 600, margin: 0 }}>
          {errorText(serverError, lang, t)}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" disabled={pending} data-qa="multiagency-meeting-submit">
          {f.submit}
        </Button>
        <Button variant="secondaryNoBorder" onClick={() => setOpen(false)}>
          {t.network.nodeForm.cancel}
        </Button>
      </ButtonRow>
    </form>
  );
}
