import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { childrenApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors } from '../../lib/components/theme';
import { formatDateTime } from '../../lib/dates';
import { staffTitle, useI18n } from '../../lib/i18n';

/** The team lead's review of the emergency accesses taken to her teams' children. */
export function EmergencyReviewPage() {
  const { t } = useI18n();
  const review = useQuery({
    queryKey: ['emergency-accesses'],
    queryFn: childrenApi.emergencyAccesses,
    staleTime: 0,
  });
  const now = Date.now();
  const accesses = [...(review.data?.accesses ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

  return (
    <div>
      <PageHeading>{t.emergency.review.title}</PageHeading>
      <Lead>{t.emergency.review.intro}</Lead>
      {review.isPending ? <Loading /> : null}
      {review.error ? <ErrorNotice error={review.error} onRetry={() => void review.refetch()} /> : null}
      {review.data ? (
        <Card data-qa="emergency-review">
          {accesses.length === 0 ? (
            <Muted data-qa="emergency-review-empty">{t.emergency.review.empty}</Muted>
          ) : (
            <DataTable caption={t.emergency.review.caption}>
              <thead>
                <tr>
                  <th scope="col">{t.emergency.review.who}</th>
                  <th scope="col">{t.emergency.review.child}</th>
                  <th scope="col">{t.emergency.review.taken}</th>
                  <th scope="col">{t.emergency.review.validUntil}</th>
                  <th scope="col">{t.emergency.review.status}</th>
                  <th scope="col">{t.emergency.review.reason}</th>
                </tr>
              </thead>
              <tbody>
                {accesses.map((access) => {
                  const active = new Date(access.validTo).getTime() > now;
                  return (
                    <tr key={access.id} data-qa="emergency-review-row" data-child-id={access.child.id}>
                      <th scope="row">
                        {access.user.name}
                        {staffTitle(access.user, t) ? (
                          <div style={{ color: colors.depthDark1 }}>{staffTitle(access.user, t)}</div>
                        ) : null}
                      </th>
                      <td>
                        <Link to="/children/$childId" params={{ childId: access.child.id }}>
                          {access.child.name}
                        </Link>
                      </td>
                      <td className="nowrap">{formatDateTime(access.validFrom, t)}</td>
                      <td className="nowrap">{formatDateTime(access.validTo, t)}</td>
                      <td>
                        {active ? (
                          <Tag $tone="warning">{t.emergency.review.active}</Tag>
                        ) : (
                          t.emergency.review.ended
                        )}
                      </td>
                      <td>{access.reason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
        </Card>
      ) : null}
    </div>
  );
}
