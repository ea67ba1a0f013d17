import type { Worklist, WorklistChild } from '@lumo/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useId, useState } from 'react';
import styled from 'styled-components';
import { TextInput } from 'suomifi-ui-components';
import { childrenApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, H2, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { colors, spacing } from '../../lib/components/theme';
import { ageInYears, formatDate, formatDateTime, formatLocalDate, formatUntil } from '../../lib/dates';
import { type Language, localName, staffTitle, type Translations, useI18n } from '../../lib/i18n';
import { WorklistFrame } from './WorklistFrame';

export const worklistQuery = queryOptions({ queryKey: ['worklist'], queryFn: childrenApi.worklist });

type Kind = WorklistChild['relationship'];
const kinds: Kind[] = ['responsible', 'team', 'emergency'];

const FilterRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.xs} ${spacing.m};
  margin-bottom: ${spacing.m};
  .count {
    color: ${colors.depthDark1};
    padding-bottom: 10px;
  }
`;

function matches(child: WorklistChild, needle: string, lang: Language): boolean {
  if (!needle) return true;
  const haystack = [
    child.firstNames,
    child.lastName,
    `${child.firstNames} ${child.lastName}`,
    `${child.lastName} ${child.firstNames}`,
    child.municipality ? localName(child.municipality, lang) : '',
    child.responsibleWorker ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase('fi');
  return needle
    .toLocaleLowerCase('fi')
    .split(/\s+/)
    .filter(Boolean)
    .every((token) => haystack.includes(token));
}

/** The children the user works with: her own clients, her team's, and those opened with emergency access. */
export function WorklistChildrenPage() {
  const { t, lang } = useI18n();
  const worklist = useQuery(worklistQuery);
  const [filter, setFilter] = useState('');
  const needle = useDeferredValue(filter.trim());

  const children = worklist.data?.children ?? [];
  const shown = children.filter((child) => matches(child, needle, lang));

  return (
    <WorklistFrame tab="children">
      <Lead>{t.worklist.intro}</Lead>
      {worklist.isPending ? <Loading /> : null}
      {worklist.error ? <ErrorNotice error={worklist.error} onRetry={() => void worklist.refetch()} /> : null}
      {worklist.data ? (
        children.length === 0 ? (
          <Card>
            <Muted data-qa="worklist-empty">{t.worklist.noChildrenAtAll}</Muted>
          </Card>
        ) : (
          <>
            <FilterRow>
              <TextInput
                labelText={t.worklist.filter}
                hintText={t.worklist.filterHint}
                value={filter}
                onChange={(value) => setFilter(String(value ?? ''))}
                autoComplete="off"
                data-qa="worklist-filter"
              />
              <span className="count" aria-live="polite" data-qa="worklist-count">
                {t.worklist.showing(shown.length, children.length)}
              </span>
            </FilterRow>
            {kinds.map((kind) => {
              const all = children.filter((child) => child.relationship === kind);
              if (all.length === 0) return null;
              return (
                <WorklistSection
                  key={kind}
                  kind={kind}
                  rows={shown.filter((child) => child.relationship === kind)}
                />
              );
            })}
          </>
        )
      ) : null}
    </WorklistFrame>
  );
}

const NoticeBox = styled.section`
  background: ${colors.warningLight1};
  border: 1px solid ${colors.warningBase};
  border-left: 6px solid ${colors.warningBase};
  padding: ${spacing.s} ${spacing.l};
  margin-bottom: ${spacing.m};
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li {
    background: ${colors.whiteBase};
    border: 1px solid ${colors.depthLight1};
    padding: ${spacing.xs} ${spacing.s};
    margin-top: ${spacing.xs};
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 2px ${spacing.s};
    margin: 0;
  }
  dt {
    color: ${colors.depthDark1};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 700px) {
    padding: ${spacing.s};
  }
`;

export function EmergencyNotices({ notices }: { notices: Worklist['emergencyAccessNotices'] }) {
  const { t } = useI18n();
  const headingId = useId();
  if (notices.length === 0) return null;
  return (
    <NoticeBox aria-labelledby={headingId} data-qa="emergency-notices">
      <H2 id={headingId}>{t.worklist.notices.heading}</H2>
      <p style={{ margin: 0 }}>{t.worklist.notices.intro}</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.id} data-qa="emergency-notice">
            <dl>
              <dt>{t.worklist.notices.who}</dt>
              <dd>
                <strong>{notice.user.name}</strong>
                {staffTitle(notice.user, t) ? `, ${staffTitle(notice.user, t)}` : ''}
              </dd>
              <dt>{t.worklist.notices.child}</dt>
              <dd>
                <Link to="/children/$childId" params={{ childId: notice.child.id }}>
                  {notice.child.name}
                </Link>
              </dd>
              <dt>{t.worklist.notices.taken}</dt>
              <dd>{formatDateTime(notice.validFrom, t)}</dd>
              <dt>{t.worklist.notices.validUntil}</dt>
              <dd>{formatUntil(notice.validTo, t)}</dd>
              <dt>{t.worklist.notices.reason}</dt>
              <dd data-qa="emergency-notice-reason">{notice.reason}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </NoticeBox>
  );
}

function WorklistSection({ kind, rows }: { kind: Kind; rows: WorklistChild[] }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const title = t.worklist.sections[kind];
  return (
    <Card aria-labelledby={headingId} data-qa={`worklist-section-${kind}`}>
      <H2 id={headingId}>
        {title} <CountBadge>{rows.length}</CountBadge>
      </H2>
      <Muted>{t.worklist.sectionIntro[kind]}</Muted>
      {rows.length === 0 ? (
        <Muted>{t.worklist.emptyFiltered}</Muted>
      ) : (
        <DataTable caption={title} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t.worklist.columns.name}</th>
              <th scope="col">{t.worklist.columns.birthDate}</th>
              <th scope="col">{t.worklist.columns.age}</th>
              <th scope="col">{t.worklist.columns.municipality}</th>
              <th scope="col">{t.worklist.columns.responsibleWorker}</th>
              <th scope="col">{t.worklist.columns.caseOpened}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((child) => (
              <WorklistRow key={child.id} child={child} t={t} lang={lang} />
            ))}
          </tbody>
        </DataTable>
      )}
    </Card>
  );
}

const CountBadge = styled.span`
  display: inline-block;
  min-width: 28px;
  padding: 0 8px;
  margin-left: 6px;
  border-radius: 14px;
  background: ${colors.highlightLight3};
  color: ${colors.blackBase};
  font-size: 16px;
  line-height: 26px;
  text-align: center;
  vertical-align: middle;
`;

function WorklistRow({ child, t, lang }: { child: WorklistChild; t: Translations; lang: Language }) {
  return (
    <tr data-qa="worklist-row" data-child-id={child.id}>
      <th scope="row">
        <Link to="/children/$childId" params={{ childId: child.id }} data-qa="worklist-child-link">
          {child.lastName} {child.firstNames}
        </Link>
        {child.relationship === 'emergency' && child.accessValidTo ? (
          <div>
            <Tag $tone="warning" data-qa="worklist-emergency-until">
              {t.worklist.emergencyValidUntil(formatUntil(child.accessValidTo, t))}
            </Tag>
          </div>
        ) : null}
      </th>
      <td className="nowrap">{child.birthDate ? formatLocalDate(child.birthDate) : t.common.empty}</td>
      <td className="nowrap">
        {child.birthDate ? t.common.ageShort(ageInYears(child.birthDate)) : t.common.empty}
      </td>
      <td>{child.municipality ? localName(child.municipality, lang) : t.common.empty}</td>
      <td>{child.responsibleWorker ?? t.common.empty}</td>
      <td className="nowrap">{child.caseOpenedAt ? formatDate(child.caseOpenedAt) : t.common.empty}</td>
    </tr>
  );
}
