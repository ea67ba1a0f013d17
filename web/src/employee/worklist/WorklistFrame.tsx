import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { PageHeading } from '../../lib/components/PageHeading';
import { TabNav } from '../../lib/components/SubNav';
import { useI18n } from '../../lib/i18n';
import { EmergencyNotices, worklistQuery } from './WorklistChildrenPage';

/**
 * The worklist's two views under one heading: the deadlines (where the user lands) and the children.
 * Emergency accesses to the user's own clients are shown above both, for her to check.
 */
export function WorklistFrame({ tab, children }: { tab: 'deadlines' | 'children'; children: ReactNode }) {
  const { t } = useI18n();
  const worklist = useQuery(worklistQuery);
  return (
    <div data-qa="worklist" data-tab={tab}>
      <PageHeading title={`${t.worklist.tabs[tab]} – ${t.worklist.title}`}>{t.worklist.title}</PageHeading>
      <TabNav aria-label={t.worklist.tabsLabel}>
        <ul>
          <li>
            <Link
              to="/worklist"
              activeOptions={{ exact: true, includeSearch: false }}
              data-qa="worklist-tab-deadlines"
            >
              {t.worklist.tabs.deadlines}
            </Link>
          </li>
          <li>
            <Link to="/worklist/children" data-qa="worklist-tab-children">
              {t.worklist.tabs.children}
            </Link>
          </li>
        </ul>
      </TabNav>
      {worklist.data ? <EmergencyNotices notices={worklist.data.emergencyAccessNotices} /> : null}
      {children}
    </div>
  );
}
