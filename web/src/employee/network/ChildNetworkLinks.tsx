import type { ChildPage } from '@lumo/domain';
import { Link } from '@tanstack/react-router';
import styled from 'styled-components';
import { colors, spacing } from '../../lib/components/theme';
import { useI18n } from '../../lib/i18n';

const Links = styled.nav`
  margin-bottom: ${spacing.m};
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.xs} ${spacing.m};
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    font-weight: 600;
  }
  .hint {
    color: ${colors.depthDark1};
  }
`;

/** The child's agency network from her page: the network map, and partners with their consents. */
export function ChildNetworkLinks({ page }: { page: ChildPage }) {
  const { t } = useI18n();
  const map = page.can.includes('networkMap:read');
  const partners = page.can.includes('partnerAccess:read');
  const multiagency = page.can.includes('multiagency:read');
  if (!map && !partners && !multiagency) return null;
  return (
    <Links aria-label={t.network.childLinks} data-qa="child-network-links">
      <ul>
        {map ? (
          <li>
            <Link
              to="/children/$childId/network-map"
              params={{ childId: page.child.id }}
              data-qa="child-network-map-link"
            >
              {t.network.map.title}
            </Link>
          </li>
        ) : null}
        {multiagency ? (
          <li>
            <Link
              to="/children/$childId/multiagency"
              params={{ childId: page.child.id }}
              data-qa="child-multiagency-link"
            >
              {t.network.multiagency.title}
            </Link>
          </li>
        ) : null}
        {partners ? (
          <li>
            <Link
              to="/children/$childId/partners"
              params={{ childId: page.child.id }}
              data-qa="child-partners-link"
            >
              {t.network.access.nav}
            </Link>
          </li>
        ) : null}
      </ul>
    </Links>
  );
}
