import type { MeetingPage, UpdateMeetingRequest } from '@lumo/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow } from '../../../lib/components/Forms';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, helsinkiToday, parseClockTime, parseFinnishDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { meetingsApi } from '../api';
import { Status } from '../ui';

const Tools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.s};
  margin-bottom: ${spacing.m};
  padding: ${spacing.xs} ${spacing.s};
  border: 1px dashed ${colors.depthLight1};
  border-radius: 4px;
  .label {
    font-weight: 600;
    color: ${colors.depthDark1};
  }
`;

const Panel = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  margin-bottom: ${spacing.m};
  padding: ${spacing.s} ${spacing.m};
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  max-width: 760px;
`;

/** The consultant closes the agenda; the consultant or the lead cancels, restores or moves the meeting. */
export function MeetingAdmin({ page }: { page: MeetingPage }) {
  const { t, lang } = useI18n();
  const m = t.teams.meeting;
  const queryClient = useQueryClient();
  const meeting = page.meeting;
  const arrange = page.can.includes('agenda:arrange');
  const manage = page.can.includes('team:manageMeetings');
  const past = meeting.date < helsinkiToday();
  const [panel, setPanel] = useState<'cancel' | 'move' | null>(null);
  const [note, setNote] = useState('');
  const [date, setDate] = useState(formatLocalDate(meeting.date));
  const [time, setTime] = useState('');
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['meeting', meeting.id] }),
      queryClient.invalidateQueries({ queryKey: ['team', meeting.teamId] }),
    ]);
  const agenda = useMutation({
    mutationFn: (close: boolean) => (close ? meetingsApi.close(meeting.id) : meetingsApi.reopen(meeting.id)),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: (body: Omit<UpdateMeetingRequest, 'version'>) =>
      meetingsApi.update(meeting.id, { version: meeting.version, ...body }),
    onSuccess: async (result) => {
      setPanel(null);
      setStatus(
        result.status === 'cancelled'
          ? m.cancelled(
              result.agendaMovedTo ? formatLocalDate(result.agendaMovedTo.date) : null,
              result.agendaMovedTo?.items ?? 0,
            )
          : result.moved
            ? m.moved
            : '',
      );
      await refresh();
    },
    onError: () => void refresh(),
  });
  if (!arrange && !manage) return null;
  const error = agenda.error ?? update.error;
  return (
    <>
      <Tools data-qa="meeting-admin">
        {arrange && meeting.status !== 'cancelled' ? (
          meeting.agendaClosed ? (
            <Button
              variant="secondary"
              onClick={() => agenda.mutate(false)}
              disabled={agenda.isPending}
              data-qa="agenda-reopen"
            >
              {m.reopen}
            </Button>
          ) : (
            <Button
              variant="secondary"
              onClick={() => agenda.mutate(true)}
              disabled={agenda.isPending}
              data-qa="agenda-close"
            >
              {m.close}
            </Button>
          )
        ) : null}
        {manage && !past ? (
          meeting.status === 'cancelled' ? (
            <Button
              variant="secondary"
              onClick={() => update.mutate({ status: 'scheduled' })}
              data-qa="meeting-restore"
            >
              {m.restore}
            </Button>
          ) : (
            <>
              <Button
                variant="secondaryNoBorder"
                onClick={() => setPanel(panel === 'move' ? null : 'move')}
                aria-expanded={panel === 'move'}
                data-qa="meeting-move-open"
              >
                {m.move}
              </Button>
              <Button
                variant="secondaryNoBorder"
                onClick={() => setPanel(panel === 'cancel' ? null : 'cancel')}
                aria-expanded={panel === 'cancel'}
                data-qa="meeting-cancel-open"
              >
                {m.cancel}
              </Button>
            </>
          )
        ) : null}
        <Status qa="meeting-admin-status">{status}</Status>
      </Tools>
      {panel === 'cancel' ? (
        <Panel
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            update.mutate({ status: 'cancelled', note: note.trim() });
          }}
          aria-label={m.cancel}
          data-qa="meeting-cancel"
        >
          <TextInput
            labelText={m.cancelNote}
            value={note}
            onChange={(v) => setNote(String(v ?? ''))}
            fullWidth
            data-qa="meeting-cancel-note"
          />
          <ButtonRow>
            <SubmitButton pending={update.isPending} qa="meeting-cancel-submit">
              {m.cancelConfirm}
            </SubmitButton>
            <Button variant="secondaryNoBorder" onClick={() => setPanel(null)}>
              {t.common.cancel}
            </Button>
          </ButtonRow>
        </Panel>
      ) : null}
      {panel === 'move' ? (
        <Panel
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const day = parseFinnishDate(date);
            const minutes = time.trim() ? parseClockTime(time) : null;
            setInvalid(!day || (time.trim() !== '' && minutes === null));
            if (!day || (time.trim() && minutes === null)) return;
            update.mutate({
              date: day,
              ...(minutes !== null
                ? {
                    startTime: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
                  }
                : {}),
            });
          }}
          aria-label={m.move}
          data-qa="meeting-move"
        >
          <FieldRow>
            <DateField
              labelText={m.moveDate}
              value={date}
              onChange={setDate}
              qa="meeting-move-date"
              {...(invalid ? { status: 'error' as const, statusText: t.common.dateInvalid } : {})}
            />
            <TextInput
              labelText={m.moveTime}
              hintText={t.teams.series.startTimeHint}
              value={time}
              onChange={(v) => setTime(String(v ?? ''))}
              fullWidth
              data-qa="meeting-move-time"
            />
          </FieldRow>
          <ButtonRow>
            <SubmitButton pending={update.isPending} qa="meeting-move-submit">
              {m.moveConfirm}
            </SubmitButton>
            <Button variant="secondaryNoBorder" onClick={() => setPanel(null)}>
              {t.common.cancel}
            </Button>
          </ButtonRow>
        </Panel>
      ) : null}
      {error ? <InlineAlert status="error">{errorText(error, lang, t)}</InlineAlert> : null}
    </>
  );
}
