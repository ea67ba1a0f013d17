import type { Caseloads } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import styled from 'styled-components';
import { Dropdown, DropdownItem, InlineAlert, Textarea } from 'suomifi-ui-components';
import { workforceApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice, errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, type FormError, FormErrors, FormStack } from '../../lib/components/Forms';
import { Card, H2, H3, Lead, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { formatDate, formatDateTime } from '../../lib/dates';
import { type Translations, useI18n } from '../../lib/i18n';
import { caseloadsQuery, SOCIAL_WORKER_ROLES } from './caseload';

type Team = Caseloads['teams'][number];
type Member = Team['members'][number];

const REASON_MIN = 10;

const Bar = styled.div`
  display: flex;
  align-items: center;
  gap: ${spacing.xs};
  min-width: 180px;
  .track {
    position: relative;
    flex: 1 1 120px;
    height: 14px;
    background: ${colors.depthLight2};
    border-radius: 2px;
    overflow: hidden;
  }
  .fill {
    position: absolute;
    inset: 0 auto 0 0;
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 48px;
    text-align: right;
  }
  @media (max-width: 700px) {
    min-width: 0;
    .track {
      flex-basis: 60px;
    }
  }
`;

function barColor(count: number, limit: number): string {
  if (count >= limit) return colors.alertBase;
  if (count >= limit - 3) return colors.warningBase;
  return colors.highlightBase;
}

/**
 * Each worker's child clients against the limit of 30 (LSL §13b), team by team, with the exceptions the
 * team lead granted and their reasons. The lead grants an exception here; nobody sees which children.
 */
export function CaseloadsPage() {
  const { t } = useI18n();
  const caseloads = useQuery(caseloadsQuery);
  return (
    <div data-qa="caseloads-page">
      <PageHeading>{t.caseloads.title}</PageHeading>
      <Lead>{t.caseloads.intro}</Lead>
      {caseloads.isPending ? <Loading /> : null}
      {caseloads.error ? (
        <ErrorNotice error={caseloads.error} onRetry={() => void caseloads.refetch()} />
      ) : null}
      {caseloads.data?.teams.length === 0 ? (
        <Card>
          <Muted style={{ margin: 0 }}>{t.caseloads.noTeams}</Muted>
        </Card>
      ) : null}
      {caseloads.data?.teams.map((team) => (
        <TeamCaseloads key={team.id} team={team} limit={caseloads.data.limit} />
      ))}
    </div>
  );
}

function TeamCaseloads({ team, limit }: { team: Team; limit: number }) {
  const { t } = useI18n();
  const c = t.caseloads;
  const headingId = useId();
  return (
    <Card aria-labelledby={headingId} data-qa="caseload-team" data-team-id={team.id}>
      <H2 id={headingId}>{team.name}</H2>
      {team.lead ? <Muted>{c.lead(team.lead.name)}</Muted> : null}
      <DataTable caption={c.caption(team.name)} captionHidden>
        <thead>
          <tr>
            <th scope="col">{c.columns.worker}</th>
            <th scope="col">{c.columns.role}</th>
            <th scope="col">{c.columns.clients}</th>
            <th scope="col">{c.columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {team.members.map((member) => (
            <MemberRow key={member.user.id} member={member} limit={limit} t={t} />
          ))}
        </tbody>
      </DataTable>
      <H3>{c.overridesHeading}</H3>
      <Muted>{c.overridesIntro}</Muted>
      {team.overrides.length === 0 ? (
        <Muted data-qa="caseload-overrides-empty">{c.noOverrides}</Muted>
      ) : (
        <DataTable caption={c.overridesCaption(team.name)} captionHidden data-qa="caseload-overrides">
          <thead>
            <tr>
              <th scope="col">{c.overrideColumns.worker}</th>
              <th scope="col">{c.overrideColumns.reason}</th>
              <th scope="col">{c.overrideColumns.grantedBy}</th>
              <th scope="col">{c.overrideColumns.status}</th>
            </tr>
          </thead>
          <tbody>
            {team.overrides.map((override) => (
              <tr key={override.id} data-qa="caseload-override" data-worker-id={override.worker.id}>
                <th scope="row">{override.worker.name}</th>
                <td data-qa="caseload-override-reason">{override.reason}</td>
                <td>{t.common.byOn(formatDateTime(override.grantedAt, t), override.grantedBy.name)}</td>
                <td className="nowrap" data-qa="caseload-override-status">
                  {override.consumedAt ? c.used(formatDate(override.consumedAt)) : c.unused}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {team.can.includes('caseload:override') ? <GrantForm team={team} /> : null}
    </Card>
  );
}

function MemberRow({ member, limit, t }: { member: Member; limit: number; t: Translations }) {
  const c = t.caseloads;
  const counted = SOCIAL_WORKER_ROLES.includes(member.teamRole);
  const role = (c.teamRoles as Record<string, string>)[member.teamRole] ?? member.teamRole;
  return (
    <tr data-qa="caseload-member" data-worker-id={member.user.id} data-count={member.clientCount}>
      <th scope="row">{member.user.name}</th>
      <td>{role}</td>
      <td>
        {counted ? (
          <Bar>
            <span className="track" aria-hidden="true">
              <span
                className="fill"
                style={{
                  width: `${Math.min(100, (member.clientCount / limit) * 100)}%`,
                  background: barColor(member.clientCount, limit),
                }}
              />
            </span>
            <span className="number" data-qa="caseload-count">
              {c.count(member.clientCount, limit)}
            </span>
          </Bar>
        ) : (
          <span style={{ color: colors.depthDark1 }}>{c.notCounted}</span>
        )}
      </td>
      <td data-qa="caseload-status">
        {!counted ? null : member.overLimit ? (
          <Tag $tone="alert">{c.statuses.overLimit}</Tag>
        ) : member.atLimit ? (
          <Tag $tone="warning">{c.statuses.atLimit}</Tag>
        ) : (
          c.statuses.ok
        )}
        {member.openOverride ? (
          <div>
            <Tag $tone="neutral">{c.statuses.override}</Tag>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function GrantForm({ team }: { team: Team }) {
  const { t, lang } = useI18n();
  const g = t.caseloads.grant;
  const queryClient = useQueryClient();
  const workers = team.members.filter((m) => SOCIAL_WORKER_ROLES.includes(m.teamRole) && !m.openOverride);
  const [workerId, setWorkerId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const grant = useMutation({
    mutationFn: () => workforceApi.grantOverride(team.id, { workerId, reason: reason.trim() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseloadsQuery.queryKey });
      setWorkerId('');
      setReason('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.reset();
    const found: FormError[] = [];
    if (!workerId) found.push({ id: `grant-worker-${team.id}`, text: g.errors.worker });
    if (reason.trim().length < REASON_MIN)
      found.push({ id: `grant-reason-${team.id}`, text: g.errors.reason(REASON_MIN) });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) grant.mutate();
  };
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.text;
  return (
    <>
      <H3>{g.heading}</H3>
      <FormErrors errors={errors} attempt={attempt} qa="grant-errors" />
      <FormStack onSubmit={submit} noValidate aria-label={`${g.heading}: ${team.name}`} data-qa="grant-form">
        <Dropdown
          id={`grant-worker-${team.id}`}
          labelText={g.worker}
          visualPlaceholder={g.chooseWorker}
          value={workerId || null}
          onChange={(value) => {
            setWorkerId(value);
            grant.reset();
          }}
          status={errorOf(`grant-worker-${team.id}`) ? 'error' : 'default'}
          statusText={errorOf(`grant-worker-${team.id}`)}
          fullWidth
          data-qa="grant-worker"
        >
          {workers.map((member) => (
            <DropdownItem key={member.user.id} value={member.user.id}>
              {`${member.user.name} (${t.caseloads.count(member.clientCount, 30)})`}
            </DropdownItem>
          ))}
        </Dropdown>
        <Textarea
          id={`grant-reason-${team.id}`}
          labelText={g.reason}
          hintText={g.reasonHint}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          status={errorOf(`grant-reason-${team.id}`) ? 'error' : 'default'}
          statusText={errorOf(`grant-reason-${team.id}`)}
          fullWidth
          resize="vertical"
          rows={3}
          maxLength={2000}
          data-qa="grant-reason"
        />
        {grant.error ? (
          <InlineAlert status="error" data-qa="grant-error">
            {errorText(grant.error, lang, t)}
          </InlineAlert>
        ) : null}
        {grant.isSuccess ? (
          <InlineAlert status="neutral" data-qa="grant-done" role="status">
            {g.granted(grant.data.worker.name)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={grant.isPending} qa="grant-submit">
            {g.submit}
          </SubmitButton>
        </ButtonRow>
      </FormStack>
    </>
  );
}
