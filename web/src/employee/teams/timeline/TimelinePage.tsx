import {
  type AddTimelineEventRequest,
  type FamilyRef,
  type TimelineEvent,
  timelineEventSchema,
} from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { DateField } from '../../../lib/components/DateField';
import { ErrorNotice, errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow } from '../../../lib/components/Forms';
import { Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, parseFinnishDate } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';
import { isNotFound } from '../../children/queries';
import { familiesApi } from '../api';
import { FamilyFrame } from '../family/FamilyFrame';
import { eventDate, eventTitle, sourceColor, TimelineList } from '../family/TimelineList';
import { timelineQuery } from '../queries';
import { ConflictChoice, conflictCurrent, Section, Select, Status } from '../ui';

type TeamKind = AddTimelineEventRequest['kind'];
const teamKinds: TeamKind[] = ['move', 'loss', 'illness', 'service_started', 'service_ended', 'other'];
type Filter = 'all' | 'team' | 'record';

export function TimelinePage() {
  const { familyId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(timelineQuery(familyId));
  const data = query.data;
  return (
    <div data-qa={data ? 'timeline-page' : isNotFound(query.error) ? 'family-not-found' : 'timeline-loading'}>
      <FamilyFrame familyId={familyId} family={data?.family} view="timeline">
        {query.isPending ? <Loading /> : null}
        {query.error ? (
          isNotFound(query.error) ? (
            <Muted>{t.teams.family.notFound}</Muted>
          ) : (
            <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
          )
        ) : null}
        {data ? <Timeline family={data.family} events={data.events} /> : null}
      </FamilyFrame>
    </div>
  );
}

const Layout = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(280px, 360px);
  gap: ${spacing.m};
  align-items: start;
  @media (max-width: 1000px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

const Filters = styled.fieldset`
  border: 0;
  margin: 0 0 ${spacing.s};
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs};
  legend {
    float: left;
    margin-right: ${spacing.xs};
    font-weight: 600;
    padding: 0;
  }
  button {
    font: inherit;
    padding: 4px 12px;
    border: 1px solid ${colors.highlightBase};
    background: ${colors.whiteBase};
    color: ${colors.highlightBase};
    border-radius: 16px;
    cursor: pointer;
    font-weight: 600;
  }
  button[aria-pressed='true'] {
    background: ${colors.highlightBase};
    color: ${colors.whiteBase};
  }
`;

function Timeline({ family, events }: { family: FamilyRef; events: TimelineEvent[] }) {
  const { t } = useI18n();
  const l = t.teams.timeline;
  const canEdit = family.can.includes('systemic:record');
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<TimelineEvent | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const shown = events.filter((e) => filter === 'all' || e.source === filter);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['family', family.id] });
  return (
    <>
      <p style={{ margin: `0 0 ${spacing.m}`, maxWidth: '75ch' }}>{l.intro}</p>
      <Axis events={events} t={t} />
      <Layout>
        <Section title={l.title} qa="timeline-section">
          <Filters>
            <legend>{l.filter}</legend>
            {(['all', 'team', 'record'] as const).map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                data-qa={`timeline-filter-${f}`}
              >
                {l.filters[f]}
              </button>
            ))}
          </Filters>
          <Status qa="timeline-status">{status}</Status>
          <TimelineList
            events={shown}
            actions={
              canEdit
                ? (event) =>
                    event.source === 'team' ? (
                      <>
                        <Button
                          variant="secondaryNoBorder"
                          onClick={() => {
                            setEditing(event);
                            setStatus('');
                          }}
                          aria-label={l.edit(eventTitle(event, t))}
                          data-qa="timeline-edit"
                          style={{ minHeight: 32, padding: '2px 8px' }}
                        >
                          {t.teams.record.edit}
                        </Button>
                        <RemoveEvent
                          event={event}
                          onDone={(message) => {
                            setStatus(message);
                            void refresh();
                          }}
                        />
                      </>
                    ) : null
                : undefined
            }
          />
        </Section>
        {canEdit ? (
          <div>
            {editing ? (
              <EventForm
                key={editing === 'new' ? 'new' : editing.id}
                familyId={family.id}
                event={editing === 'new' ? null : editing}
                onClose={(message) => {
                  setEditing(null);
                  if (message) setStatus(message);
                  void refresh();
                }}
              />
            ) : (
              <Button onClick={() => setEditing('new')} data-qa="timeline-add-open">
                {l.add}
              </Button>
            )}
          </div>
        ) : null}
      </Layout>
    </>
  );
}

function RemoveEvent({ event, onDone }: { event: TimelineEvent; onDone: (message: string) => void }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button
        variant="secondaryNoBorder"
        aria-label={t.teams.timeline.remove(eventTitle(event, t))}
        onClick={async () => {
          try {
            await familiesApi.removeEvent(event.id, event.version ?? 1);
            onDone(t.teams.timeline.removed);
          } catch (e) {
            setError(e);
          }
        }}
        data-qa="timeline-remove"
        style={{ minHeight: 32, padding: '2px 8px' }}
      >
        {t.teams.record.remove}
      </Button>
      {error ? <InlineAlert status="error">{errorText(error, lang, t)}</InlineAlert> : null}
    </>
  );
}

const FormBox = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  padding: ${spacing.m};
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  h2 {
    margin: 0;
    font-size: 20px;
  }
`;

function EventForm({
  familyId,
  event,
  onClose,
}: {
  familyId: string;
  event: TimelineEvent | null;
  onClose: (message?: string) => void;
}) {
  const { t, lang } = useI18n();
  const l = t.teams.timeline;
  const [date, setDate] = useState(event ? formatLocalDate(event.date) : '');
  const [precision, setPrecision] = useState<'day' | 'month' | 'year'>(event?.datePrecision ?? 'day');
  const [kind, setKind] = useState<TeamKind>(
    event && teamKinds.includes(event.kind as TeamKind) ? (event.kind as TeamKind) : 'other',
  );
  const [title, setTitle] = useState(event?.title ?? '');
  const [description, setDescription] = useState(event?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<TimelineEvent | null>(null);
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const send = async (version: number | null) => {
    const day = parseFinnishDate(date);
    if (!day) return;
    setPending(true);
    setFailure(null);
    try {
      const body = {
        occurredOn: day,
        datePrecision: precision,
        kind,
        title: title.trim(),
        description: description.trim(),
      };
      if (event && version !== null) await familiesApi.updateEvent(event.id, { version, ...body });
      else await familiesApi.addEvent(familyId, body);
      onClose(event ? l.saved : l.added);
    } catch (e) {
      const current = timelineEventSchema.safeParse(conflictCurrent(e));
      if (current.success) setConflict(current.data);
      else setFailure(e);
    } finally {
      setPending(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!parseFinnishDate(date)) found.date = l.errors.date;
    if (!title.trim()) found.title = l.errors.title;
    setErrors(found);
    if (Object.keys(found).length === 0) void send(event?.version ?? null);
  };
  const summary = (x: {
    title: string;
    description: string;
    date: string;
    datePrecision: 'day' | 'month' | 'year';
  }) => `${eventDate(x, t)} ${x.title}${x.description ? `\n${x.description}` : ''}`;
  return (
    <FormBox onSubmit={submit} noValidate aria-labelledby="timeline-form-heading" data-qa="timeline-form">
      <h2 id="timeline-form-heading" ref={heading} tabIndex={-1}>
        {event ? l.editHeading : l.addHeading}
      </h2>
      <FieldRow>
        <DateField
          labelText={l.date}
          value={date}
          onChange={setDate}
          qa="timeline-date"
          {...(errors.date ? { status: 'error' as const, statusText: errors.date } : {})}
        />
        <Select
          label={l.precision}
          value={precision}
          onChange={(e) => setPrecision(e.target.value as 'day' | 'month' | 'year')}
          qa="timeline-precision"
        >
          {(['day', 'month', 'year'] as const).map((p) => (
            <option key={p} value={p}>
              {l.precisions[p]}
            </option>
          ))}
        </Select>
      </FieldRow>
      <p style={{ margin: 0, fontSize: 14, color: colors.depthDark1 }}>{l.precisionHint}</p>
      <Select
        label={l.kind}
        value={kind}
        onChange={(e) => setKind(e.target.value as TeamKind)}
        qa="timeline-kind"
      >
        {teamKinds.map((k) => (
          <option key={k} value={k}>
            {l.kinds[k]}
          </option>
        ))}
      </Select>
      <TextInput
        labelText={l.eventTitle}
        value={title}
        onChange={(v) => setTitle(String(v ?? ''))}
        fullWidth
        data-qa="timeline-title"
        {...(errors.title ? { status: 'error' as const, statusText: errors.title } : {})}
      />
      <Textarea
        labelText={l.description}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        rows={3}
        fullWidth
        resize="vertical"
        data-qa="timeline-description"
      />
      {conflict ? (
        <ConflictChoice
          qa="timeline"
          mine={summary({
            title,
            description,
            date: parseFinnishDate(date) ?? conflict.date,
            datePrecision: precision,
          })}
          theirs={{ text: summary(conflict) }}
          pending={pending}
          onKeepMine={() => {
            const version = conflict.version;
            setConflict(null);
            void send(version);
          }}
          onTakeTheirs={() => onClose()}
        />
      ) : null}
      {failure ? <InlineAlert status="error">{errorText(failure, lang, t)}</InlineAlert> : null}
      {conflict ? null : (
        <ButtonRow>
          <SubmitButton pending={pending} qa="timeline-submit">
            {l.submit}
          </SubmitButton>
          <Button variant="secondaryNoBorder" onClick={() => onClose()}>
            {t.common.cancel}
          </Button>
        </ButtonRow>
      )}
    </FormBox>
  );
}

const AxisBox = styled.div`
  margin-bottom: ${spacing.m};
  padding: ${spacing.s} ${spacing.m} ${spacing.xs};
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  overflow-x: auto;
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.s};
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 14px;
    color: ${colors.depthDark1};
  }
  .legend span {
    display: inline-block;
    width: 12px;
    height: 12px;
    margin-right: 6px;
    vertical-align: -1px;
  }
`;

/**
 * All events on one time axis: the team's above the line, the record's below, so the family's life
 * and the services' actions can be read against each other. The list below is its text.
 */
function Axis({ events, t }: { events: TimelineEvent[]; t: Translations }) {
  if (events.length === 0) return null;
  const l = t.teams.timeline;
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years, new Date().getFullYear());
  const span = last - first + 1;
  const width = Math.max(640, span * 90);
  const height = 150;
  const pad = 24;
  const x = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const fraction = (y - first + (m - 1) / 12 + (d - 1) / 365) / span;
    return pad + fraction * (width - 2 * pad);
  };
  const mid = 78;
  // Events close together stack upwards (team) or downwards (record).
  const placed: { e: TimelineEvent; cx: number; cy: number }[] = [];
  for (const e of events) {
    const cx = x(e.date);
    const same = placed.filter((p) => p.e.source === e.source && Math.abs(p.cx - cx) < 14).length;
    const cy = e.source === 'team' ? mid - 20 - same * 15 : mid + 20 + same * 15;
    placed.push({ e, cx, cy });
  }
  return (
    <AxisBox data-qa="timeline-axis">
      <svg
        role="img"
        aria-label={l.axisLabel(events.length, String(first), String(last))}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ display: 'block' }}
      >
        <line x1={pad} x2={width - pad} y1={mid} y2={mid} stroke={colors.depthDark1} strokeWidth={2} />
        {Array.from({ length: span + 1 }, (_, i) => first + i).map((year) => {
          const yx = pad + ((year - first) / span) * (width - 2 * pad);
          return (
            <g key={year}>
              <line x1={yx} x2={yx} y1={mid - 6} y2={mid + 6} stroke={colors.depthDark1} strokeWidth={1.5} />
              {year <= last ? (
                <text x={yx + 4} y={height - 6} fontSize={13} fill={colors.depthDark1}>
                  {year}
                </text>
              ) : null}
            </g>
          );
        })}
        {placed.map(({ e, cx, cy }) => (
          <g key={`${e.source}-${e.id}-${e.kind}`}>
            <line
              x1={cx}
              x2={cx}
              y1={mid}
              y2={cy}
              stroke={sourceColor[e.source]}
              strokeWidth={1.25}
              opacity={0.6}
            />
            {e.source === 'team' ? (
              <circle cx={cx} cy={cy} r={6} fill={sourceColor.team} stroke={colors.whiteBase} strokeWidth={2}>
                <title>{`${eventDate(e, t)} ${eventTitle(e, t)}`}</title>
              </circle>
            ) : (
              <rect
                x={cx - 5.5}
                y={cy - 5.5}
                width={11}
                height={11}
                rx={2}
                fill={sourceColor.record}
                stroke={colors.whiteBase}
                strokeWidth={2}
              >
                <title>{`${eventDate(e, t)} ${eventTitle(e, t)}`}</title>
              </rect>
            )}
          </g>
        ))}
      </svg>
      <ul className="legend" aria-hidden="true">
        <li>
          <span style={{ background: sourceColor.team, borderRadius: '50%' }} />
          {l.sources.team}
        </li>
        <li>
          <span style={{ background: sourceColor.record, borderRadius: 2 }} />
          {l.sources.record}
        </li>
      </ul>
    </AxisBox>
  );
}
