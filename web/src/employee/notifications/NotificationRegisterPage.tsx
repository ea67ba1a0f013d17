import { addDays, type NotificationRegister } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { Button, Dropdown, DropdownItem, InlineAlert } from 'suomifi-ui-components';
import { ButtonLink } from '../../lib/components/ButtonLink';
import { DataTable } from '../../lib/components/DataTable';
import { DateField } from '../../lib/components/DateField';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors, spacing } from '../../lib/components/theme';
import { formatDateTime, formatLocalDate, helsinkiToday, parseFinnishDate } from '../../lib/dates';
import { localName, useI18n } from '../../lib/i18n';
import { can, useSession } from '../auth/session';
import type { NotificationRegisterSearch } from '../router';
import { notificationRegisterQuery } from './queries';

const Filters = styled.form`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
  gap: ${spacing.s} ${spacing.m};
  align-items: end;
  margin-bottom: ${spacing.m};
`;

const Top = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: flex-start;
  gap: ${spacing.s} ${spacing.m};
`;

const ChildFilter = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.m};
  margin-bottom: ${spacing.m};
  padding: ${spacing.xs} ${spacing.s};
  background: ${colors.highlightLight4};
  border: 1px solid ${colors.highlightLight2};
`;

type Row = NotificationRegister['notifications'][number];

/**
 * The notification register of LSL §25b: every notification about the children the user may read,
 * newest first, by child or municipality and over a period.
 */
export function NotificationRegisterPage() {
  const { t, lang } = useI18n();
  const r = t.notifications.register;
  const session = useSession();
  const search = useSearch({ strict: false }) as NotificationRegisterSearch;
  const navigate = useNavigate();
  // Without a period: the last 30 days.
  const from = search.from ?? (search.childId ? undefined : addDays(helsinkiToday(), -30));
  const to = search.to;
  const filter = { childId: search.childId, from, to };
  const all = useQuery(notificationRegisterQuery(filter));
  const filtered = useQuery({
    ...notificationRegisterQuery({ ...filter, municipalityId: search.municipalityId }),
    enabled: !!search.municipalityId,
  });
  const shown = search.municipalityId ? filtered : all;

  const [fromText, setFromText] = useState(from ? formatLocalDate(from) : '');
  const [toText, setToText] = useState(to ? formatLocalDate(to) : '');
  const [municipality, setMunicipality] = useState(search.municipalityId ?? '');
  const [rangeError, setRangeError] = useState<'from' | 'to' | 'order' | null>(null);

  const municipalities = new Map<string, Row['municipality']>();
  for (const row of all.data?.notifications ?? []) municipalities.set(row.municipality.id, row.municipality);
  const municipalityOptions = [...municipalities.values()].sort((a, b) =>
    localName(a, lang).localeCompare(localName(b, lang), 'fi'),
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const fromDate = fromText.trim() ? parseFinnishDate(fromText) : null;
    const toDate = toText.trim() ? parseFinnishDate(toText) : null;
    if (fromText.trim() && !fromDate) return setRangeError('from');
    if (toText.trim() && !toDate) return setRangeError('to');
    if (fromDate && toDate && fromDate > toDate) return setRangeError('order');
    setRangeError(null);
    void navigate({
      to: '/notifications',
      search: {
        ...(search.childId ? { childId: search.childId } : {}),
        ...(municipality ? { municipalityId: municipality } : {}),
        ...(fromDate ? { from: fromDate } : {}),
        ...(toDate ? { to: toDate } : {}),
      },
    });
  };

  const childNameShown = search.childId
    ? all.data?.notifications.find((row) => row.child.id === search.childId)?.child.name
    : undefined;
  const rows = shown.data?.notifications ?? [];

  return (
    <div data-qa="notification-register">
      <Top>
        <PageHeading>{r.title}</PageHeading>
        {can(session, 'notification:register') ? (
          <ButtonLink
            to="/notifications/new"
            search={search.childId ? { childId: search.childId } : {}}
            data-qa="register-notification-link"
          >
            {r.newNotification}
          </ButtonLink>
        ) : null}
      </Top>
      <Lead>{r.intro}</Lead>
      <Card>
        {search.childId ? (
          <ChildFilter data-qa="register-child-filter">
            <strong>{childNameShown ? r.childFilter(childNameShown) : r.childFilterNoName}</strong>
            <Link to="/notifications" search={{}}>
              {r.clearChild}
            </Link>
          </ChildFilter>
        ) : null}
        <Filters onSubmit={apply} noValidate aria-label={r.filtersLabel}>
          <DateField
            labelText={r.from}
            value={fromText}
            onChange={setFromText}
            qa="register-from"
            status={rangeError === 'from' || rangeError === 'order' ? 'error' : 'default'}
            statusText={
              rangeError === 'from' ? t.common.dateInvalid : rangeError === 'order' ? r.rangeOrder : undefined
            }
            optionalText={t.common.optional}
          />
          <DateField
            labelText={r.to}
            value={toText}
            onChange={setToText}
            qa="register-to"
            status={rangeError === 'to' ? 'error' : 'default'}
            statusText={rangeError === 'to' ? t.common.dateInvalid : undefined}
            optionalText={t.common.optional}
          />
          <Dropdown
            labelText={r.municipality}
            value={municipality || 'all'}
            onChange={(value) => setMunicipality(value === 'all' ? '' : value)}
            fullWidth
            data-qa="register-municipality"
          >
            {[
              <DropdownItem key="all" value="all">
                {r.allMunicipalities}
              </DropdownItem>,
              ...municipalityOptions.map((m) => (
                <DropdownItem key={m.id} value={m.id}>
                  {localName(m, lang)}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <div>
            <Button type="submit" data-qa="register-apply">
              {r.apply}
            </Button>
          </div>
        </Filters>
        {shown.isPending && shown.fetchStatus !== 'idle' ? <Loading /> : null}
        {shown.error ? <ErrorNotice error={shown.error} onRetry={() => void shown.refetch()} /> : null}
        {shown.data ? (
          <div aria-live="polite">
            {shown.data.truncated ? (
              <InlineAlert status="neutral" mb="s">
                {r.truncated}
              </InlineAlert>
            ) : null}
            {rows.length === 0 ? (
              <Muted data-qa="register-empty">{r.none}</Muted>
            ) : (
              <RegisterTable rows={rows} />
            )}
          </div>
        ) : null}
      </Card>
    </div>
  );
}

function RegisterTable({ rows }: { rows: Row[] }) {
  const { t, lang } = useI18n();
  const r = t.notifications.register;
  return (
    <DataTable caption={r.caption(rows.length)} data-qa="register-table">
      <thead>
        <tr>
          <th scope="col">{r.columns.received}</th>
          <th scope="col">{r.columns.child}</th>
          <th scope="col">{r.columns.municipality}</th>
          <th scope="col">{r.columns.kind}</th>
          <th scope="col">{r.columns.channel}</th>
          <th scope="col">{r.columns.notifier}</th>
          <th scope="col">{r.columns.urgency}</th>
          <th scope="col">{r.columns.police}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-qa="register-row" data-child-id={row.child.id} data-notification-id={row.id}>
            <td className="nowrap">
              <Link to="/notifications/$notificationId" params={{ notificationId: row.id }}>
                {formatDateTime(row.receivedAt, t)}
              </Link>
            </td>
            <th scope="row">
              <Link to="/children/$childId" params={{ childId: row.child.id }}>
                {row.child.name || t.common.empty}
              </Link>
            </th>
            <td>{localName(row.municipality, lang)}</td>
            <td>{t.notifications.kinds[row.kind]}</td>
            <td>{t.notifications.channels[row.channel]}</td>
            <td>{t.notifications.notifierCategories[row.notifierCategory]}</td>
            <td>
              {row.urgent === null ? (
                <Tag $tone="alert">{r.urgencyValues.notAssessed}</Tag>
              ) : row.urgent ? (
                <Tag $tone="warning">{r.urgencyValues.urgent}</Tag>
              ) : (
                r.urgencyValues.notUrgent
              )}
            </td>
            <td>
              {row.suspectedOffence ? (
                <div>
                  <Tag $tone="alert">{r.offenceTag}</Tag>
                </div>
              ) : null}
              {row.policeNotified === null
                ? row.suspectedOffence
                  ? t.common.empty
                  : ''
                : row.policeNotified
                  ? r.policeValues.yes
                  : r.policeValues.no}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
