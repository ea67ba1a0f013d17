import { partnerSections } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { InlineAlert } from 'suomifi-ui-components';
import { BackNav } from '../employee/children/ChildPage';
import { isApiError } from '../lib/api/client';
import { ErrorNotice } from '../lib/components/ErrorNotice';
import { Card, type Fact, FactList, H2 } from '../lib/components/Layout';
import { Loading } from '../lib/components/Loading';
import { PageHeading } from '../lib/components/PageHeading';
import { formatDate, formatLocalDate } from '../lib/dates';
import { localName, staffTitle, useI18n } from '../lib/i18n';
import type { PartnerCaseDetail } from './api';
import { basisText } from './format';
import { PartnerClientPlan } from './PartnerClientPlan';
import { PartnerMultiagency } from './PartnerMultiagency';
import { PartnerNetworkMap } from './PartnerNetworkMap';
import { partnerCaseQuery } from './queries';

/** One shared case: what she was given, on what basis and until when, and only those sections. */
export function PartnerCasePage() {
  const { childId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const query = useQuery(partnerCaseQuery(childId));
  const detail = query.data;
  // The server answers alike whether the access ended or never was: nothing of the case is told.
  const ended = isApiError(query.error) && [403, 404].includes(query.error.status);
  const heading = detail?.child
    ? `${detail.child.firstNames} ${detail.child.lastName}`
    : t.partner.case.title;
  return (
    <div data-qa={detail ? 'partner-case-page' : ended ? 'partner-case-ended' : 'partner-case-loading'}>
      <BackNav>
        <Link to="/partner">{t.partner.case.back}</Link>
      </BackNav>
      <PageHeading title={t.partner.case.title} focusKey={detail ? 'found' : ended ? 'ended' : ''}>
        {heading}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {ended ? (
        <InlineAlert status="warning" data-qa="partner-access-ended">
          {t.partner.case.ended}
        </InlineAlert>
      ) : query.error ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {detail ? <CaseDetails detail={detail} /> : null}
    </div>
  );
}

function CaseDetails({ detail }: { detail: PartnerCaseDetail }) {
  const { t, lang } = useI18n();
  const given = new Set(detail.sections);
  const notGiven = partnerSections.filter((section) => !given.has(section));
  const sharing: Fact[] = [
    {
      label: t.partner.case.sections,
      value: detail.sections.map((section) => t.partner.sections[section]).join(', '),
      qa: 'partner-sections',
    },
    {
      label: t.partner.case.validUntil,
      value: t.partner.case.validUntilValue(formatLocalDate(detail.validUntil)),
      qa: 'partner-valid-until',
    },
    { label: t.partner.case.purpose, value: detail.purpose, qa: 'partner-purpose' },
    { label: t.partner.case.basis, value: basisText(detail.basis, t), qa: 'partner-basis' },
  ];
  if (detail.invitedBy)
    sharing.push({
      label: t.partner.case.invitedBy,
      value: `${detail.invitedBy.name}, ${staffTitle(detail.invitedBy, t)} (${formatDate(detail.invitedAt)})`,
    });

  return (
    <>
      <Card aria-labelledby="partner-sharing">
        <H2 id="partner-sharing">{t.partner.case.sharing}</H2>
        <FactList facts={sharing} />
      </Card>
      <InlineAlert
        status="neutral"
        labelText={t.partner.case.notShownTitle}
        data-qa="partner-not-shown"
        mb="m"
      >
        <p style={{ margin: '0 0 8px' }}>{t.partner.case.notShownIntro}</p>
        <p style={{ margin: '0 0 8px' }}>{t.partner.case.notShownAlways}</p>
        {notGiven.length > 0 ? (
          <p style={{ margin: '0 0 8px' }} data-qa="partner-not-given">
            {t.partner.case.notShownSections(
              notGiven.map((section) => t.partner.sections[section]).join(', '),
            )}
          </p>
        ) : null}
        <p style={{ margin: 0 }}>{t.partner.case.askWorker}</p>
      </InlineAlert>
      {given.has('basic_facts') && detail.child ? (
        <Card aria-labelledby="partner-facts" data-qa="partner-facts">
          <H2 id="partner-facts">{t.partner.facts.heading}</H2>
          <FactList
            facts={[
              { label: t.partner.facts.name, value: `${detail.child.firstNames} ${detail.child.lastName}` },
              {
                label: t.partner.facts.birthDate,
                value: detail.child.birthDate ? formatLocalDate(detail.child.birthDate) : t.common.empty,
              },
              {
                label: t.partner.facts.municipality,
                value: detail.child.municipality
                  ? localName(detail.child.municipality, lang)
                  : t.common.empty,
              },
            ]}
          />
        </Card>
      ) : null}
      {given.has('assessment') ? (
        detail.multiagencyAssessments.length > 0 ? (
          detail.multiagencyAssessments.map((assessment) => (
            <PartnerMultiagency key={assessment.id} id={assessment.id} />
          ))
        ) : (
          <Card aria-labelledby="partner-ma-none">
            <H2 id="partner-ma-none">{t.partner.multiagency.heading}</H2>
            <p>{t.partner.multiagency.none}</p>
          </Card>
        )
      ) : null}
      {given.has('network_map') ? (
        <PartnerNetworkMap childId={detail.childId} drawn={detail.networkMapVersion !== null} />
      ) : null}
      {given.has('client_plan') ? (
        <PartnerClientPlan childId={detail.childId} agreed={detail.clientPlan !== null} />
      ) : null}
    </>
  );
}
