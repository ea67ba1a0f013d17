import { jobRole, type SessionInfo } from '@lumo/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { Button, SkipLink } from 'suomifi-ui-components';
import { authApi } from '../../lib/api/endpoints';
import { colors, spacing } from '../../lib/components/theme';
import { localName, staffTitle, useI18n } from '../../lib/i18n';
import { can, clearSession } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';

export const Container = styled.div`
  width: 100%;
  max-width: 1400px;
  margin: 0 auto;
  padding: 0 ${spacing.l};
  @media (max-width: 700px) {
    padding: 0 ${spacing.s};
  }
`;

const Banner = styled.header`
  background: ${colors.whiteBase};
  border-top: 4px solid ${colors.brandBase};
  border-bottom: 1px solid ${colors.depthLight1};
`;

const TopRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.xs} ${spacing.m};
  padding: ${spacing.xs} 0;
`;

const Brand = styled.div`
  display: flex;
  align-items: baseline;
  gap: ${spacing.xs};
  flex-wrap: wrap;
  .name {
    font-size: 28px;
    font-weight: 600;
    line-height: 1.2;
    color: ${colors.brandBase};
    letter-spacing: 0.5px;
    text-decoration: none;
  }
  .tagline {
    color: ${colors.depthDark1};
    font-size: 16px;
  }
`;

const Tools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.m};
  margin-left: auto;
  @media (max-width: 700px) {
    margin-left: 0;
  }
`;

const User = styled.div`
  text-align: right;
  line-height: 1.3;
  font-size: 15px;
  .who {
    font-weight: 600;
    font-size: 16px;
  }
  .where {
    color: ${colors.depthDark1};
  }
  @media (max-width: 700px) {
    text-align: left;
    flex-basis: 100%;
  }
`;

const Nav = styled.nav`
  border-top: 1px solid ${colors.depthLight2};
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${spacing.xs};
  }
  a {
    display: inline-block;
    padding: 10px 12px 8px;
    border-bottom: 4px solid transparent;
    color: ${colors.blackBase};
    text-decoration: none;
    font-weight: 600;
  }
  a:hover {
    color: ${colors.highlightBase};
    border-bottom-color: ${colors.highlightLight2};
  }
  a[aria-current='page'] {
    color: ${colors.highlightBase};
    border-bottom-color: ${colors.highlightBase};
  }
`;

const Main = styled.main`
  flex: 1 0 auto;
  padding: ${spacing.l} 0 ${spacing.xxl};
  &:focus {
    outline: none;
  }
`;

const Footer = styled.footer`
  background: ${colors.whiteBase};
  border-top: 1px solid ${colors.depthLight1};
  color: ${colors.depthDark1};
  font-size: 14px;
  padding: ${spacing.s} 0;
`;

function SignOut() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const router = useRouter();
  const signOut = async () => {
    try {
      await authApi.logout();
    } catch {
      // Signed out already, or the server is away: forget the session here in any case.
    }
    clearSession(queryClient);
    await router.navigate({ to: '/login', search: { reason: 'signedOut' } });
  };
  return (
    <Button variant="secondary" data-qa="logout" onClick={() => void signOut()}>
      {t.shell.signOut}
    </Button>
  );
}

/** The page frame: skip link, header with the user and the language switch, navigation, main, footer. */
export function ShellFrame({ session, children }: { session: SessionInfo | null; children: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <>
      <SkipLink href="#main">{t.shell.skipToContent}</SkipLink>
      <Banner>
        <Container>
          <TopRow>
            <Brand>
              {session ? (
                <Link to="/worklist" className="name">
                  {t.app.name}
                </Link>
              ) : (
                <span className="name">{t.app.name}</span>
              )}
              <span className="tagline">{t.app.tagline}</span>
            </Brand>
            <Tools>
              {session ? (
                <User aria-label={t.shell.signedInAs} role="group">
                  <div className="who" data-qa="user-name">
                    {session.user.name}
                  </div>
                  <div className="where">
                    <span data-qa="user-title">
                      {staffTitle({ title: session.user.title, role: jobRole(session.user.roles) }, t)}
                    </span>
                    {' · '}
                    <span data-qa="user-organisation">{localName(session.user.organisation.name, lang)}</span>
                  </div>
                </User>
              ) : null}
              <LanguageSwitch />
              {session ? <SignOut /> : null}
            </Tools>
          </TopRow>
        </Container>
        {session ? (
          <Nav aria-label={t.shell.mainNavigation}>
            <Container>
              <ul>
                {can(session, 'worklist:read') ? (
                  <li>
                    <Link to="/worklist" data-qa="nav-worklist">
                      {t.shell.nav.worklist}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'notificationRegister:read') ? (
                  <li>
                    <Link to="/notifications" data-qa="nav-notifications" activeOptions={{ exact: true }}>
                      {t.shell.nav.notifications}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'worklist:read') ? (
                  <li>
                    <Link to="/teams" data-qa="nav-teams">
                      {t.teams.nav}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'caseload:read') ? (
                  <li>
                    <Link to="/caseloads" data-qa="nav-caseloads">
                      {t.shell.nav.caseloads}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'partnerPortal:use') ? (
                  <li>
                    <Link to="/partner" data-qa="nav-partner">
                      {t.partner.nav}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'expertPool:read') ? (
                  <li>
                    <Link to="/consultations" data-qa="nav-consultations">
                      {t.consultations.nav}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'partnerRegister:read') && !can(session, 'partnerPortal:use') ? (
                  <li>
                    <Link to="/partnership" data-qa="nav-partnership">
                      {t.network.register.nav}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'person:search') ? (
                  <li>
                    <Link to="/search" data-qa="nav-search">
                      {t.shell.nav.search}
                    </Link>
                  </li>
                ) : null}
                {can(session, 'emergencyAccess:review') ? (
                  <li>
                    <Link to="/emergency-accesses" data-qa="nav-emergency">
                      {t.shell.nav.emergency}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </Container>
          </Nav>
        ) : null}
      </Banner>
      <Main id="main" tabIndex={-1}>
        <Container>{children}</Container>
      </Main>
      <Footer>
        <Container>
          {t.app.name} · {t.app.tagline}
        </Container>
      </Footer>
    </>
  );
}
