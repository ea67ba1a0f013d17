import type { FamilyRef } from '@lumo/domain';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { PageHeading } from '../../../lib/components/PageHeading';
import { TabNav } from '../../../lib/components/SubNav';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { BackNav } from '../../children/ChildPage';
import { ageOn } from '../format';

const Children = styled.p`
  margin: 0 0 ${spacing.m};
  font-size: 18px;
  color: ${colors.blackBase};
  a {
    font-weight: 600;
  }
`;

/**
 * The heading and views of a family's systemic work (view, genogram, timeline). The window title never
 * names the family: client data does not go to the browser's history.
 */
export function FamilyFrame({
  familyId,
  family,
  view,
  children,
}: {
  familyId: string;
  family: FamilyRef | undefined;
  view: 'systemic' | 'genogram' | 'timeline';
  children: ReactNode;
}) {
  const { t } = useI18n();
  const f = t.teams.family;
  return (
    <>
      <BackNav className="no-print">
        <Link to="/teams" data-qa="family-back">
          {t.teams.nav}
        </Link>
      </BackNav>
      <PageHeading
        title={`${f.tabs[view]} – ${f.pageTitle}`}
        focusKey={family ? `family-${familyId}-${view}` : ''}
        data-qa="family-name"
      >
        {family ? f.title(family.name) : f.pageTitle}
      </PageHeading>
      {family ? (
        <Children className="no-print">
          {family.children.map((c, i) => {
            const age = ageOn(c.birthDate);
            return (
              <span key={c.id}>
                {i > 0 ? ', ' : ''}
                <Link to="/children/$childId" params={{ childId: c.id }}>
                  {c.firstNames} {c.lastName}
                </Link>
                {age !== null ? ` (${t.teams.record.age(age)})` : ''}
              </span>
            );
          })}
        </Children>
      ) : null}
      <TabNav aria-label={f.tabsLabel} className="no-print">
        <ul>
          <li>
            <Link
              to="/families/$familyId"
              params={{ familyId }}
              activeOptions={{ exact: true }}
              data-qa="family-tab-systemic"
            >
              {f.tabs.systemic}
            </Link>
          </li>
          <li>
            <Link to="/families/$familyId/genogram" params={{ familyId }} data-qa="family-tab-genogram">
              {f.tabs.genogram}
            </Link>
          </li>
          <li>
            <Link to="/families/$familyId/timeline" params={{ familyId }} data-qa="family-tab-timeline">
              {f.tabs.timeline}
            </Link>
          </li>
        </ul>
      </TabNav>
      {children}
    </>
  );
}
