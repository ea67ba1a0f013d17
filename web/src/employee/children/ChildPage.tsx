import type { AccessGrant, ChildPage as ChildPageData, FamilyMember } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, Columns, type Fact, FactList, H2, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors, spacing } from '../../lib/components/theme';
import { ageInYears, formatDate, formatDateTime, formatLocalDate, formatUntil } from '../../lib/dates';
import { localName, staffTitle, type Translations, useI18n } from '../../lib/i18n';
import { ChildNetworkLinks } from '../network/ChildNetworkLinks';
import { ChildFamilyCard } from '../teams/family/ChildFamilyCard';
import { AssignWorkerForm } from '../workforce/AssignWorkerForm';
import { ChildClockPanel } from './ChildClockPanel';
import { ChildEditForm } from './ChildEditForm';
import { ChildNotFound } from './ChildNotFound';
import { childQuery, isNotFound } from './queries';

/** The "back to …" link above a page heading. */
export const BackNav = styled.div`
  margin-bottom: ${spacing.xs};
  a::before {
    content: '‹ ';
  }
`;

const SubHeading = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.s};
  margin-bottom: ${spacing.m};
  color: ${colors.blackBase};
  .hetu {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs} ${spacing.m};
  align-items: center;
  margin-bottom: ${spacing.m};
  .hint {
    color: ${colors.depthDark1};
  }
`;

export function childName(child: { firstNames: string; lastName: string }): string {
  return `${child.firstNames} ${child.lastName}`;
}

function languageName(code: string, t: Translations): string {
  return code === 'fi' || code === 'sv' || code === 'en' || code === 'other' ? t.language[code] : code;
}

export function ChildPage() {
  const { childId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(childQuery(childId));
  const notFound = isNotFound(query.error);
  const page = query.data;

  const heading = page ? childName(page.child) : notFound ? t.child.notFound.title : t.child.fallbackTitle;

  return (
    <div data-qa={page ? 'child-page' : notFound ? 'child-not-found' : 'child-loading'}>
      <BackNav>
        <Link to="/worklist">{t.shell.backToWorklist}</Link>
      </BackNav>
      {/* The window title (kept in the browser's history) never names the child: client data is secret. */}
      <PageHeading
        data-qa={page ? 'child-name' : undefined}
        title={notFound ? t.child.notFound.title : t.child.fallbackTitle}
        focusKey={page ? 'found' : notFound ? 'nf' : ''}
      >
        {heading}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {notFound ? <ChildNotFound childId={childId} /> : null}
      {query.error && !notFound ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {page ? <ChildDetails page={page} /> : null}
    </div>
  );
}

function ChildDetails({ page }: { page: ChildPageData }) {
  const { t, lang } = useI18n();
  const { child } = page;
  const emergency = page.myAccess.find((access) => access.kind === 'emergency');

  const facts: Fact[] = [
    { label: t.child.hetu, value: child.hetu ?? t.common.empty },
    {
      label: t.child.birthDate,
      value: child.birthDate ? formatLocalDate(child.birthDate) : t.common.empty,
      qa: 'child-birth-date',
    },
    {
      label: t.child.age,
      value: child.birthDate ? t.common.ageYears(ageInYears(child.birthDate)) : t.common.empty,
      qa: 'child-age',
    },
    { label: t.child.sex, value: t.child.sexes[child.sex] },
    {
      label: t.child.address,
      qa: 'child-address',
      value: child.nonDisclosure ? (
        <>
          <Tag $tone="alert" data-qa="child-non-disclosure">
            {t.child.nonDisclosure}
          </Tag>
          <div style={{ color: colors.depthDark1 }}>{t.child.nonDisclosureNote}</div>
        </>
      ) : (
        <Address
          street={child.streetAddress}
          postalCode={child.postalCode}
          postOffice={child.postOffice}
          t={t}
        />
      ),
    },
    { label: t.child.phone, value: child.phone || t.common.empty, qa: 'child-phone' },
    { label: t.child.language, value: languageName(child.language, t), qa: 'child-language' },
    {
      label: t.child.municipality,
      value: child.municipality ? localName(child.municipality, lang) : t.common.empty,
    },
  ];

  return (
    <>
      <SubHeading>
        <span>
          <span className="visually-hidden">{t.child.hetu}: </span>
          <span className="hetu" data-qa="child-hetu">
            {child.hetu ?? t.common.empty}
          </span>
        </span>
        {child.birthDate ? <span>{t.common.ageYears(ageInYears(child.birthDate))}</span> : null}
        {child.nonDisclosure ? <Tag $tone="alert">{t.child.nonDisclosure}</Tag> : null}
        {emergency ? (
          <Tag $tone="warning" data-qa="child-emergency-tag">
            {t.child.myAccess.kinds.emergency}
          </Tag>
        ) : null}
      </SubHeading>

      {emergency ? (
        <InlineAlert status="warning" mb="m" data-qa="child-emergency-notice">
          <strong>
            {t.child.myAccess.emergencyValidUntil(emergency.validTo ? formatUntil(emergency.validTo, t) : '')}
          </strong>
          <p style={{ margin: '4px 0 0' }}>{t.child.myAccess.emergencyNote}</p>
        </InlineAlert>
      ) : null}

      {page.can.includes('child:readAuditLog') ? (
        <Actions>
          <Link
            to="/children/$childId/use-log"
            params={{ childId: child.id }}
            data-qa="child-audit-log-link"
            style={{ fontWeight: 600 }}
          >
            {t.child.auditLogLink}
          </Link>
          <span className="hint">{t.child.auditLogLinkHint}</span>
        </Actions>
      ) : null}

      {page.can.includes('consultation:read') ? (
        <Actions>
          <Link
            to="/children/$childId/consultations"
            params={{ childId: child.id }}
            data-qa="child-consultations-link"
            style={{ fontWeight: 600 }}
          >
            {t.consultations.child.title}
          </Link>
          <span className="hint">{t.consultations.child.linkHint}</span>
        </Actions>
      ) : null}

      <ChildNetworkLinks page={page} />

      {page.can.includes('assessment:read') ? <ChildClockPanel page={page} /> : null}

      <Columns>
        <div>
          <SectionCard title={t.child.facts} qa="child-facts">
            <FactList facts={facts} />
            {page.can.includes('child:update') ? <ChildEditForm page={page} /> : null}
          </SectionCard>
        </div>
        <div>
          <SectionCard title={t.child.case.heading} qa="child-case">
            <CaseFacts page={page} />
            {page.case?.status === 'open' && page.can.includes('case:assignWorker') ? (
              <ChangeWorker page={page} />
            ) : null}
          </SectionCard>
          <SectionCard title={t.child.myAccess.heading} qa="child-my-access">
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {page.myAccess.map((access) => (
                <li key={access.kind}>
                  {access.kind === 'emergency'
                    ? t.child.myAccess.emergencyValidUntil(
                        access.validTo ? formatUntil(access.validTo, t) : '',
                      )
                    : t.child.myAccess.kinds[access.kind]}
                </li>
              ))}
            </ul>
          </SectionCard>
        </div>
      </Columns>

      <SectionCard title={t.child.family.heading} qa="child-family">
        <FamilyTable family={page.family} />
      </SectionCard>

      <ChildFamilyCard childId={child.id} />

      {page.accessGrants && page.can.includes('child:readAccessGrants') ? (
        <SectionCard title={t.child.grants.heading} qa="child-access-grants">
          <AccessGrants grants={page.accessGrants} />
        </SectionCard>
      ) : null}
    </>
  );
}

function SectionCard({ title, qa, children }: { title: string; qa: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Card aria-labelledby={id} data-qa={qa}>
      <H2 id={id}>{title}</H2>
      {children}
    </Card>
  );
}

function Address({
  street,
  postalCode,
  postOffice,
  t,
}: {
  street: string;
  postalCode: string;
  postOffice: string;
  t: Translations;
}) {
  if (!street && !postalCode && !postOffice) return <>{t.common.empty}</>;
  return (
    <>
      {street}
      {street ? <br /> : null}
      {[postalCode, postOffice].filter(Boolean).join(' ')}
    </>
  );
}

function CaseFacts({ page }: { page: ChildPageData }) {
  const { t, lang } = useI18n();
  const c = page.case;
  if (!c) return <Muted>{t.child.case.none}</Muted>;
  return (
    <FactList
      facts={[
        {
          label: t.child.case.responsibleWorker,
          qa: 'child-case-worker',
          value: c.responsibleWorker ? (
            <>
              {c.responsibleWorker.name}
              {staffTitle(c.responsibleWorker, t) ? (
                <div style={{ color: colors.depthDark1 }}>{staffTitle(c.responsibleWorker, t)}</div>
              ) : null}
            </>
          ) : (
            t.child.case.noWorker
          ),
        },
        { label: t.child.case.team, value: c.team?.name ?? t.common.empty, qa: 'child-case-team' },
        { label: t.child.case.status, value: t.child.case.statuses[c.status] },
        { label: t.child.case.opened, value: formatDate(c.openedAt) },
        { label: t.child.case.municipality, value: localName(c.municipality, lang) },
        { label: t.child.case.county, value: localName(c.county, lang) },
      ]}
    />
  );
}

function relationName(relation: string, t: Translations): string {
  const relations = t.child.family.relations as Record<string, string>;
  return relations[relation] ?? relation;
}

function FamilyTable({ family }: { family: FamilyMember[] }) {
  const { t } = useI18n();
  if (family.length === 0) return <Muted>{t.child.family.empty}</Muted>;
  return (
    <DataTable caption={t.child.family.heading} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t.child.family.name}</th>
          <th scope="col">{t.child.family.relation}</th>
          <th scope="col">{t.child.hetu}</th>
          <th scope="col">{t.child.family.guardian}</th>
          <th scope="col">{t.child.family.livesWithChild}</th>
          <th scope="col">{t.child.family.contact}</th>
        </tr>
      </thead>
      <tbody>
        {family.map((member) => (
          <tr key={member.id} data-qa="family-member">
            <th scope="row">
              {member.firstNames} {member.lastName}
              {member.deceasedOn ? (
                <div style={{ color: colors.depthDark1 }}>
                  {t.child.family.deceased(formatLocalDate(member.deceasedOn))}
                </div>
              ) : null}
            </th>
            <td>{relationName(member.relation, t)}</td>
            <td className="nowrap">
              {member.hetu ?? (member.birthDate ? formatLocalDate(member.birthDate) : '')}
            </td>
            <td>{member.isGuardian ? <strong>{t.common.yes}</strong> : t.common.no}</td>
            <td>{member.livesWithChild ? t.common.yes : t.common.no}</td>
            <td>
              {member.nonDisclosure ? (
                <Tag $tone="alert">{t.child.nonDisclosure}</Tag>
              ) : (
                <Address
                  street={member.streetAddress}
                  postalCode={member.postalCode}
                  postOffice={member.postOffice}
                  t={t}
                />
              )}
              {member.phone ? <div>{member.phone}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function AccessGrants({ grants }: { grants: AccessGrant[] }) {
  const { t } = useI18n();
  const now = Date.now();
  const emergencies = grants.filter((grant) => grant.kind === 'emergency');
  return (
    <>
      <Muted>{t.child.grants.intro}</Muted>
      {emergencies.length > 0 ? (
        <InlineAlert status="warning" mb="s" data-qa="child-emergency-summary">
          {t.child.grants.emergencySummary(emergencies.length)}
        </InlineAlert>
      ) : null}
      {grants.length === 0 ? (
        <Muted>{t.child.grants.empty}</Muted>
      ) : (
        <DataTable caption={t.child.grants.heading} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t.child.grants.who}</th>
              <th scope="col">{t.child.grants.basis}</th>
              <th scope="col">{t.child.grants.from}</th>
              <th scope="col">{t.child.grants.until}</th>
              <th scope="col">{t.child.grants.reason}</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => {
              const isEmergency = grant.kind === 'emergency';
              const ended = grant.validTo !== null && new Date(grant.validTo).getTime() <= now;
              return (
                <tr
                  key={grant.id}
                  className={isEmergency ? 'highlight' : undefined}
                  data-qa={isEmergency ? 'child-emergency-grant' : 'child-access-grant'}
                >
                  <th scope="row">
                    {grant.user.name}
                    {staffTitle(grant.user, t) ? (
                      <div style={{ color: colors.depthDark1 }}>{staffTitle(grant.user, t)}</div>
                    ) : null}
                  </th>
                  <td>
                    {isEmergency ? (
                      <Tag $tone="warning">{t.child.myAccess.kinds.emergency}</Tag>
                    ) : (
                      t.child.myAccess.kinds[grant.kind]
                    )}
                  </td>
                  <td className="nowrap">{formatDateTime(grant.validFrom, t)}</td>
                  <td className="nowrap">
                    {grant.validTo ? formatDateTime(grant.validTo, t) : t.common.untilFurtherNotice}
                    {ended ? <div style={{ color: colors.depthDark1 }}>{t.child.grants.ended}</div> : null}
                  </td>
                  <td>{grant.reason ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </>
  );
}

/** Changing the responsible social worker, behind a button so that it is not done by accident. */
function ChangeWorker({ page }: { page: ChildPageData }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div
      style={{ marginTop: spacing.s, paddingTop: spacing.s, borderTop: `1px solid ${colors.depthLight2}` }}
    >
      {open ? (
        <AssignWorkerForm
          childId={page.child.id}
          teamId={page.case?.team?.id}
          currentWorkerId={page.case?.responsibleWorker?.id}
          qa="change-worker"
        />
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)} data-qa="change-worker-open">
          {t.assignment.change}
        </Button>
      )}
    </div>
  );
}
