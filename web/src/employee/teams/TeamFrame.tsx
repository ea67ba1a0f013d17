import type { TeamPage } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { PageHeading } from '../../lib/components/PageHeading';
import { TabNav } from '../../lib/components/SubNav';
import { colors, spacing } from '../../lib/components/theme';
import { useI18n } from '../../lib/i18n';
import { BackNav } from '../children/ChildPage';
import { teamsQuery } from './queries';

const Sub = styled.p`
  margin: 0 0 ${spacing.m};
  color: ${colors.depthDark1};
`;

/** The heading and the views (overview, meetings) of a team's pages. */
export function TeamFrame({
  teamId,
  team,
  title,
  children,
}: {
  teamId: string;
  team: TeamPage['team'] | undefined;
  title: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  // With one team, the list of teams is the team itself.
  const teams = useQuery(teamsQuery);
  return (
    <>
      {(teams.data?.teams.length ?? 0) > 1 ? (
        <BackNav>
          <Link to="/teams" data-qa="team-back">
            {t.teams.page.back}
          </Link>
        </BackNav>
      ) : null}
      <PageHeading title={title} focusKey={team ? `team-${team.id}` : ''} data-qa="team-name">
        {team?.name ?? title}
      </PageHeading>
      {team ? (
        <Sub>
          {[team.lead ? t.teams.page.leadLine(team.lead.name) : null, team.municipalities.join(', ')]
            .filter(Boolean)
            .join(' · ')}
        </Sub>
      ) : null}
      <TabNav aria-label={t.teams.page.tabsLabel}>
        <ul>
          <li>
            <Link
              to="/teams/$teamId"
              params={{ teamId }}
              activeOptions={{ exact: true }}
              data-qa="team-tab-overview"
            >
              {t.teams.page.tabs.overview}
            </Link>
          </li>
          <li>
            <Link to="/teams/$teamId/meetings" params={{ teamId }} data-qa="team-tab-meetings">
              {t.teams.page.tabs.meetings}
            </Link>
          </li>
        </ul>
      </TabNav>
      {children}
    </>
  );
}
