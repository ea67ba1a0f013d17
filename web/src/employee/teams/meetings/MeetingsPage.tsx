import { addDays, type LocalDate, type MeetingSummary } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Muted, Tag } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { spacing } from '../../../lib/components/theme';
import { formatLocalDate, formatWeekdayDate, helsinkiToday } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';
import { timeRange } from '../format';
import { meetingsQuery, teamQuery } from '../queries';
import { TeamFrame } from '../TeamFrame';
import { Section } from '../ui';

/** A window of 24 weeks: 8 back and 16 ahead of the chosen day (today by default). */
export function meetingsWindow(around: string | undefined): { from: LocalDate; to: LocalDate } {
  const centre = (around ?? helsinkiToday()) as LocalDate;
  return { from: addDays(centre, -56), to: addDays(centre, 112) };
}

/** The team's coming and past meetings, cancelled and moved ones shown as such. */
export function MeetingsPage() {
  const { teamId = '' } = useParams({ strict: false });
  const search = useSearch({ strict: false }) as { around?: string };
  const { t } = useI18n();
  const team = useQuery(teamQuery(teamId));
  const range = meetingsWindow(search.around);
  const query = useQuery(meetingsQuery(teamId, range.from, range.to));
  const today = helsinkiToday();
  const meetings = query.data?.meetings ?? [];
  const coming = meetings.filter((m) => m.date >= today);
  const past = meetings.filter((m) => m.date < today).reverse();
  const title = team.data ? `${t.teams.meetings.title} – ${team.data.team.name}` : t.teams.meetings.title;
  return (
    <div data-qa="meetings-page">
      <TeamFrame teamId={teamId} team={team.data?.team} title={title}>
        {query.isPending ? <Loading /> : null}
        {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data ? (
          <>
            <Section title={t.teams.meetings.coming} qa="meetings-coming">
              <MeetingTable meetings={coming} caption={t.teams.meetings.coming} t={t} />
            </Section>
            <Section title={t.teams.meetings.past} qa="meetings-past">
              <MeetingTable meetings={past} caption={t.teams.meetings.past} t={t} />
            </Section>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: spacing.s }}>
              <Link
                to="/teams/$teamId/meetings"
                params={{ teamId }}
                search={{ around: addDays(range.from, -56) }}
              >
                {t.teams.meetings.earlier}
              </Link>
              <span>{t.teams.meetings.range(formatLocalDate(range.from), formatLocalDate(range.to))}</span>
              <Link
                to="/teams/$teamId/meetings"
                params={{ teamId }}
                search={{ around: addDays(range.to, 56) }}
              >
                {t.teams.meetings.later}
              </Link>
            </div>
          </>
        ) : null}
      </TeamFrame>
    </div>
  );
}

function MeetingTable({
  meetings,
  caption,
  t,
}: {
  meetings: MeetingSummary[];
  caption: string;
  t: Translations;
}) {
  const m = t.teams.meetings;
  if (meetings.length === 0) return <Muted>{m.none}</Muted>;
  return (
    <DataTable caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">{m.columns.date}</th>
          <th scope="col">{m.columns.time}</th>
          <th scope="col">{m.columns.place}</th>
          <th scope="col">{m.columns.agenda}</th>
          <th scope="col">{m.columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => {
          const cancelled = meeting.status === 'cancelled';
          return (
            <tr key={meeting.id} data-qa="meeting-row" data-date={meeting.date} data-status={meeting.status}>
              <th scope="row" className="nowrap">
                <Link to="/meetings/$meetingId" params={{ meetingId: meeting.id }} data-qa="meeting-link">
                  {cancelled ? (
                    <s>{formatWeekdayDate(meeting.date, t)}</s>
                  ) : (
                    formatWeekdayDate(meeting.date, t)
                  )}
                </Link>
              </th>
              <td className="nowrap">{timeRange(meeting.startTime, meeting.durationMinutes)}</td>
              <td>{[meeting.place, meeting.onlineUrl].filter(Boolean).join(' · ')}</td>
              <td>{m.families(meeting.agendaCount)}</td>
              <td>
                {cancelled ? (
                  <Tag $tone="alert">{m.cancelled}</Tag>
                ) : meeting.moved ? (
                  <Tag $tone="warning">{m.moved(formatLocalDate(meeting.occursOn))}</Tag>
                ) : meeting.agendaClosed ? (
                  m.closed
                ) : (
                  m.open
                )}
                {meeting.note ? <div>{meeting.note}</div> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
