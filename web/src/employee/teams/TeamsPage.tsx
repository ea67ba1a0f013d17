import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import styled from 'styled-components';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, Lead, Muted } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors, spacing } from '../../lib/components/theme';
import { useI18n } from '../../lib/i18n';
import { capitalise, roleName } from './format';
import { teamsQuery } from './queries';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: ${spacing.s};
  li a {
    font-size: 20px;
    font-weight: 600;
  }
  .role {
    color: ${colors.depthDark1};
  }
`;

/** The teams the user is a member or the lead of (with one team, the router goes straight to it). */
export function TeamsPage() {
  const { t } = useI18n();
  const query = useQuery(teamsQuery);
  return (
    <div data-qa="teams-page">
      <PageHeading>{t.teams.list.title}</PageHeading>
      <Lead>{t.teams.list.intro}</Lead>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Card>
          {query.data.teams.length === 0 ? (
            <Muted data-qa="teams-none">{t.teams.list.none}</Muted>
          ) : (
            <List>
              {query.data.teams.map((team) => (
                <li key={team.id} data-qa="teams-item">
                  <Link to="/teams/$teamId" params={{ teamId: team.id }}>
                    {team.name}
                  </Link>
                  <div className="role">
                    {t.teams.list.myRole(
                      capitalise(team.myRole ? roleName(team.myRole, t) : t.teams.list.lead),
                    )}
                  </div>
                </li>
              ))}
            </List>
          )}
        </Card>
      ) : null}
    </div>
  );
}
