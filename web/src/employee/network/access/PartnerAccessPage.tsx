import type { Consent, LegalBasis, PartnerGrant } from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, TextInput } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { DateField } from '../../../lib/components/DateField';
import { ErrorNotice, errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow } from '../../../lib/components/Forms';
import { Muted, Tag } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime, formatLocalDate, helsinkiToday, parseFinnishDate } from '../../../lib/dates';
import { localName, type Translations, useI18n } from '../../../lib/i18n';
import { BackNav, childName } from '../../children/ChildPage';
import { childQuery, isNotFound } from '../../children/queries';
import { Section } from '../../teams/ui';
import { partnerAccessApi } from '../api';
import { consentsQuery, disclosureLogQuery, partnerGrantsQuery } from '../queries';
import { ConsentForm } from './ConsentForm';
import { InvitePartnerForm } from './InvitePartnerForm';

export function basisText(basis: LegalBasis, t: Translations): string {
  const a = t.network.access;
  if (basis.kind === 'consent') return a.basisConsentShort;
  const provision = basis.provision ? a.provisions[basis.provision] : '';
  return basis.provisionDetail ? `${provision} (${basis.provisionDetail})` : provision;
}

/** Partner professionals in the child's case, the consents that can ground their access, and to whom data went. */
export function PartnerAccessPage() {
  const { childId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const a = t.network.access;
  const child = useQuery(childQuery(childId));
  const grants = useQuery(partnerGrantsQuery(childId));
  const consents = useQuery(consentsQuery(childId));
  const can = child.data?.can ?? [];
  const name = child.data ? childName(child.data.child) : null;
  return (
    <div data-qa={grants.data ? 'partner-access-page' : 'partner-access-loading'}>
      <BackNav>
        <Link to="/children/$childId" params={{ childId }}>
          {t.network.backToChild}
        </Link>
      </BackNav>
      <PageHeading title={a.title} focusKey={name ? 'found' : ''}>
        {name ? a.heading(name) : a.title}
      </PageHeading>
      <p style={{ maxWidth: '75ch' }}>{a.intro}</p>
      {grants.isPending ? <Loading /> : null}
      {grants.error ? (
        isNotFound(grants.error) ? (
          <Muted>{a.notFound}</Muted>
        ) : (
          <ErrorNotice error={grants.error} onRetry={() => void grants.refetch()} />
        )
      ) : null}
      {grants.data ? (
        <>
          <Section title={a.grantsTitle} qa="partner-grants">
            <GrantsTable
              childId={childId}
              grants={grants.data.grants}
              canRevoke={grants.data.can.includes('partnerAccess:revoke')}
            />
          </Section>
          {grants.data.can.includes('partnerAccess:grant') ? (
            <Section title={a.inviteTitle} intro={a.inviteIntro} qa="partner-invite">
              <InvitePartnerForm childId={childId} />
            </Section>
          ) : null}
        </>
      ) : null}
      {consents.data ? (
        <ConsentsSection
          childId={childId}
          consents={consents.data.consents}
          givers={consents.data.givers}
          canRecord={consents.data.can.includes('consent:record')}
        />
      ) : null}
      {can.includes('disclosureLog:read') ? <DisclosureLogSection childId={childId} /> : null}
    </div>
  );
}

function StatusTag({ status, t }: { status: PartnerGrant['status'] | Consent['status']; t: Translations }) {
  const tone = status === 'active' || status === 'valid' ? 'neutral' : 'warning';
  return <Tag $tone={tone}>{t.network.access.statuses[status]}</Tag>;
}

function GrantsTable({
  childId,
  grants,
  canRevoke,
}: {
  childId: string;
  grants: PartnerGrant[];
  canRevoke: boolean;
}) {
  const { t, lang } = useI18n();
  const a = t.network.access;
  const [revoking, setRevoking] = useState<string | null>(null);
  if (grants.length === 0) return <p style={{ margin: 0 }}>{a.noGrants}</p>;
  return (
    <DataTable caption={a.grantsTitle} captionHidden data-qa="partner-grants-table">
      <thead>
        <tr>
          <th scope="col">{a.columns.partner}</th>
          <th scope="col">{a.columns.sections}</th>
          <th scope="col">{a.columns.until}</th>
          <th scope="col">{a.columns.basis}</th>
          <th scope="col">{a.columns.status}</th>
          {canRevoke ? <th scope="col">{a.columns.actions}</th> : null}
        </tr>
      </thead>
      <tbody>
        {grants.map((g) => (
          <tr key={g.id} data-qa="partner-grant">
            <th scope="row">
              <strong>{g.partner.name}</strong>
              <div style={{ fontSize: 15 }}>
                {g.partner.title}, {localName(g.partner.organisation.name, lang)}
              </div>
              <div style={{ fontSize: 14, color: colors.depthDark1 }}>{g.purpose}</div>
            </th>
            <td>{g.sections.map((s) => a.sectionNames[s]).join(', ')}</td>
            <td className="nowrap">{formatLocalDate(g.validUntil)}</td>
            <td>{basisText(g.basis, t)}</td>
            <td>
              <StatusTag status={g.status} t={t} />
              {g.revokedReason ? <div style={{ fontSize: 14 }}>{g.revokedReason}</div> : null}
            </td>
            {canRevoke ? (
              <td>
                {g.status !== 'active' ? null : revoking === g.id ? (
                  <RevokeForm childId={childId} grant={g} onDone={() => setRevoking(null)} />
                ) : (
                  <Button
                    variant="secondary"
                    onClick={() => setRevoking(g.id)}
                    aria-label={a.revokeFor(g.partner.name)}
                    data-qa="partner-grant-revoke"
                  >
                    {a.revoke}
                  </Button>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function RevokeForm({
  childId,
  grant,
  onDone,
}: {
  childId: string;
  grant: PartnerGrant;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const a = t.network.access;
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      await partnerAccessApi.revoke(childId, grant.id, reason.trim());
      await queryClient.invalidateQueries({ queryKey: partnerGrantsQuery(childId).queryKey });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      data-qa="partner-revoke-form"
      style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 220 }}
    >
      <TextInput
        labelText={a.revokeReason}
        optionalText={t.common.optional}
        value={reason}
        onChange={(v) => setReason(String(v ?? ''))}
        fullWidth
        maxLength={1000}
        data-qa="partner-revoke-reason"
      />
      {error ? (
        <p role="alert" style={{ margin: 0, color: colors.alertBase }}>
          {errorText(error, lang, t)}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" disabled={pending} data-qa="partner-revoke-confirm">
          {a.revokeConfirm}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onDone}>
          {t.network.nodeForm.cancel}
        </Button>
      </ButtonRow>
    </form>
  );
}

function ConsentsSection({
  childId,
  consents,
  givers,
  canRecord,
}: {
  childId: string;
  consents: Consent[];
  givers: { personId: string; name: string; role: 'guardian' | 'child' }[];
  canRecord: boolean;
}) {
  const { t, lang } = useI18n();
  const c = t.network.consent;
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  return (
    <Section
      title={c.title}
      intro={c.intro}
      qa="consents"
      actions={
        canRecord && !recording ? (
          <Button variant="secondary" onClick={() => setRecording(true)} data-qa="consent-new">
            {c.new}
          </Button>
        ) : undefined
      }
    >
      {recording ? (
        <ConsentForm childId={childId} givers={givers} onDone={() => setRecording(false)} />
      ) : null}
      {consents.length === 0 ? (
        <p style={{ margin: 0 }}>{c.none}</p>
      ) : (
        <DataTable caption={c.title} captionHidden data-qa="consents-table">
          <thead>
            <tr>
              <th scope="col">{c.columns.giver}</th>
              <th scope="col">{c.columns.organisation}</th>
              <th scope="col">{c.columns.scopes}</th>
              <th scope="col">{c.columns.until}</th>
              <th scope="col">{c.columns.status}</th>
              {canRecord ? <th scope="col">{t.network.access.columns.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {consents.map((x) => (
              <tr key={x.id} data-qa="consent-row">
                <th scope="row">
                  {x.givenBy.name} ({c.roles[x.givenBy.role]})
                  <div style={{ fontSize: 14, color: colors.depthDark1 }}>
                    {c.given(formatLocalDate(x.givenOn), c.methods[x.method])}
                  </div>
                </th>
                <td>
                  {localName(x.organisation.name, lang)}
                  <div style={{ fontSize: 14, color: colors.depthDark1 }}>{x.purpose}</div>
                </td>
                <td>{x.scopes.map((s) => c.scopeNames[s]).join(', ')}</td>
                <td className="nowrap">{formatLocalDate(x.validUntil)}</td>
                <td>
                  <StatusTag status={x.status} t={t} />
                  {x.withdrawal ? (
                    <div style={{ fontSize: 14 }}>
                      {c.withdrawnOn(formatLocalDate(x.withdrawal.withdrawnOn))}
                    </div>
                  ) : null}
                </td>
                {canRecord ? (
                  <td>
                    {x.status !== 'valid' ? null : withdrawing === x.id ? (
                      <WithdrawForm childId={childId} consent={x} onDone={() => setWithdrawing(null)} />
                    ) : (
                      <Button
                        variant="secondary"
                        onClick={() => setWithdrawing(x.id)}
                        data-qa="consent-withdraw"
                      >
                        {c.withdraw}
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}

function WithdrawForm({
  childId,
  consent,
  onDone,
}: {
  childId: string;
  consent: Consent;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const c = t.network.consent;
  const queryClient = useQueryClient();
  const [on, setOn] = useState(formatLocalDate(helsinkiToday()));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = parseFinnishDate(on);
    if (!date) {
      setError(c.errors.givenOn);
      return;
    }
    try {
      await partnerAccessApi.withdrawConsent(consent.id, date, note.trim());
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: consentsQuery(childId).queryKey }),
        queryClient.invalidateQueries({ queryKey: partnerGrantsQuery(childId).queryKey }),
      ]);
      onDone();
    } catch (e) {
      setError(errorText(e, lang, t));
    }
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      data-qa="consent-withdraw-form"
      style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 220 }}
    >
      <p style={{ margin: 0 }}>{c.withdrawEffect}</p>
      <DateField labelText={c.withdrawnOnLabel} value={on} onChange={setOn} qa="consent-withdrawn-on" />
      <TextInput
        labelText={c.notes}
        optionalText={t.common.optional}
        value={note}
        onChange={(v) => setNote(String(v ?? ''))}
        fullWidth
      />
      {error ? (
        <p role="alert" style={{ margin: 0, color: colors.alertBase }}>
          {error}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" data-qa="consent-withdraw-confirm">
          {c.withdrawConfirm}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onDone}>
          {t.network.nodeForm.cancel}
        </Button>
      </ButtonRow>
    </form>
  );
}

function DisclosureLogSection({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const d = t.network.disclosure;
  const log = useQuery(disclosureLogQuery(childId));
  return (
    <Section title={d.title} intro={d.intro} qa="disclosure-log">
      {log.isPending ? <Loading /> : null}
      {log.error ? <ErrorNotice error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data ? (
        log.data.entries.length === 0 ? (
          <p style={{ margin: 0 }}>{d.none}</p>
        ) : (
          <DataTable caption={d.title} captionHidden data-qa="disclosure-log-table">
            <thead>
              <tr>
                <th scope="col">{d.columns.when}</th>
                <th scope="col">{d.columns.recipient}</th>
                <th scope="col">{d.columns.data}</th>
                <th scope="col">{d.columns.purpose}</th>
                <th scope="col">{d.columns.basis}</th>
                <th scope="col">{d.columns.decidedBy}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.entries.map((x) => (
                <tr key={x.id}>
                  <td className="nowrap">{formatDateTime(x.occurredAt, t)}</td>
                  <th scope="row">
                    {x.recipient.name}
                    <div style={{ fontSize: 14 }}>{localName(x.recipient.organisation.name, lang)}</div>
                  </th>
                  <td>{t.network.consent.scopeNames[x.data]}</td>
                  <td>{x.purpose}</td>
                  <td>{basisText(x.basis, t)}</td>
                  <td>{x.decidedBy?.name ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )
      ) : null}
      <p style={{ margin: `${spacing.s} 0 0`, fontSize: 15, color: colors.depthDark1 }}>{d.note}</p>
    </Section>
  );
}
