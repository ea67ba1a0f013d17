import type { Consultation } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { InlineAlert } from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, H2, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors } from '../../lib/components/theme';
import { formatDate, formatLocalDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { inboxQuery, remindersQuery } from './queries';

/** The expert's inbox: requests addressed to her and the open ones of her pool, late ones marked. */
export function InboxPage() {
  const { t } = useI18n();
  const k = t.consultations.inbox;
  const assigned = useQuery(inboxQuery('assigned'));
  const pool = useQuery(inboxQuery('pool'));
  const reminders = useQuery(remindersQuery);
  const notExpert = isApiError(assigned.error) && assigned.error.status === 403;
  const asked = reminders.data?.asked ?? [];
  return (
    <div data-qa="consultation-inbox">
      <PageHeading>{k.title}</PageHeading>
      <Lead>{k.intro}</Lead>
      {asked.length > 0 ? (
        <InlineAlert status="warning" data-qa="asked-reminders" mb="m">
          <p style={{ margin: '0 0 4px' }}>{k.askedLate}</p>
          <ul style={{ margin: 0 }}>
            {asked.map((c) =>
              c.child ? (
                <li key={c.id}>
                  <Link to="/children/$childId/consultations" params={{ childId: c.child.id }}>
                    {c.child.name}: {t.consultations.expertises[c.expertise]}
                  </Link>{' '}
                  – {t.consultations.dueOn(formatLocalDate(c.dueOn))}
                </li>
              ) : null,
            )}
          </ul>
        </InlineAlert>
      ) : null}
      {notExpert ? (
        <Card>
          <Muted data-qa="inbox-not-expert">{k.notExpert}</Muted>
        </Card>
      ) : (
        <>
          <InboxList title={k.assigned} query={assigned} qa="inbox-assigned" />
          <InboxList title={k.pool} query={pool} qa="inbox-pool" />
        </>
      )}
    </div>
  );
}

function InboxList({
  title,
  query,
  qa,
}: {
  title: string;
  query: ReturnType<typeof useQuery<{ consultations: Consultation[] }>>;
  qa: string;
}) {
  const { t } = useI18n();
  const k = t.consultations;
  const items = query.data?.consultations ?? [];
  const late = items.filter((c) => c.status === 'open' && c.overdue).length;
  return (
    <Card aria-labelledby={`${qa}-heading`} data-qa={qa}>
      <H2 id={`${qa}-heading`}>{title}</H2>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && items.length === 0 ? <Muted>{k.inbox.none}</Muted> : null}
      {late > 0 ? (
        <p style={{ fontWeight: 600, color: colors.alertBase }} data-qa={`${qa}-late`}>
          {k.inbox.lateCount(late)}
        </p>
      ) : null}
      {items.length > 0 ? (
        <DataTable caption={title} captionHidden>
          <thead>
            <tr>
              <th scope="col">{k.child.question}</th>
              <th scope="col">{k.inbox.expertise}</th>
              <th scope="col">{k.inbox.sent}</th>
              <th scope="col">{k.inbox.due}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr
                key={c.id}
                data-qa="inbox-row"
                style={c.overdue && c.status === 'open' ? { background: colors.warningLight1 } : undefined}
              >
                <th scope="row" style={{ fontWeight: 400 }}>
                  <Link
                    to="/consultations/$consultationId"
                    params={{ consultationId: c.id }}
                    data-qa="inbox-open"
                  >
                    {c.question.length > 120 ? `${c.question.slice(0, 119)}…` : c.question}
                  </Link>
                </th>
                <td>{k.expertises[c.expertise]}</td>
                <td>
                  {formatDate(c.sentAt)}
                  <div>{c.askedBy.name}</div>
                </td>
                <td>
                  {formatLocalDate(c.dueOn)}{' '}
                  {c.status === 'answered' ? (
                    <Tag $tone="neutral">{k.status.answered}</Tag>
                  ) : c.overdue ? (
                    <Tag $tone="warning" data-qa="inbox-overdue">
                      {k.overdue}
                    </Tag>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </Card>
  );
}
