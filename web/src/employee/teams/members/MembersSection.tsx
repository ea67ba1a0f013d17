import {
  type AddTeamMemberRequest,
  type LocalDate,
  type TeamMember,
  type TeamPage,
  teamRoles,
} from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import {
  ButtonRow,
  FieldRow,
  type FormError,
  FormErrors,
  FormStack,
  Hint,
} from '../../../lib/components/Forms';
import { H3, Muted, Tag } from '../../../lib/components/Layout';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, helsinkiToday, parseFinnishDate } from '../../../lib/dates';
import { staffTitle, useI18n } from '../../../lib/i18n';
import { teamsApi } from '../api';
import { capitalise, roleName } from '../format';
import { Section, Select, Status } from '../ui';

type TeamRole = TeamMember['teamRole'];

/** The consultant first, then the social workers, the therapist, family workers and the coordinator. */
const byRole = (a: TeamMember, b: TeamMember) =>
  teamRoles.indexOf(a.teamRole) - teamRoles.indexOf(b.teamRole) ||
  a.user.name.localeCompare(b.user.name, 'fi');

const Results = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: 4px;
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spacing.xs};
  }
  .title {
    color: ${colors.depthDark1};
  }
`;

const Panel = styled.div`
  margin-top: ${spacing.s};
  padding: ${spacing.s} ${spacing.m};
  border: 1px solid ${colors.highlightLight2};
  background: ${colors.highlightLight4};
  border-radius: 2px;
`;

/** The team's members with their team roles and days; the consultant and the lead change them. */
export function MembersSection({ page }: { page: TeamPage }) {
  const { t } = useI18n();
  const m = t.teams.members;
  const manage = page.can.includes('team:manageMembers');
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <Section
      title={m.heading}
      qa="team-members"
      actions={
        manage && !adding ? (
          <Button
            variant="secondary"
            onClick={() => {
              setAdding(true);
              setNotice('');
            }}
            data-qa="member-add-open"
          >
            {m.add.open}
          </Button>
        ) : null
      }
    >
      <Status qa="member-status">{notice}</Status>
      {adding ? (
        <AddMemberForm
          page={page}
          onClose={(message) => {
            setAdding(false);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      <DataTable caption={m.caption} captionHidden data-qa="members-table">
        <thead>
          <tr>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.role}</th>
            <th scope="col">{m.columns.from}</th>
            <th scope="col">{m.columns.until}</th>
            {manage ? <th scope="col">{m.columns.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {[...page.members].sort(byRole).map((member) => (
            <tr key={member.id} data-qa="member-row" data-user-id={member.user.id}>
              <th scope="row">
                {member.user.name}
                {member.status === 'planned' ? (
                  <>
                    {' '}
                    <Tag>{m.statuses.planned}</Tag>
                  </>
                ) : null}
              </th>
              <td>{capitalise(roleName(member.teamRole, t))}</td>
              <td className="nowrap">{formatLocalDate(member.joinsOn)}</td>
              <td className="nowrap">
                {member.leavesOn ? formatLocalDate(member.leavesOn) : m.untilFurther}
              </td>
              {manage ? (
                <td>
                  {changing === member.id ? null : (
                    <Button
                      variant="secondaryNoBorder"
                      onClick={() => {
                        setChanging(member.id);
                        setNotice('');
                      }}
                      aria-label={m.changeFor(member.user.name)}
                      data-qa="member-change-open"
                      style={{ minHeight: 32, padding: '2px 8px' }}
                    >
                      {m.change}
                    </Button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {changing ? (
        <ChangeMemberForm
          teamId={page.team.id}
          member={page.members.find((x) => x.id === changing)!}
          onClose={(message) => {
            setChanging(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      {page.formerMembers.length > 0 ? (
        <details style={{ marginTop: spacing.s }}>
          <summary>{m.former}</summary>
          <ul>
            {page.formerMembers.map((f) => (
              <li key={f.id}>
                {f.user.name}, {roleName(f.teamRole, t)} ({formatLocalDate(f.joinsOn)}–
                {f.leavesOn ? formatLocalDate(f.leavesOn) : ''})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}

function dateOrNull(text: string): LocalDate | null | 'invalid' {
  if (!text.trim()) return null;
  return parseFinnishDate(text) ?? 'invalid';
}

function AddMemberForm({ page, onClose }: { page: TeamPage; onClose: (message?: string) => void }) {
  const { t, lang } = useI18n();
  const a = t.teams.members.add;
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState<TeamRole>('social_worker');
  const [joinsOn, setJoinsOn] = useState(formatLocalDate(helsinkiToday()));
  const [leavesOn, setLeavesOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const ids = { person: useId(), joinsOn: useId(), leavesOn: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const members = new Set(page.members.map((x) => x.user.id));
  const results = useQuery({
    queryKey: ['staff', q],
    queryFn: () => teamsApi.searchStaff(q),
    enabled: q.length >= 2,
    staleTime: 60_000,
  });
  const candidates = results.data?.results.filter((r) => !members.has(r.id));
  const add = useMutation({
    mutationFn: (body: AddTeamMemberRequest) => teamsApi.addMember(page.team.id, body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['team', page.team.id] });
      onClose(a.added(result.user.name, result.relationshipsChanged));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const joins = dateOrNull(joinsOn);
    const leaves = dateOrNull(leavesOn);
    if (!person) found.push({ id: ids.person, text: a.errors.person });
    if (joins === null || joins === 'invalid') found.push({ id: ids.joinsOn, text: a.errors.joinsOn });
    if (leaves === 'invalid') found.push({ id: ids.leavesOn, text: a.errors.leavesOn });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0 || !person || joins === null || joins === 'invalid' || leaves === 'invalid') return;
    add.mutate({
      userId: person.id,
      teamRole: role,
      joinsOn: joins,
      ...(leaves ? { leavesOn: leaves } : {}),
    });
  };

  return (
    <Panel data-qa="member-add">
      <H3 ref={headingRef} tabIndex={-1} style={{ marginTop: 0 }}>
        {a.heading}
      </H3>
      <Hint>{a.intro}</Hint>
      <FormErrors errors={errors} attempt={attempt} />
      <FormStack onSubmit={submit} noValidate aria-label={a.heading} style={{ marginTop: spacing.s }}>
        {person ? (
          <p style={{ margin: 0 }} data-qa="member-add-chosen">
            <strong>{a.chosen(person.name)}</strong>{' '}
            <Button variant="secondaryNoBorder" onClick={() => setPerson(null)} style={{ minHeight: 32 }}>
              {t.common.cancel}
            </Button>
          </p>
        ) : (
          <div>
            <TextInput
              id={ids.person}
              labelText={a.search}
              hintText={a.searchHint}
              value={search}
              onChange={(value) => setSearch(String(value ?? ''))}
              fullWidth
              data-qa="member-add-search"
              {...(errors.some((e) => e.id === ids.person)
                ? { status: 'error' as const, statusText: a.errors.person }
                : {})}
            />
            {q.length >= 2 && candidates ? (
              candidates.length === 0 ? (
                <Muted style={{ marginTop: spacing.xs }}>{a.noResults}</Muted>
              ) : (
                <Results style={{ marginTop: spacing.xs }} aria-live="polite">
                  {candidates.map((r) => (
                    <li key={r.id}>
                      <Button
                        variant="secondary"
                        onClick={() => setPerson({ id: r.id, name: r.name })}
                        data-qa="member-add-result"
                        aria-label={a.choose(r.name)}
                        style={{ minHeight: 36 }}
                      >
                        {r.name}
                      </Button>
                      <span className="title">{staffTitle(r, t)}</span>
                    </li>
                  ))}
                </Results>
              )
            ) : null}
          </div>
        )}
        <Select
          label={a.role}
          value={role}
          onChange={(event) => setRole(event.target.value as TeamRole)}
          qa="member-add-role"
        >
          {teamRoles.map((r) => (
            <option key={r} value={r}>
              {capitalise(roleName(r, t))}
            </option>
          ))}
        </Select>
        <FieldRow>
          <DateField
            id={ids.joinsOn}
            labelText={a.joinsOn}
            value={joinsOn}
            onChange={setJoinsOn}
            qa="member-add-joins"
            {...(errors.some((e) => e.id === ids.joinsOn)
              ? { status: 'error' as const, statusText: a.errors.joinsOn }
              : {})}
          />
          <DateField
            id={ids.leavesOn}
            labelText={a.leavesOn}
            value={leavesOn}
            onChange={setLeavesOn}
            qa="member-add-leaves"
            {...(errors.some((e) => e.id === ids.leavesOn)
              ? { status: 'error' as const, statusText: a.errors.leavesOn }
              : {})}
          />
        </FieldRow>
        {add.error ? (
          <InlineAlert status="error" data-qa="member-add-error">
            {errorText(add.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={add.isPending} qa="member-add-submit">
            {a.submit}
          </SubmitButton>
          <Button variant="secondaryNoBorder" onClick={() => onClose()} data-qa="member-add-cancel">
            {t.common.cancel}
          </Button>
        </ButtonRow>
      </FormStack>
    </Panel>
  );
}

function ChangeMemberForm({
  teamId,
  member,
  onClose,
}: {
  teamId: string;
  member: TeamMember;
  onClose: (message?: string) => void;
}) {
  const { t, lang } = useI18n();
  const m = t.teams.members;
  const queryClient = useQueryClient();
  const [role, setRole] = useState<TeamRole>(member.teamRole);
  const [leavesOn, setLeavesOn] = useState(member.leavesOn ? formatLocalDate(member.leavesOn) : '');
  const [invalid, setInvalid] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const change = useMutation({
    mutationFn: (body: { teamRole?: TeamRole; leavesOn?: LocalDate | null }) =>
      teamsApi.changeMember(teamId, member.id, { version: member.version, ...body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['team', teamId] });
      onClose(m.changed(member.user.name));
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['team', teamId] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const leaves = dateOrNull(leavesOn);
    setInvalid(leaves === 'invalid');
    if (leaves === 'invalid') return;
    const body: { teamRole?: TeamRole; leavesOn?: LocalDate | null } = {};
    if (role !== member.teamRole) body.teamRole = role;
    if (leaves !== member.leavesOn) body.leavesOn = leaves;
    if (Object.keys(body).length === 0) return onClose();
    change.mutate(body);
  };
  return (
    <Panel data-qa="member-change">
      <H3 ref={headingRef} tabIndex={-1} style={{ marginTop: 0 }}>
        {m.leaveHeading(member.user.name)}
      </H3>
      <FormStack onSubmit={submit} noValidate aria-label={m.leaveHeading(member.user.name)}>
        <Select
          label={m.role}
          value={role}
          onChange={(event) => setRole(event.target.value as TeamRole)}
          qa="member-change-role"
        >
          {teamRoles.map((r) => (
            <option key={r} value={r}>
              {capitalise(roleName(r, t))}
            </option>
          ))}
        </Select>
        <DateField
          labelText={m.leavesOn}
          hintText={m.leavesOnHint}
          value={leavesOn}
          onChange={setLeavesOn}
          qa="member-change-leaves"
          {...(invalid ? { status: 'error' as const, statusText: t.teams.members.add.errors.leavesOn } : {})}
        />
        {change.error ? (
          <InlineAlert status="error" data-qa="member-change-error">
            {errorText(change.error, lang, t)}
          </InlineAlert>
        ) : null}
        <ButtonRow>
          <SubmitButton pending={change.isPending} qa="member-change-submit">
            {m.saveChange}
          </SubmitButton>
          <Button variant="secondaryNoBorder" onClick={() => onClose()}>
            {t.common.cancel}
          </Button>
        </ButtonRow>
      </FormStack>
    </Panel>
  );
}
