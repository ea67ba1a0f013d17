import {
  addDays,
  type CreateMeetingSeriesRequest,
  type LocalDate,
  type MeetingSeries,
  type TeamPage,
  type UpdateMeetingSeriesRequest,
} from '@lumo/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import {
  ButtonRow,
  FieldRow,
  type FormError,
  FormErrors,
  FormStack,
  Hint,
} from '../../../lib/components/Forms';
import { FactList, H3, Muted } from '../../../lib/components/Layout';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { formatLocalDate, helsinkiToday, parseClockTime, parseFinnishDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { teamsApi } from '../api';
import { clockText, timeRange } from '../format';
import { Section, Select, Status } from '../ui';

/** The team's weekly meeting: shown to all, set up and changed by the consultant or the lead. */
export function SeriesSection({ page }: { page: TeamPage }) {
  const { t } = useI18n();
  const s = t.teams.series;
  const manage = page.can.includes('team:manageMeetings');
  const today = helsinkiToday();
  const current = page.series.filter((x) => x.endsOn === null || x.endsOn >= today);
  const latest = [...page.series].sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0];
  const [mode, setMode] = useState<{ kind: 'edit'; series: MeetingSeries } | { kind: 'create' } | null>(null);
  const [notice, setNotice] = useState('');
  // A new series may start once the last one has an end.
  const canCreate = manage && (latest === undefined || latest.endsOn !== null);
  return (
    <Section title={s.heading} qa="team-series">
      <Status qa="series-status">{notice}</Status>
      {current.length === 0 ? <Muted>{s.none}</Muted> : null}
      {current.map((series) => (
        <div key={series.id} data-qa="series-item" style={{ marginBottom: 12 }}>
          <FactList
            facts={[
              {
                label: s.when,
                value: s.rule(
                  t.teams.weekdaysOn[series.weekday - 1] ?? '',
                  t.teams.time(timeRange(series.startTime, series.durationMinutes)),
                ),
                qa: 'series-rule',
              },
              ...(series.place ? [{ label: s.place, value: series.place }] : []),
              ...(series.onlineUrl ? [{ label: s.online, value: series.onlineUrl }] : []),
              {
                label: s.period,
                value: series.endsOn
                  ? s.fromTo(formatLocalDate(series.startsOn), formatLocalDate(series.endsOn))
                  : s.from(formatLocalDate(series.startsOn)),
                qa: 'series-period',
              },
            ]}
          />
          {manage && mode === null ? (
            <Button
              variant="secondary"
              mt="xs"
              onClick={() => {
                setMode({ kind: 'edit', series });
                setNotice('');
              }}
              data-qa="series-edit"
            >
              {s.edit}
            </Button>
          ) : null}
        </div>
      ))}
      {canCreate && mode === null ? (
        <Button
          variant="secondary"
          onClick={() => {
            setMode({ kind: 'create' });
            setNotice('');
          }}
          data-qa="series-create"
        >
          {latest ? s.createNext : s.create}
        </Button>
      ) : null}
      {mode ? (
        <SeriesForm
          teamId={page.team.id}
          series={mode.kind === 'edit' ? mode.series : null}
          startsAfter={mode.kind === 'create' && latest?.endsOn ? (latest.endsOn as LocalDate) : null}
          onClose={(message) => {
            setMode(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </Section>
  );
}

function SeriesForm({
  teamId,
  series,
  startsAfter,
  onClose,
}: {
  teamId: string;
  series: MeetingSeries | null;
  startsAfter: LocalDate | null;
  onClose: (message?: string) => void;
}) {
  const { t, lang } = useI18n();
  const s = t.teams.series;
  const queryClient = useQueryClient();
  const today = helsinkiToday();
  const firstDay = startsAfter && addDays(startsAfter, 1) > today ? addDays(startsAfter, 1) : today;
  const [weekday, setWeekday] = useState(String(series?.weekday ?? 2));
  const [startTime, setStartTime] = useState(series ? clockText(series.startTime) : '9.00');
  const [duration, setDuration] = useState(String(series?.durationMinutes ?? 120));
  const [place, setPlace] = useState(series?.place ?? '');
  const [url, setUrl] = useState(series?.onlineUrl ?? '');
  const [startsOn, setStartsOn] = useState(formatLocalDate(series?.startsOn ?? firstDay));
  const [endsOn, setEndsOn] = useState(series?.endsOn ? formatLocalDate(series.endsOn) : '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const ids = { time: useId(), duration: useId(), url: useId(), startsOn: useId(), endsOn: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const save = useMutation({
    mutationFn: (body: {
      create?: Partial<CreateMeetingSeriesRequest>;
      update?: UpdateMeetingSeriesRequest;
    }) =>
      body.update && series
        ? teamsApi.updateSeries(series.id, body.update)
        : teamsApi.createSeries(teamId, body.create ?? {}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['team', teamId] });
      onClose(s.saved);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['team', teamId] }),
  });
  const error = (id: string) => errors.find((e) => e.id === id)?.text;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const minutes = parseClockTime(startTime);
    const length = Number(duration);
    const starts = parseFinnishDate(startsOn);
    const ends = endsOn.trim() ? parseFinnishDate(endsOn) : null;
    if (minutes === null) found.push({ id: ids.time, text: s.errors.startTime });
    if (!Number.isInteger(length) || length < 15 || length > 480)
      found.push({ id: ids.duration, text: s.errors.duration });
    if (url.trim() && !/^https:\/\/\S+$/.test(url.trim())) found.push({ id: ids.url, text: s.errors.url });
    if (!series && !starts) found.push({ id: ids.startsOn, text: s.errors.startsOn });
    if (endsOn.trim() && !ends) found.push({ id: ids.endsOn, text: s.errors.endsOn });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || minutes === null) return;
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const common = {
      startTime: hhmm,
      durationMinutes: length,
      place: place.trim(),
      onlineUrl: url.trim() || null,
      endsOn: ends,
    };
    if (series) save.mutate({ update: { version: series.version, ...common } });
    else save.mutate({ create: { weekday: Number(weekday), startsOn: starts!, ...common } });
  };

  return (
    <div data-qa="series-form" style={{ marginTop: 12 }}>
      <H3 ref={headingRef} tabIndex={-1} style={{ marginTop: 0 }}>
        {series ? s.edit : s.formHeading}
      </H3>
      <FormErrors errors={errors} attempt={attempt} />
      <FormStack onSubmit={submit} noValidate aria-label={s.formHeading}>
        {series ? null : (
          <Select
            label={s.weekday}
            value={weekday}
            onChange={(e) => setWeekday(e.target.value)}
            qa="series-weekday"
          >
            {t.teams.weekdays.map((name, i) => (
              <option key={name} value={String(i + 1)}>
                {name}
              </option>
            ))}
          </Select>
        )}
        <FieldRow>
          <TextInput
            id={ids.time}
            labelText={s.startTime}
            hintText={s.startTimeHint}
            value={startTime}
            onChange={(v) => setStartTime(String(v ?? ''))}
            fullWidth
            data-qa="series-time"
            {...(error(ids.time) ? { status: 'error' as const, statusText: error(ids.time) } : {})}
          />
          <TextInput
            id={ids.duration}
            labelText={s.durationMinutes}
            value={duration}
            inputMode="numeric"
            onChange={(v) => setDuration(String(v ?? ''))}
            fullWidth
            data-qa="series-duration"
            {...(error(ids.duration) ? { status: 'error' as const, statusText: error(ids.duration) } : {})}
          />
        </FieldRow>
        <TextInput
          labelText={s.placeLabel}
          value={place}
          onChange={(v) => setPlace(String(v ?? ''))}
          fullWidth
          data-qa="series-place"
        />
        <TextInput
          id={ids.url}
          labelText={s.onlineUrl}
          hintText={s.onlineUrlHint}
          value={url}
          onChange={(v) => setUrl(String(v ?? ''))}
          fullWidth
          data-qa="series-url"
          {...(error(ids.url) ? { status: 'error' as const, statusText: error(ids.url) } : {})}
        />
        <FieldRow>
          {series ? null : (
            <DateField
              id={ids.startsOn}
              labelText={s.startsOn}
              value={startsOn}
              onChange={setStartsOn}
              qa="series-starts"
              {...(error(ids.startsOn) ? { status: 'error' as const, statusText: error(ids.startsOn) } : {})}
            />
          )}
          <DateField
            id={ids.endsOn}
            labelText={s.endsOn}
            value={endsOn}
            onChange={setEndsOn}
            qa="series-ends"
            {...(error(ids.endsOn) ? { status: 'error' as const, statusText: error(ids.endsOn) } : {})}
          />
        </FieldRow>
        <Hint>{s.endsOnHint}</Hint>
        {save.error ? (
          <InlineAlert status="error" data-qa="series-error">
            {errorText(save.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={save.isPending} qa="series-save">
            {s.save}
          </SubmitButton>
          <Button variant="secondaryNoBorder" onClick={() => onClose()}>
            {t.common.cancel}
          </Button>
        </ButtonRow>
      </FormStack>
    </div>
  );
}
