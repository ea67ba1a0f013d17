import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import styled from 'styled-components';
import { ErrorNotice } from '../lib/components/ErrorNotice';
import { Card, Lead, Muted, Tag } from '../lib/components/Layout';
import { Loading } from '../lib/components/Loading';
import { PageHeading } from '../lib/components/PageHeading';
import { colors, spacing } from '../lib/components/theme';
import { formatDate, formatLocalDate } from '../lib/dates';
import { useI18n } from '../lib/i18n';
import type { PartnerCase } from './api';
import { basisText } from './format';
import { partnerCasesQuery } from './queries';

const CaseList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: ${spacing.s};
`;

const CaseTitle = styled.h2`
  font-size: 20px;
  margin: 0 0 ${spacing.xxs};
  a {
    color: ${colors.highlightBase};
  }
`;

const Tags = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin: ${spacing.xs} 0;
`;

/** The partner's landing page: the children's cases shared with her, each with what and until when. */
export function PartnerCasesPage() {
  const { t } = useI18n();
  const query = useQuery(partnerCasesQuery);
  return (
    <div data-qa="partner-cases">
      <PageHeading>{t.partner.cases.title}</PageHeading>
      <Lead>{t.partner.cases.intro}</Lead>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.cases.length === 0 ? (
        <Card>
          <Muted data-qa="partner-cases-none">{t.partner.cases.none}</Muted>
        </Card>
      ) : null}
      {query.data && query.data.cases.length > 0 ? (
        <CaseList>
          {query.data.cases.map((item) => (
            <li key={item.grantId}>
              <CaseCard item={item} />
            </li>
          ))}
        </CaseList>
      ) : null}
    </div>
  );
}

function CaseCard({ item }: { item: PartnerCase }) {
  const { t } = useI18n();
  const name = item.child ? `${item.child.firstNames} ${item.child.lastName}` : t.partner.cases.unnamedChild;
  return (
    <Card as="article" data-qa="partner-case" style={{ marginBottom: 0 }}>
      <CaseTitle>
        <Link to="/partner/cases/$childId" params={{ childId: item.childId }} data-qa="partner-case-link">
          {name}
        </Link>
      </CaseTitle>
      <div>
        <strong>{t.partner.cases.until(formatLocalDate(item.validUntil))}</strong>
        {' · '}
        {basisText(item.basis, t)}
      </div>
      <Tags>
        {item.sections.map((section) => (
          <Tag key={section} data-qa={`partner-case-section-${section}`}>
            {t.partner.sections[section]}
          </Tag>
        ))}
      </Tags>
      <Muted style={{ marginBottom: 0 }}>
        {item.purpose}
        {item.invitedBy ? (
          <>
            <br />
            {t.partner.cases.invitedBy(item.invitedBy.name, formatDate(item.invitedAt))}
          </>
        ) : null}
      </Muted>
    </Card>
  );
}
