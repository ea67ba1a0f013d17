import {
  type DeadlineItem,
  type DeadlineWorklist,
  type WorklistGroup,
  worklistGroups,
  worklistLaterShown,
} from '@lumo/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useId, useState } from 'react';
import styled from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { deadlinesApi } from '../../lib/api/endpoints';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { DataTable } from '../../lib/components/DataTable';
import {
  DaysLeft,
  DueDate,
  groupTone,
  type Tone,
  toneBackground,
  toneColor,
} from '../../lib/components/Deadlines';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, H2, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { Segmented } from '../../lib/components/SubNav';
import { colors, spacing } from '../../lib/components/theme';
import { type Translations, useI18n } from '../../lib/i18n';
import { can, useSession } from '../auth/session';
import { WorklistFrame } from './WorklistFrame';

export type DeadlineScope = 'mine' | 'team';

/**
 * The first view sends the later group only up to what it shows; all of it is fetched when the user
 * asks, so a big team's list opens fast and the use log names only the children put on screen.
 */
export const deadlinesQuery = (scope: DeadlineScope, later: 'first' | 'all') =>
  queryOptions({
    queryKey: ['deadlines', scope, later],
    queryFn: () => deadlinesApi.list(scope, later === 'first' ? worklistLaterShown : undefined),
    staleTime: 0,
  });

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.s} ${spacing.m};
  margin-bottom: ${spacing.m};
  .scope {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spacing.xs};
  }
  .scope-label {
    font-weight: 600;
  }
`;

const Summary = styled.ul`
  list-style: none;
  margin: 0 0 ${spacing.m};
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 170px), 1fr));
  gap: ${spacing.xs};
  a {
    display: flex;
    flex-direction: column;
    gap: 2px;
    height: 100%;
    padding: ${spacing.xs} ${spacing.s};
    background: ${colors.whiteBase};
    border: 1px solid ${colors.depthLight1};
    border-top-width: 5px;
    color: ${colors.blackBase};
    text-decoration: none;
  }
  a:hover {
    background: ${colors.highlightLight4};
  }
  .count {
    font-size: 28px;
    line-height: 1.1;
    font-weight: 600;
  }
  .label {
    font-size: 15px;
  }
`;

const GroupCard = styled.section<{ $tone: Tone }>`
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-left: 6px solid ${({ $tone }) => toneColor[$tone]};
  border-radius: 2px;
  margin-bottom: ${spacing.m};
  min-width: 0;
  &:focus {
    outline: none;
  }
  .head {
    padding: ${spacing.s} ${spacing.l} ${spacing.xs};
  }
  &[data-group='urgencyNotAssessed'] .head {
    background: ${toneBackground.alert};
    border-bottom: 1px solid ${colors.alertLight1};
  }
  .head h2 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spacing.xs};
  }
  .head p {
    margin-bottom: ${spacing.xs};
    color: ${colors.blackBase};
  }
  .body {
    padding: ${spacing.xs} ${spacing.l} ${spacing.s};
  }
  @media (min-width: 900px) {
    table {
      table-layout: fixed;
    }
    col.child {
      width: 22%;
    }
    col.what {
      width: 34%;
    }
    col.due {
      width: 14%;
    }
    col.left {
      width: 14%;
    }
  }
  @media (min-width: 900px) {
    &[data-scope='team'] col.child {
      width: 19%;
    }
    &[data-scope='team'] col.what {
      width: 27%;
    }
    &[data-scope='team'] col.due,
    &[data-scope='team'] col.left {
      width: 12%;
    }
    &[data-scope='team'] col.phase {
      width: 13%;
    }
  }
  @media (max-width: 700px) {
    col.phase,
    th.phase,
    td.phase {
      display: none;
    }
    .head,
    .body {
      padding-left: ${spacing.s};
      padding-right: ${spacing.s};
    }
  }
`;

const Count = styled.span<{ $tone: Tone }>`
  display: inline-block;
  min-width: 30px;
  padding: 0 8px;
  border-radius: 15px;
  font-size: 17px;
  line-height: 28px;
  text-align: center;
  color: ${({ $tone }) => ($tone === 'alert' || $tone === 'urgent' ? colors.whiteBase : colors.blackBase)};
  background: ${({ $tone }) =>
    $tone === 'alert' || $tone === 'urgent'
      ? colors.alertBase
      : $tone === 'warning'
        ? colors.warningBase
        : colors.highlightLight3};
`;

export function DeadlinesPage() {
  const { t } = useI18n();
  const session = useSession();
  const search = useSearch({ strict: false }) as { scope?: DeadlineScope };
  // A social worker holds cases of her own; the others of the team work on the team's.
  const holdsCases = !!session?.user.roles.includes('social_worker');
  const scope: DeadlineScope = search.scope ?? (holdsCases ? 'mine' : 'team');

  return (
    <WorklistFrame tab="deadlines">
      <div data-qa="deadlines" data-scope={scope}>
        <Lead>{t.worklist.deadlines.intro}</Lead>
        <Toolbar>
          <nav className="scope" aria-labelledby="deadline-scope-label">
            <span className="scope-label" id="deadline-scope-label">
              {t.worklist.deadlines.scopeLabel}
            </span>
            <Segmented>
              {(['mine', 'team'] as const).map((value) => (
                <Link
                  key={value}
                  to="/worklist"
                  search={{ scope: value }}
                  aria-current={value === scope ? 'page' : undefined}
                  activeOptions={{ exact: true, includeSearch: true }}
                  data-qa={`deadline-scope-${value}`}
                >
                  {t.worklist.deadlines.scopes[value]}
                </Link>
              ))}
            </Segmented>
          </nav>
          {can(session, 'notification:register') ? (
            <ButtonLink to="/notifications/new" data-qa="register-notification-link">
              {t.worklist.deadlines.registerNotification}
            </ButtonLink>
          ) : null}
        </Toolbar>
        <DeadlineList key={scope} scope={scope} />
      </div>
    </WorklistFrame>
  );
}

function DeadlineList({ scope }: { scope: DeadlineScope }) {
  const [allLater, setAllLater] = useState(false);
  const first = useQuery(deadlinesQuery(scope, 'first'));
  const all = useQuery({ ...deadlinesQuery(scope, 'all'), enabled: allLater });
  const data = allLater && all.data ? all.data : first.data;
  const failed = first.error ?? (allLater ? all.error : null);
  return (
    <>
      {first.isPending ? <Loading /> : null}
      {failed ? (
        <ErrorNotice error={failed} onRetry={() => void (first.error ? first.refetch() : all.refetch())} />
      ) : null}
      {data ? (
        <DeadlineGroups
          data={data}
          scope={scope}
          later={{
            all: allLater && all.data !== undefined,
            loading: allLater && all.isPending,
            show: (value) => {
              setAllLater(value);
              if (value && all.isError) void all.refetch();
            },
          }}
        />
      ) : null}
    </>
  );
}

/** Whether the later group shows all its deadlines, and the switch between the first few and all. */
interface LaterView {
  all: boolean;
  loading: boolean;
  show: (all: boolean) => void;
}

function DeadlineGroups({
  data,
  scope,
  later,
}: {
  data: DeadlineWorklist;
  scope: DeadlineScope;
  later: LaterView;
}) {
  const { t } = useI18n();
  const session = useSession();
  if (data.items.length === 0) {
    return (
      <Card>
        <Muted style={{ marginBottom: 0 }} data-qa="deadlines-empty">
          {scope === 'team' ? t.worklist.deadlines.noneTeam : t.worklist.deadlines.none}
        </Muted>
        {can(session, 'caseload:override') ? (
          <p style={{ margin: `${spacing.xs} 0 0` }}>
            {t.worklist.deadlines.leadHint} <Link to="/caseloads">{t.shell.nav.caseloads}</Link>
          </p>
        ) : null}
      </Card>
    );
  }
  const byGroup = new Map<WorklistGroup, DeadlineItem[]>();
  for (const item of data.items) {
    const rows = byGroup.get(item.group) ?? [];
    rows.push(item);
    byGroup.set(item.group, rows);
  }
  const present = worklistGroups.filter((group) => data.counts[group] > 0);
  return (
    <>
      <nav aria-label={t.worklist.deadlines.summaryLabel}>
        <Summary data-qa="deadline-summary">
          {present.map((group) => (
            <li key={group}>
              <a
                href={`#deadlines-${group}`}
                style={{ borderTopColor: toneColor[groupTone[group]] }}
                data-qa={`deadline-summary-${group}`}
              >
                <span className="count">{data.counts[group]}</span>
                <span className="label">{t.clock.groups[group]}</span>
              </a>
            </li>
          ))}
        </Summary>
      </nav>
      {present.map((group) => (
        <DeadlineGroup
          key={group}
          group={group}
          rows={byGroup.get(group) ?? []}
          count={data.counts[group]}
          scope={scope}
          later={later}
        />
      ))}
    </>
  );
}

function DeadlineGroup({
  group,
  rows,
  count,
  scope,
  later,
}: {
  group: WorklistGroup;
  /** The group's deadlines as sent: the later group's first few only, until all are asked for. */
  rows: DeadlineItem[];
  count: number;
  scope: DeadlineScope;
  later: LaterView;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const tone = groupTone[group];
  const collapsible = group === 'later' && count > worklistLaterShown;
  const shown = collapsible && !later.all ? rows.slice(0, worklistLaterShown) : rows;
  const title = t.clock.groups[group];
  return (
    <GroupCard
      $tone={tone}
      aria-labelledby={headingId}
      id={`deadlines-${group}`}
      tabIndex={-1}
      data-qa={`deadline-group-${group}`}
      data-group={group}
      data-scope={scope}
    >
      <div className="head">
        <H2 id={headingId}>
          {title} <Count $tone={tone}>{count}</Count>
        </H2>
        <Muted>{t.worklist.deadlines.groupIntro[group]}</Muted>
      </div>
      <div className="body">
        <DataTable caption={title} captionHidden>
          <colgroup>
            <col className="child" />
            <col className="what" />
            <col className="due" />
            <col className="left" />
            <col className="phase" />
            {scope === 'team' ? <col className="worker" /> : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t.worklist.deadlines.columns.child}</th>
              <th scope="col">{t.worklist.deadlines.columns.what}</th>
              <th scope="col">{t.worklist.deadlines.columns.due}</th>
              <th scope="col">{t.worklist.deadlines.columns.daysLeft}</th>
              <th scope="col" className="phase">
                {t.worklist.deadlines.columns.phase}
              </th>
              {scope === 'team' ? <th scope="col">{t.worklist.deadlines.columns.worker}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <DeadlineRow key={`${item.kind}:${item.sourceId}`} item={item} scope={scope} t={t} />
            ))}
          </tbody>
        </DataTable>
        {collapsible ? (
          <Button
            variant="secondaryNoBorder"
            mt="xs"
            onClick={() => later.show(!later.all)}
            aria-expanded={later.all && !later.loading}
            disabled={later.loading}
            data-qa="deadline-show-all"
          >
            {later.loading
              ? t.common.loading
              : later.all
                ? t.worklist.deadlines.showFewer
                : t.worklist.deadlines.showAll(count)}
          </Button>
        ) : null}
      </div>
    </GroupCard>
  );
}

/** Where the user does what is due: the notification, the assessment, the plan, or the child's page. */
export function DeadlineLink({ item, t }: { item: DeadlineItem; t: Translations }) {
  const text = t.clock.kinds[item.kind];
  switch (item.kind) {
    case 'urgencyAssessment':
      return (
        <Link
          to="/notifications/$notificationId"
          params={{ notificationId: item.sourceId }}
          data-qa="deadline-link"
        >
          {text}
        </Link>
      );
    case 'startDecision':
    case 'familyInformed':
    case 'assessmentCompletion':
      return (
        <Link
          to="/assessments/$assessmentId"
          params={{ assessmentId: item.sourceId }}
          data-qa="deadline-link"
        >
          {text}
        </Link>
      );
    case 'clientPlanReview':
      return (
        <Link to="/client-plans/$planId" params={{ planId: item.sourceId }} data-qa="deadline-link">
          {text}
        </Link>
      );
    default:
      return (
        <Link
          to="/children/$childId"
          params={{ childId: item.child.id }}
          hash="clock"
          data-qa="deadline-link"
        >
          {text}
        </Link>
      );
  }
}

function DeadlineRow({ item, scope, t }: { item: DeadlineItem; scope: DeadlineScope; t: Translations }) {
  return (
    <tr
      data-qa="deadline-row"
      data-kind={item.kind}
      data-group={item.group}
      data-child-id={item.child.id}
      data-source-id={item.sourceId}
    >
      <th scope="row">
        <Link to="/children/$childId" params={{ childId: item.child.id }} data-qa="deadline-child-link">
          {item.child.name}
        </Link>
      </th>
      <td>
        <DeadlineLink item={item} t={t} />
        {item.urgent && item.group !== 'urgencyNotAssessed' && item.group !== 'urgent' ? (
          <>
            {' '}
            <Tag $tone="alert">{t.clock.urgentTag}</Tag>
          </>
        ) : null}
        <div style={{ color: colors.depthDark1, fontSize: 14 }}>{t.clock.legal[item.kind]}</div>
      </td>
      <td>
        <DueDate date={item.due} qa="deadline-due" />
      </td>
      <td>
        <DaysLeft daysLeft={item.daysLeft} qa="deadline-days-left" />
      </td>
      <td className="phase">{t.clock.phases[item.phase]}</td>
      {scope === 'team' ? <td>{item.responsibleWorker?.name ?? t.common.empty}</td> : null}
    </tr>
  );
}
