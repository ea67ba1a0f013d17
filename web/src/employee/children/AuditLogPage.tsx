import type { AuditLog } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { colors } from '../../lib/components/theme';
import { formatDateTime } from '../../lib/dates';
import { type Translations, useI18n } from '../../lib/i18n';
import { BackNav, childName } from './ChildPage';
import { auditLogQuery, childQuery, isNotFound } from './queries';

type Entry = AuditLog['entries'][number];

function lookup(table: Record<string, string>, key: string): string {
  return table[key] ?? key;
}

/** 'relationship:responsible,relationship:team' → 'vastuusosiaalityöntekijä, tiimin jäsen'. */
export function basisText(basis: string, t: Translations): string {
  if (!basis) return t.auditLog.bases.none;
  return basis
    .split(',')
    .map((part) => lookup(t.auditLog.bases, part.trim()))
    .join(', ');
}

function isEmergency(entry: Entry): boolean {
  return entry.action === 'child:takeEmergencyAccess' || entry.basis.includes('emergency');
}

/** The child's use log (Act 703/2023 §10–11): for the responsible worker only. */
export function AuditLogPage() {
  const { childId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const log = useQuery(auditLogQuery(childId));
  // The name for the heading: from the child page just visited, or read now (and logged like any read).
  const child = useQuery({ ...childQuery(childId), enabled: log.isSuccess, staleTime: 5 * 60_000 });
  const notFound = isNotFound(log.error);
  const name = child.data ? childName(child.data.child) : null;
  const entries = [...(log.data?.entries ?? [])].sort((a, b) => b.seq - a.seq);

  return (
    <div data-qa={notFound ? 'child-not-found' : 'audit-log-page'}>
      {notFound ? null : (
        <BackNav>
          <Link to="/children/$childId" params={{ childId }} data-qa="audit-log-back">
            {t.auditLog.backToChild}
          </Link>
        </BackNav>
      )}
      <PageHeading
        title={notFound ? t.child.notFound.title : t.auditLog.title}
        focusKey={notFound ? 'nf' : ''}
      >
        {notFound ? (
          t.child.notFound.title
        ) : (
          <>
            {t.auditLog.title}
            {name ? (
              <span style={{ display: 'block', fontSize: '0.7em', color: colors.depthDark1 }}>{name}</span>
            ) : null}
          </>
        )}
      </PageHeading>
      {notFound ? (
        <Card>
          <Lead style={{ marginBottom: 0 }}>{t.child.notFound.body}</Lead>
        </Card>
      ) : (
        <>
          <Lead>{t.auditLog.intro}</Lead>
          {log.isPending ? <Loading /> : null}
          {log.error ? <ErrorNotice error={log.error} onRetry={() => void log.refetch()} /> : null}
          {log.data ? (
            <Card data-qa="audit-log">
              <Muted data-qa="audit-log-count">{t.auditLog.count(entries.length)}</Muted>
              {entries.length === 0 ? (
                <Muted>{t.auditLog.empty}</Muted>
              ) : (
                <DataTable caption={name ? t.auditLog.caption(name) : t.auditLog.captionNoName}>
                  <thead>
                    <tr>
                      <th scope="col">{t.auditLog.time}</th>
                      <th scope="col">{t.auditLog.who}</th>
                      <th scope="col">{t.auditLog.action}</th>
                      <th scope="col">{t.auditLog.outcome}</th>
                      <th scope="col">{t.auditLog.basis}</th>
                      <th scope="col">{t.auditLog.purpose}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry) => (
                      <tr
                        key={entry.seq}
                        data-qa="audit-log-row"
                        data-action={entry.action}
                        className={isEmergency(entry) ? 'highlight' : undefined}
                      >
                        <td className="nowrap">{formatDateTime(entry.occurredAt, t)}</td>
                        <th scope="row">{entry.actor.name}</th>
                        <td>{lookup(t.auditLog.actions, entry.action)}</td>
                        <td>
                          {entry.outcome === 'ok' ? (
                            lookup(t.auditLog.outcomes, entry.outcome)
                          ) : (
                            <Tag $tone="alert">{lookup(t.auditLog.outcomes, entry.outcome)}</Tag>
                          )}
                        </td>
                        <td>
                          {isEmergency(entry) ? (
                            <Tag $tone="warning">{basisText(entry.basis, t)}</Tag>
                          ) : (
                            basisText(entry.basis, t)
                          )}
                        </td>
                        <td>{entry.purpose ? lookup(t.auditLog.purposes, entry.purpose) : t.common.empty}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              )}
            </Card>
          ) : null}
        </>
      )}
    </div>
  );
}
