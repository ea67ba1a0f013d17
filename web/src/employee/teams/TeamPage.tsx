import type { TeamPage as TeamPageData } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useDeferredValue, useState } from 'react';
import styled from 'styled-components';
import { Button, TextInput } from 'suomifi-ui-components';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Columns, Muted } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { colors, spacing } from '../../lib/components/theme';
import { formatLocalDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { isNotFound } from '../children/queries';
import { familiesApi } from './api';
import { childrenLine, meetingWhen } from './format';
import { SeriesSection } from './meetings/SeriesSection';
import { MembersSection } from './members/MembersSection';
import { teamQuery } from './queries';
import { TeamFrame } from './TeamFrame';
import { Section } from './ui';

const NextMeeting = styled.div`
  .when {
    font-size: 22px;
    font-weight: 600;
    margin: 0 0 4px;
  }
  .where {
    margin: 0 0 ${spacing.xs};
    color: ${colors.depthDark1};
  }
  .count {
    margin: 0 0 ${spacing.s};
  }
`;

export function TeamPage() {
  const { teamId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(teamQuery(teamId));
  const page = query.data;
  return (
    <div data-qa={page ? 'team-page' : 'team-loading'}>
      <TeamFrame teamId={teamId} team={page?.team} title={page?.team.name ?? t.teams.list.title}>
        {query.isPending ? <Loading /> : null}
        {query.error ? (
          isNotFound(query.error) ? (
            <Muted data-qa="team-not-found">{t.teams.list.none}</Muted>
          ) : (
            <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
          )
        ) : null}
        {page ? <TeamOverview page={page} /> : null}
      </TeamFrame>
    </div>
  );
}

function TeamOverview({ page }: { page: TeamPageData }) {
  const { t } = useI18n();
  const next = page.nextMeeting;
  return (
    <>
      <Columns>
        <Section title={t.teams.page.nextMeeting} qa="team-next-meeting">
          {next ? (
            <NextMeeting>
              <p className="when" data-qa="team-next-meeting-when">
                {meetingWhen(next, t)}
              </p>
              {next.place || next.onlineUrl ? (
                <p className="where">{[next.place, next.onlineUrl].filter(Boolean).join(' · ')}</p>
              ) : null}
              <p className="count" data-qa="team-next-meeting-count">
                {t.teams.page.agendaCount(next.agendaCount)}
              </p>
              <ButtonLink
                to="/meetings/$meetingId"
                params={{ meetingId: next.id }}
                data-qa="team-open-next-meeting"
              >
                {t.teams.page.openMeeting}
              </ButtonLink>
            </NextMeeting>
          ) : (
            <Muted>{t.teams.page.noNextMeeting}</Muted>
          )}
        </Section>
        <SeriesSection page={page} />
      </Columns>
      <MembersSection page={page} />
      <FamiliesSection page={page} />
    </>
  );
}

function FamiliesSection({ page }: { page: TeamPageData }) {
  const { t } = useI18n();
  const p = t.teams.page;
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  if (page.families === null)
    return (
      <Section title={p.families} qa="team-families">
        <Muted data-qa="team-families-hidden">{p.familiesHidden}</Muted>
      </Section>
    );
  const matches = (f: TeamFamily) =>
    !deferred ||
    f.name.toLowerCase().includes(deferred) ||
    f.children.some((c) => `${c.firstNames} ${c.lastName}`.toLowerCase().includes(deferred));
  const families = page.families.filter((f) => f.familyId !== null && matches(f));
  const notYet = page.families.filter((f) => f.familyId === null && matches(f));
  return (
    <Section title={p.families} intro={p.familiesIntro} qa="team-families">
      {page.families.length === 0 ? (
        <Muted>{p.noFamilies}</Muted>
      ) : (
        <>
          <div style={{ maxWidth: 360, marginBottom: spacing.s }}>
            <TextInput
              labelText={p.filterFamilies}
              value={filter}
              onChange={(value) => setFilter(String(value ?? ''))}
              fullWidth
              data-qa="team-families-filter"
            />
          </div>
          <FamilyTable families={families} teamId={page.team.id} qa="team-families-table" />
          {notYet.length > 0 ? (
            <details style={{ marginTop: spacing.m }} data-qa="team-not-yet-families" open={!!deferred}>
              <summary style={{ fontWeight: 600, fontSize: 18, cursor: 'pointer' }}>
                {p.notYetFamilies(notYet.length)}
              </summary>
              <Muted style={{ marginTop: spacing.xs }}>{p.notYetFamiliesIntro}</Muted>
              <FamilyTable families={notYet} teamId={page.team.id} qa="team-not-yet-table" />
            </details>
          ) : null}
        </>
      )}
    </Section>
  );
}

type TeamFamily = NonNullable<TeamPageData['families']>[number];

function FamilyTable({ families, teamId, qa }: { families: TeamFamily[]; teamId: string; qa: string }) {
  const { t } = useI18n();
  const p = t.teams.page;
  return (
    <DataTable caption={p.familiesCaption} captionHidden data-qa={qa}>
      <thead>
        <tr>
          <th scope="col">{p.familyColumns.family}</th>
          <th scope="col">{p.familyColumns.children}</th>
          <th scope="col">{p.familyColumns.worker}</th>
          <th scope="col">{p.familyColumns.lastDiscussed}</th>
          <th scope="col">{p.familyColumns.experiments}</th>
        </tr>
      </thead>
      <tbody>
        {families.map((f) => (
          <tr
            key={f.familyId ?? f.children.map((c) => c.id).join()}
            data-qa="team-family-row"
            data-family-id={f.familyId ?? ''}
          >
            <th scope="row">
              {f.familyId ? (
                <Link to="/families/$familyId" params={{ familyId: f.familyId }} data-qa="team-family-link">
                  {f.name}
                </Link>
              ) : (
                <>
                  {f.name}
                  <MakeFamily teamId={teamId} childIds={f.children.map((c) => c.id)} />
                </>
              )}
            </th>
            <td>{childrenLine(f.children, t)}</td>
            <td>
              {[...new Set(f.children.map((c) => c.responsibleWorker?.name).filter(Boolean))].join(', ')}
            </td>
            <td className="nowrap">
              {f.lastDiscussedOn ? formatLocalDate(f.lastDiscussedOn) : t.common.empty}
            </td>
            <td>
              {f.openExperiments > 0 ? (
                <>
                  {f.openExperiments}
                  {f.nextFollowUpOn ? (
                    <div style={{ color: colors.depthDark1 }}>
                      {p.nextFollowUp(formatLocalDate(f.nextFollowUpOn))}
                    </div>
                  ) : null}
                </>
              ) : (
                t.common.empty
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** Children the team holds who are not yet a family: one click makes them one, and opens it. */
function MakeFamily({ teamId, childIds }: { teamId: string; childIds: string[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () => familiesApi.create(childIds),
    onSuccess: async (family) => {
      await queryClient.invalidateQueries({ queryKey: ['team', teamId] });
      await navigate({ to: '/families/$familyId', params: { familyId: family.id } });
    },
  });
  return (
    <div style={{ fontWeight: 400 }}>
      <Button
        variant="secondaryNoBorder"
        onClick={() => create.mutate()}
        disabled={create.isPending}
        data-qa="team-make-family"
        style={{ minHeight: 32, padding: '2px 8px' }}
      >
        {t.teams.meeting.add.makeFamily}
      </Button>
      {create.error ? <ErrorNotice error={create.error} /> : null}
    </div>
  );
}
