import { Link } from '@tanstack/react-router';
import styled from 'styled-components';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';

const Nav = styled.nav`
  margin-bottom: ${spacing.m};
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.m};
    list-style: none;
    margin: 0;
    padding: 0;
    border-bottom: 1px solid ${colors.depthLight1};
  }
  a {
    display: inline-block;
    padding: 6px 2px;
    font-weight: 600;
    text-decoration: none;
  }
  a[aria-current='page'] {
    border-bottom: 4px solid ${colors.highlightBase};
    color: ${colors.blackBase};
  }
`;

/** The register's two views: the search and the coverage of the municipalities. */
export function RegisterNav() {
  const { t } = useI18n();
  const r = t.network.register;
  return (
    <Nav aria-label={r.views}>
      <ul>
        <li>
          <Link
            to="/partnership"
            activeOptions={{ exact: true, includeSearch: false }}
            data-qa="register-nav-search"
          >
            {r.searchView}
          </Link>
        </li>
        <li>
          <Link
            to="/partnership/coverage"
            activeOptions={{ exact: true, includeSearch: false }}
            data-qa="register-nav-coverage"
          >
            {r.coverageView}
          </Link>
        </li>
      </ul>
    </Nav>
  );
}
