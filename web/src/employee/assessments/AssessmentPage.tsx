import type { Assessment, ChildPage } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type ReactNode, useId, useState } from 'react';
import styled from 'styled-components';
import { InlineAlert } from 'suomifi-ui-components';
import { documentsApi } from '../../lib/api/endpoints';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { DataTable } from '../../lib/components/DataTable';
import { DaysLeft, DueDate } from '../../lib/components/Deadlines';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, H2, H3, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors, spacing } from '../../lib/components/theme';
import { formatDateTime, formatLocalDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { BackNav, childName } from '../children/ChildPage';
import { childQuery, isNotFound } from '../children/queries';
import { DocumentsCard } from '../documents/DocumentsCard';
import { AssignWorkerForm } from '../workforce/AssignWorkerForm';
import { caseloadRefusal } from '../workforce/caseload';
import { Conclusion, FamilyInformation, type RefusedHandover, StartDecision } from './AssessmentDecisions';
import { ChildViewsSection, MeetingsSection, ParticipantsSection, TextSection } from './AssessmentWork';
import { assessmentQuery } from './queries';

const Meta = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.s};
  margin-bottom: ${spacing.m};
`;

const Contents = styled.nav`
  margin-bottom: ${spacing.m};
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.xxs} ${spacing.m};
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;

export function AssessmentPage() {
  const { assessmentId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(assessmentQuery(assessmentId));
  const assessment = query.data;
  const child = useQuery({ ...childQuery(assessment?.childId ?? ''), enabled: !!assessment });
  const notFound = isNotFound(query.error);
  const name = child.data ? childName(child.data.child) : null;
  return (
    <div data-qa={assessment ? 'assessment-page' : notFound ? 'child-not-found' : 'assessment-loading'}>
      <BackNav>
        {assessment ? (
          <Link to="/children/$childId" params={{ childId: assessment.childId }} data-qa="assessment-back">
            {t.assessment.backToChild}
          </Link>
        ) : (
          <Link to="/worklist">{t.shell.backToWorklist}</Link>
        )}
      </BackNav>
      <PageHeading
        title={notFound ? t.child.notFound.title : t.assessment.title}
        focusKey={assessment ? 'found' : notFound ? 'nf' : ''}
      >
        {notFound ? (
          t.child.notFound.title
        ) : (
          <>
            {t.assessment.title}
            {name ? (
              <span
                style={{ display: 'block', fontSize: '0.7em', color: colors.depthDark1 }}
                data-qa="assessment-child-name"
              >
                {name}
              </span>
            ) : null}
          </>
        )}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {notFound ? (
        <Card>
          <Lead style={{ marginBottom: 0 }}>{t.child.notFound.body}</Lead>
        </Card>
      ) : null}
      {query.error && !notFound ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {assessment ? <AssessmentDetails assessment={assessment} page={child.data} /> : null}
    </div>
  );
}

function Section({
  title,
  qa,
  id,
  children,
}: {
  title: string;
  qa: string;
  id: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Card aria-labelledby={headingId} data-qa={qa} id={id} tabIndex={-1}>
      <H2 id={headingId}>{title}</H2>
      {children}
    </Card>
  );
}

function AssessmentDetails({ assessment: a, page }: { assessment: Assessment; page: ChildPage | undefined }) {
  const { t, lang } = useI18n();
  const [refused, setRefused] = useState<RefusedHandover | null>(null);
  const open = a.status === 'awaiting_start' || a.status === 'in_progress';
  const contribute = open && a.can.includes('assessment:contribute');
  const w = t.assessment.work;
  const sections: [string, string][] = [
    ['assessment-deadlines', t.assessment.deadlinesHeading],
    ['assessment-start', t.assessment.start.heading],
    ['assessment-work', w.heading],
    ['assessment-family', t.assessment.family.heading],
    ['assessment-conclusion', t.assessment.conclusion.heading],
    ...(a.status === 'concluded'
      ? ([['assessment-documents', t.documents.heading]] as [string, string][])
      : []),
  ];
  const statusTone = a.status === 'awaiting_start' ? 'warning' : 'neutral';
  const canAssign = page?.can.includes('case:assignWorker') && page.case?.status === 'open';

  return (
    <>
      <Meta>
        <Tag $tone={statusTone} data-qa="assessment-status" data-status={a.status}>
          {t.assessment.statuses[a.status]}
        </Tag>
        <span data-qa="assessment-pending">{t.assessment.pending(formatLocalDate(a.pendingDate))}</span>
        {a.existingClient ? <span>{t.assessment.existingClient}</span> : null}
        {page?.case?.responsibleWorker ? (
          <span>{t.childClock.responsible(page.case.responsibleWorker.name)}</span>
        ) : null}
      </Meta>
      <Contents aria-label={t.assessment.contents}>
        <ul>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </Contents>

      <Section title={t.assessment.deadlinesHeading} qa="assessment-deadlines" id="assessment-deadlines">
        <AssessmentDeadlines assessment={a} />
        <H3>{t.assessment.notificationsHeading}</H3>
        <ul style={{ margin: 0, paddingLeft: 20 }} data-qa="assessment-notifications">
          {a.notifications.map((n) => (
            <li key={n.id}>
              <Link to="/notifications/$notificationId" params={{ notificationId: n.id }}>
                {t.assessment.notificationLink(
                  formatDateTime(n.receivedAt, t),
                  t.notifications.notifierCategories[
                    n.notifierCategory as keyof typeof t.notifications.notifierCategories
                  ] ?? n.notifierCategory,
                )}
              </Link>
              {n.urgent ? (
                <>
                  {' '}
                  <Tag $tone="alert">{t.clock.urgentTag}</Tag>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t.assessment.start.heading} qa="assessment-start" id="assessment-start">
        <StartDecision assessment={a} />
      </Section>

      <Section title={w.heading} qa="assessment-work" id="assessment-work">
        {!open ? <Muted>{w.readOnly}</Muted> : null}
        <SubSection title={w.participants.heading}>
          {contribute ? (
            <ParticipantsSection assessment={a} />
          ) : a.participants.length === 0 ? (
            <Muted>{w.participants.none}</Muted>
          ) : (
            <ul data-qa="participants-list">
              {a.participants.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a stored list
                <li key={i}>{p.role ? `${p.name}, ${p.role}` : p.name}</li>
              ))}
            </ul>
          )}
        </SubSection>
        <SubSection title={w.meetings.heading}>
          <MeetingsSection assessment={a} editable={contribute} />
        </SubSection>
        <SubSection title={w.childViews.heading}>
          {contribute ? (
            <ChildViewsSection assessment={a} />
          ) : (
            <ReadOnlyText
              items={[
                [w.childViews.views, a.childViews],
                [w.childViews.method, a.childViewsMethod],
              ]}
            />
          )}
        </SubSection>
        <SubSection title={w.guardianViews.heading}>
          {contribute ? (
            <TextSection
              assessment={a}
              field="guardianViews"
              label={w.guardianViews.views}
              heading={w.guardianViews.heading}
              qa="assessment-guardian-views"
            />
          ) : (
            <ReadOnlyText items={[[w.guardianViews.views, a.guardianViews]]} />
          )}
        </SubSection>
        <SubSection title={w.notes.heading}>
          {contribute ? (
            <TextSection
              assessment={a}
              field="workingNotes"
              label={w.notes.notes}
              heading={w.notes.heading}
              qa="assessment-notes"
            />
          ) : (
            <ReadOnlyText items={[[w.notes.notes, a.workingNotes]]} />
          )}
        </SubSection>
      </Section>

      <Section title={t.assessment.family.heading} qa="assessment-family" id="assessment-family">
        <FamilyInformation
          assessment={a}
          editable={a.can.includes('assessment:contribute') && a.status !== 'not_started'}
        />
      </Section>

      <Section title={t.assessment.conclusion.heading} qa="assessment-conclusion" id="assessment-conclusion">
        <Conclusion
          assessment={a}
          teamId={page?.case?.team?.id}
          responsibleWorkerId={page?.case?.responsibleWorker?.id}
          onRefused={setRefused}
        />
        {a.conclusion?.outcome === 'client' ? (
          <Muted style={{ marginTop: spacing.s }}>{t.assessment.conclusion.clientStarted}</Muted>
        ) : null}
        {refused ? (
          <div data-qa="handover-refused">
            <InlineAlert status="warning" mb="s" data-qa="caseload-refused">
              <p style={{ margin: 0 }}>{t.assessment.conclusion.concludedButNotAssigned}</p>
              <p style={{ margin: '4px 0 0', fontWeight: 600 }} data-qa="caseload-refused-message">
                {caseloadRefusal(refused.error, refused.workerName, lang, t)}
              </p>
            </InlineAlert>
            {canAssign ? (
              <AssignWorkerForm
                childId={a.childId}
                teamId={page?.case?.team?.id}
                currentWorkerId={page?.case?.responsibleWorker?.id}
                initialWorkerId={refused.workerId}
                submitText={t.assignment.retry}
                qa="handover-retry"
              />
            ) : null}
          </div>
        ) : null}
        {a.conclusion?.outcome === 'client' && page?.case?.status === 'open' ? (
          <div style={{ marginTop: spacing.s }}>
            <ButtonLink
              to="/children/$childId"
              params={{ childId: a.childId }}
              hash="clock"
              variant="secondary"
              data-qa="assessment-to-child"
            >
              {t.assessment.backToChild}
            </ButtonLink>
          </div>
        ) : null}
      </Section>

      {a.status === 'concluded' ? (
        <Section title={t.documents.heading} qa="assessment-documents" id="assessment-documents">
          <DocumentsCard
            childId={a.childId}
            sourceId={a.id}
            kind="assessment_summary"
            canCreate={a.can.includes('document:create')}
            create={(language) => documentsApi.createForAssessment(a.id, language)}
          />
        </Section>
      ) : null}
    </>
  );
}

const SubBlock = styled.section`
  border-top: 1px solid ${colors.depthLight2};
  padding-top: ${spacing.s};
  margin-top: ${spacing.m};
  > h3 {
    font-size: 20px;
    margin: 0 0 ${spacing.xs};
  }
`;

function SubSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <SubBlock aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </SubBlock>
  );
}

function ReadOnlyText({ items }: { items: [string, string][] }) {
  const { t } = useI18n();
  return (
    <dl style={{ margin: 0 }}>
      {items.map(([label, text]) => (
        <div key={label} style={{ marginBottom: spacing.xs }}>
          <dt style={{ color: colors.depthDark1 }}>{label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{text || t.common.notRecorded}</dd>
        </div>
      ))}
    </dl>
  );
}

function AssessmentDeadlines({ assessment: a }: { assessment: Assessment }) {
  const { t } = useI18n();
  const rows: [string, string, Assessment['startDue']][] = [
    ['startDecision', t.clock.kinds.startDecision, a.startDue],
    ['familyInformed', t.clock.kinds.familyInformed, a.familyInformedDue],
    ['assessmentCompletion', t.clock.kinds.assessmentCompletion, a.completeDue],
  ];
  const closed = a.status === 'not_started' || a.status === 'within_client_work';
  return (
    <DataTable caption={t.assessment.deadlineCaption} captionHidden data-qa="assessment-deadline-table">
      <thead>
        <tr>
          <th scope="col">{t.assessment.deadlineColumns.what}</th>
          <th scope="col">{t.assessment.deadlineColumns.due}</th>
          <th scope="col">{t.assessment.deadlineColumns.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([kind, label, deadline]) => (
          <tr key={kind} data-qa="assessment-deadline" data-kind={kind}>
            <th scope="row">
              {label}
              <div style={{ color: colors.depthDark1, fontSize: 14 }}>
                {t.clock.legal[kind as keyof typeof t.clock.legal]}
              </div>
            </th>
            <td>
              <DueDate date={deadline.due} qa="assessment-deadline-due" />
            </td>
            <td data-qa="assessment-deadline-status">
              {deadline.doneOn ? (
                t.assessment.done(formatLocalDate(deadline.doneOn))
              ) : closed ? (
                t.common.empty
              ) : (
                <DaysLeft daysLeft={deadline.daysLeft} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
