import type { AgendaEntry, MeetingPage as MeetingPageData } from '@lumo/domain';
import { useIsFetching, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { ErrorNotice, errorText } from '../../../lib/components/ErrorNotice';
import { Muted, Tag } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, formatTime, formatWeekdayDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth/session';
import { BackNav } from '../../children/ChildPage';
import { isNotFound } from '../../children/queries';
import { meetingsApi } from '../api';
import { childrenLine, timeRange } from '../format';
import { meetingQuery } from '../queries';
import { FamilyRecord } from '../record/FamilyRecord';
import { Status } from '../ui';
import { AddToAgenda } from './AddToAgenda';
import { MeetingAdmin } from './MeetingAdmin';

const Screen = styled.div`
  &:fullscreen {
    overflow: auto;
    background: ${colors.depthLight3};
    padding: ${spacing.l} ${spacing.xl};
    font-size: 19px;
  }
`;

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.xs} ${spacing.m};
  margin-bottom: ${spacing.m};
  .where {
    font-size: 18px;
    color: ${colors.blackBase};
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spacing.xs} ${spacing.s};
    color: ${colors.depthDark1};
  }
`;

const Layout = styled.div`
  display: grid;
  grid-template-columns: minmax(240px, 300px) minmax(0, 1fr);
  gap: ${spacing.m};
  align-items: start;
  @media (max-width: 980px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

// The agenda and the form to add to it stay in sight together while the record scrolls; a long
// agenda scrolls inside, so nothing of it lies over the form below it.
const Side = styled.div`
  position: sticky;
  top: ${spacing.s};
  max-height: calc(100vh - 2 * ${spacing.s});
  overflow-y: auto;
  @media (max-width: 980px) {
    position: static;
    max-height: none;
    overflow: visible;
  }
  @media print {
    position: static;
    max-height: none;
    overflow: visible;
  }
`;

const Agenda = styled.nav`
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  padding: ${spacing.s};
  h2 {
    margin: 0 0 ${spacing.xs};
    font-size: 20px;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
    counter-reset: agenda;
  }
  li {
    counter-increment: agenda;
    display: flex;
    align-items: stretch;
    gap: 4px;
  }
  li a {
    flex: 1;
    display: block;
    padding: 8px 10px 8px 36px;
    position: relative;
    border: 1px solid ${colors.depthLight2};
    border-radius: 4px;
    color: ${colors.blackBase};
    text-decoration: none;
    line-height: 1.3;
  }
  li a::before {
    content: counter(agenda);
    position: absolute;
    left: 10px;
    top: 8px;
    font-weight: 600;
    color: ${colors.depthDark1};
  }
  li a:hover {
    background: ${colors.highlightLight4};
    border-color: ${colors.highlightLight2};
  }
  li a[aria-current='page'] {
    background: ${colors.highlightLight3};
    border-color: ${colors.highlightBase};
    box-shadow: inset 4px 0 0 ${colors.highlightBase};
  }
  .name {
    font-weight: 600;
    font-size: 17px;
  }
  .kids {
    display: block;
    font-size: 15px;
    color: ${colors.depthDark1};
  }
  .came-back {
    display: inline-block;
    margin-top: 4px;
    padding: 0 8px;
    border-radius: 10px;
    background: ${colors.warningLight1};
    border: 1px solid ${colors.warningBase};
    font-size: 13px;
    font-weight: 600;
  }
  .order {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .order button {
    font: inherit;
    min-width: 36px;
    min-height: 30px;
    border: 1px solid ${colors.depthLight1};
    background: ${colors.whiteBase};
    border-radius: 2px;
    cursor: pointer;
    color: ${colors.highlightBase};
  }
  .order button:disabled {
    color: ${colors.depthLight1};
    cursor: default;
  }
`;

export function MeetingPage() {
  const { meetingId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(meetingQuery(meetingId));
  const page = query.data;
  const notFound = isNotFound(query.error);
  const title = page
    ? t.teams.meeting.title(formatWeekdayDate(page.meeting.date, t))
    : t.teams.meetings.title;
  return (
    <div data-qa={page ? 'meeting-page' : notFound ? 'meeting-not-found' : 'meeting-loading'}>
      <BackNav>
        {page ? (
          <Link to="/teams/$teamId" params={{ teamId: page.team.id }} data-qa="meeting-back">
            {t.teams.meeting.backToTeam}
          </Link>
        ) : (
          <Link to="/teams">{t.teams.page.back}</Link>
        )}
      </BackNav>
      {query.isPending ? (
        <>
          <PageHeading>{title}</PageHeading>
          <Loading />
        </>
      ) : null}
      {query.error ? (
        <>
          <PageHeading>{title}</PageHeading>
          {notFound ? (
            <Muted>{t.teams.family.notFound}</Muted>
          ) : (
            <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
          )}
        </>
      ) : null}
      {page ? <Meeting page={page} title={title} dataUpdatedAt={query.dataUpdatedAt} /> : null}
    </div>
  );
}

function Meeting({
  page,
  title,
  dataUpdatedAt,
}: {
  page: MeetingPageData;
  title: string;
  dataUpdatedAt: number;
}) {
  const { t } = useI18n();
  const m = t.teams.meeting;
  const session = useSession();
  const queryClient = useQueryClient();
  const fetching = useIsFetching({ queryKey: ['meeting', page.meeting.id] }) > 0;
  const search = useSearch({ strict: false }) as { item?: string };
  const screen = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const update = () =>
      setFullscreen(document.fullscreenElement === screen.current && screen.current !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const meeting = page.meeting;
  const agenda = page.agenda;
  const current = agenda?.find((e) => e.id === search.item) ?? agenda?.[0];
  const where = [t.teams.time(timeRange(meeting.startTime, meeting.durationMinutes)), meeting.place]
    .filter(Boolean)
    .join(' · ');

  return (
    <Screen ref={screen} data-qa="meeting-screen">
      <PageHeading title={title} focusKey={`meeting-${meeting.id}`} data-qa="meeting-title">
        {title}
      </PageHeading>
      <Bar>
        <div className="where">
          {where}
          {meeting.onlineUrl ? (
            <>
              {' · '}
              <a href={meeting.onlineUrl}>{t.teams.series.online}</a>
            </>
          ) : null}
          {' · '}
          {page.team.name}
        </div>
        <div className="tools">
          <span aria-live="polite" data-qa="meeting-refreshed">
            {m.refreshed(formatTime(new Date(dataUpdatedAt)))}
          </span>
          <Button
            variant="secondary"
            onClick={() => void queryClient.invalidateQueries({ queryKey: ['meeting', meeting.id] })}
            disabled={fetching}
            data-qa="meeting-refresh"
          >
            {m.refresh}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen();
              else void screen.current?.requestFullscreen?.();
            }}
            data-qa="meeting-fullscreen"
          >
            {fullscreen ? m.exitFullscreen : m.fullscreen}
          </Button>
        </div>
      </Bar>
      {meeting.status === 'cancelled' ? (
        <InlineAlert status="warning" data-qa="meeting-cancelled">
          {m.cancelledNotice(meeting.note)}
        </InlineAlert>
      ) : null}
      {meeting.moved ? (
        <InlineAlert status="neutral" data-qa="meeting-moved">
          {m.movedNotice(formatLocalDate(meeting.occursOn))}
        </InlineAlert>
      ) : null}
      {meeting.agendaClosed ? (
        <p data-qa="meeting-closed" style={{ margin: `0 0 ${spacing.s}` }}>
          <Tag>{m.closedNotice}</Tag>
        </p>
      ) : null}
      <MeetingAdmin page={page} />
      {agenda === null ? (
        <Muted data-qa="meeting-lead-view">{m.leadView(meeting.agendaCount)}</Muted>
      ) : (
        <Layout>
          <Side>
            <AgendaNav page={page} agenda={agenda} currentId={current?.id ?? null} />
            {page.can.includes('agenda:add') && !meeting.agendaClosed && meeting.status !== 'cancelled' ? (
              <AddToAgenda page={page} />
            ) : null}
          </Side>
          <div>
            {page.hiddenItems > 0 ? <Muted>{m.hiddenItems(page.hiddenItems)}</Muted> : null}
            {current ? (
              <FamilyRecord key={current.id} entry={current} page={page} meId={session?.user.id ?? ''} />
            ) : (
              <Muted data-qa="meeting-agenda-empty">{m.agendaEmpty}</Muted>
            )}
          </div>
        </Layout>
      )}
    </Screen>
  );
}

function AgendaNav({
  page,
  agenda,
  currentId,
}: {
  page: MeetingPageData;
  agenda: AgendaEntry[];
  currentId: string | null;
}) {
  const { t, lang } = useI18n();
  const m = t.teams.meeting;
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const arrange = page.can.includes('agenda:arrange') && !page.meeting.agendaClosed;
  const order = useMutation({
    mutationFn: (ids: string[]) => meetingsApi.order(page.meeting.id, ids),
    onSuccess: async () => {
      setStatus(m.orderSaved);
      await queryClient.invalidateQueries({ queryKey: ['meeting', page.meeting.id] });
    },
  });
  const move = (index: number, step: -1 | 1) => {
    const ids = agenda.map((e) => e.id);
    const [item] = ids.splice(index, 1);
    ids.splice(index + step, 0, item!);
    order.mutate(ids);
  };
  return (
    <Agenda aria-labelledby="agenda-heading" data-qa="agenda">
      <h2 id="agenda-heading">{m.agendaHeading}</h2>
      {agenda.length === 0 ? (
        <Muted>{m.agendaEmpty}</Muted>
      ) : (
        <ol>
          {agenda.map((entry, index) => {
            const name = t.teams.family.title(entry.family.name);
            return (
              <li
                key={entry.id}
                data-qa="agenda-item"
                data-family-id={entry.family.id}
                data-origin={entry.origin}
              >
                <Link
                  to="/meetings/$meetingId"
                  params={{ meetingId: page.meeting.id }}
                  search={{ item: entry.id }}
                  aria-current={entry.id === currentId ? 'page' : undefined}
                  data-qa="agenda-item-link"
                >
                  <span className="name">{entry.family.name}</span>
                  <span className="kids">{childrenLine(entry.family.children, t)}</span>
                  {entry.dueExperimentIds.length > 0 ? (
                    <span className="came-back" data-qa="agenda-came-back">
                      {m.cameBack}
                    </span>
                  ) : null}
                </Link>
                {arrange ? (
                  <span className="order">
                    <button
                      type="button"
                      aria-label={m.moveUp(name)}
                      disabled={index === 0 || order.isPending}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={m.moveDown(name)}
                      disabled={index === agenda.length - 1 || order.isPending}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <Status qa="agenda-status">{status}</Status>
      {order.error ? <InlineAlert status="error">{errorText(order.error, lang, t)}</InlineAlert> : null}
    </Agenda>
  );
}
