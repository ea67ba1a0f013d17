import { addDays, type Experiment, experimentSchema, type LocalDate } from '@lumo/domain';
import { type FormEvent, useId, useState } from 'react';
import styled from 'styled-components';
import {
  Button,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow } from '../../../lib/components/Forms';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, parseFinnishDate } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';
import { recordApi } from '../api';
import { ConflictChoice, conflictCurrent, Section, Select, Status } from '../ui';
import { useRecord, useRefresh } from './context';

const Card = styled.li<{ $due?: boolean }>`
  list-style: none;
  border: 1px solid ${({ $due }) => ($due ? colors.warningBase : colors.depthLight1)};
  border-left: 6px solid ${({ $due }) => ($due ? colors.warningBase : colors.accentSecondary)};
  background: ${({ $due }) => ($due ? colors.warningLight1 : colors.whiteBase)};
  border-radius: 4px;
  padding: ${spacing.s};
  .action {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
    white-space: pre-wrap;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px ${spacing.m};
    margin: 6px 0 0;
    color: ${colors.blackBase};
    font-size: 16px;
  }
  .facts span strong {
    font-weight: 600;
  }
  .tests {
    margin: 6px 0 0;
    color: ${colors.depthDark1};
    font-size: 15px;
  }
`;

const Badge = styled.span`
  display: inline-block;
  margin-bottom: 6px;
  padding: 0 10px;
  border-radius: 12px;
  background: ${colors.blackBase};
  color: ${colors.whiteBase};
  font-size: 14px;
  font-weight: 600;
  line-height: 24px;
`;

const Rounds = styled.ol`
  margin: ${spacing.xs} 0 0;
  padding: 0 0 0 18px;
  border-left: 2px dashed ${colors.depthLight1};
  list-style: none;
  > li {
    margin: 0 0 ${spacing.xs};
    position: relative;
  }
  > li::before {
    content: '';
    position: absolute;
    left: -25px;
    top: 6px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: ${colors.accentSecondary};
    border: 2px solid ${colors.whiteBase};
  }
  .date {
    font-weight: 600;
  }
  p {
    margin: 2px 0 0;
  }
`;

const List = styled.ol`
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
`;

/** The follow-ups of an experiment: the repetition over time. */
export function FollowUpRounds({ experiment, t }: { experiment: Experiment; t: Translations }) {
  const f = t.teams.experiments.followUp;
  if (experiment.followUps.length === 0) return null;
  return (
    <Rounds data-qa="experiment-rounds">
      {experiment.followUps.map((r) => (
        <li key={r.id} data-qa="experiment-round">
          <span className="date">{f.item(formatLocalDate(r.date))}</span>
          {' · '}
          {r.outcome === 'continue'
            ? f.repeated(formatLocalDate(r.nextFollowUpOn ?? r.date))
            : f.concludedLabel}
          <p>
            <strong>{f.whatHappened}:</strong> {r.whatHappened}
          </p>
          {r.whatWeLearned ? (
            <p>
              <strong>{f.whatWeLearned}:</strong> {r.whatWeLearned}
            </p>
          ) : null}
        </li>
      ))}
    </Rounds>
  );
}

export function ExperimentFacts({
  experiment,
  t,
  hypothesisText,
}: {
  experiment: Experiment;
  t: Translations;
  hypothesisText?: string | undefined;
}) {
  const e = t.teams.experiments;
  return (
    <>
      <p className="action" data-qa="experiment-action">
        {experiment.action}
      </p>
      <p className="facts">
        <span>
          <strong>{e.who}:</strong> {experiment.who}
          {experiment.owner ? ` (${experiment.owner.name})` : ''}
        </span>
        <span>{e.agreedOn(formatLocalDate(experiment.agreedIn.date))}</span>
        {experiment.status === 'open' ? (
          <span data-qa="experiment-follow-up-on">
            {e.followUpBy(formatLocalDate(experiment.followUpOn))}
          </span>
        ) : (
          <span>{e.statuses.concluded}</span>
        )}
      </p>
      {hypothesisText ? <p className="tests">{e.tests(hypothesisText)}</p> : null}
    </>
  );
}

/** Small experiments in acting differently, their follow-ups, and agreeing a new one. */
export function Experiments() {
  const { t } = useI18n();
  const e = t.teams.experiments;
  const { entry, canRecord } = useRecord();
  const due = new Set(entry.dueExperimentIds);
  const hypothesisText = (x: Experiment) => entry.hypotheses.find((h) => h.id === x.hypothesisId)?.text;
  const agreedHere = new Set(entry.discussion.experimentsAgreed);
  const followedHere = new Set(entry.discussion.followUps.map((f) => f.experimentId));
  const dueList = entry.experiments.filter(
    (x) => due.has(x.id) || (followedHere.has(x.id) && !agreedHere.has(x.id)),
  );
  const open = entry.experiments.filter((x) => x.status === 'open' && !dueList.includes(x));
  const concluded = entry.experiments.filter((x) => x.status === 'concluded' && !dueList.includes(x));
  return (
    <Section title={e.heading} intro={e.intro} qa="record-experiments">
      {dueList.length > 0 ? (
        <>
          <h3 style={{ fontSize: 18, margin: `0 0 ${spacing.xs}` }}>{e.due}</h3>
          <List>
            {dueList.map((x) => (
              <Card key={x.id} $due={x.status === 'open'} data-qa="experiment-due" data-id={x.id}>
                {x.status === 'open' ? <Badge>{e.dueBadge}</Badge> : null}
                <ExperimentFacts experiment={x} t={t} hypothesisText={hypothesisText(x)} />
                <FollowUpRounds experiment={x} t={t} />
                {canRecord &&
                x.status === 'open' &&
                !entry.discussion.followUps.some((f) => f.experimentId === x.id) ? (
                  <FollowUpForm experiment={x} />
                ) : null}
              </Card>
            ))}
          </List>
        </>
      ) : null}
      {open.length > 0 ? (
        <>
          <h3 style={{ fontSize: 18, margin: `${spacing.s} 0 ${spacing.xs}` }}>{e.open}</h3>
          <List>
            {open.map((x) => (
              <Card key={x.id} data-qa="experiment-open" data-id={x.id}>
                <ExperimentFacts experiment={x} t={t} hypothesisText={hypothesisText(x)} />
                <FollowUpRounds experiment={x} t={t} />
              </Card>
            ))}
          </List>
        </>
      ) : null}
      {dueList.length === 0 && open.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{e.none}</p>
      ) : null}
      {concluded.length > 0 ? (
        <details style={{ marginTop: spacing.s }}>
          <summary>
            {e.concluded} ({concluded.length})
          </summary>
          <List style={{ marginTop: spacing.xs }}>
            {concluded.map((x) => (
              <Card key={x.id} data-qa="experiment-concluded">
                <ExperimentFacts experiment={x} t={t} hypothesisText={hypothesisText(x)} />
                <FollowUpRounds experiment={x} t={t} />
              </Card>
            ))}
          </List>
        </details>
      ) : null}
      {canRecord ? <AddExperimentForm /> : null}
    </Section>
  );
}

function AddExperimentForm() {
  const { t, lang } = useI18n();
  const e = t.teams.experiments;
  const { entry, meeting, members, meId } = useRecord();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState('');
  const [who, setWho] = useState('');
  const [ownerId, setOwnerId] = useState(members.some((m) => m.user.id === meId) ? meId : '');
  const [followUpOn, setFollowUpOn] = useState(formatLocalDate(addDays(meeting.date as LocalDate, 14)));
  const [hypothesisId, setHypothesisId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = parseFinnishDate(followUpOn);
    const found: Record<string, string> = {};
    if (!action.trim()) found.action = e.errors.action;
    if (!who.trim()) found.who = e.errors.who;
    if (!date) found.followUpOn = e.errors.followUpOn;
    else if (date <= meeting.date) found.followUpOn = e.errors.followUpAfter;
    setErrors(found);
    if (Object.keys(found).length > 0 || !date) return;
    setPending(true);
    setFailure(null);
    try {
      await recordApi.addExperiment(entry.id, {
        action: action.trim(),
        who: who.trim(),
        ownerId: ownerId || null,
        followUpOn: date,
        hypothesisId: hypothesisId || null,
      });
      setAction('');
      setWho('');
      setHypothesisId('');
      setOpen(false);
      setStatus(e.added);
      await refresh();
    } catch (err) {
      setFailure(err);
    } finally {
      setPending(false);
    }
  };
  if (!open)
    return (
      <div style={{ marginTop: spacing.s }}>
        <Status qa="experiment-add-status">{status}</Status>
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(true);
            setStatus('');
          }}
          data-qa="experiment-add-open"
        >
          {e.add}
        </Button>
      </div>
    );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={e.add}
      data-qa="experiment-add"
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: spacing.s,
        marginTop: spacing.s,
        padding: spacing.s,
        background: colors.depthLight3,
        border: `1px solid ${colors.depthLight2}`,
        borderRadius: 4,
      }}
    >
      <Textarea
        labelText={e.action}
        value={action}
        onChange={(ev) => setAction(ev.target.value)}
        fullWidth
        rows={2}
        resize="vertical"
        data-qa="experiment-add-action"
        {...(errors.action ? { status: 'error' as const, statusText: errors.action } : {})}
      />
      <FieldRow>
        <TextInput
          labelText={e.who}
          hintText={e.whoHint}
          value={who}
          onChange={(v) => setWho(String(v ?? ''))}
          fullWidth
          data-qa="experiment-add-who"
          {...(errors.who ? { status: 'error' as const, statusText: errors.who } : {})}
        />
        <Select
          label={e.owner}
          value={ownerId}
          onChange={(ev) => setOwnerId(ev.target.value)}
          qa="experiment-add-owner"
        >
          <option value="">{e.ownerNone}</option>
          {members.map((m) => (
            <option key={m.user.id} value={m.user.id}>
              {m.user.name}
            </option>
          ))}
        </Select>
      </FieldRow>
      <DateField
        labelText={e.followUpOn}
        hintText={e.followUpOnHint}
        value={followUpOn}
        onChange={setFollowUpOn}
        qa="experiment-add-follow-up"
        {...(errors.followUpOn ? { status: 'error' as const, statusText: errors.followUpOn } : {})}
      />
      {entry.hypotheses.length > 0 ? (
        <Select
          label={e.hypothesis}
          value={hypothesisId}
          onChange={(ev) => setHypothesisId(ev.target.value)}
          qa="experiment-add-hypothesis"
        >
          <option value="">{e.hypothesisNone}</option>
          {entry.hypotheses
            .filter((h) => h.status !== 'set_aside')
            .map((h) => (
              <option key={h.id} value={h.id}>
                {h.text.length > 90 ? `${h.text.slice(0, 88)}…` : h.text}
              </option>
            ))}
        </Select>
      ) : null}
      {failure ? <InlineAlert status="error">{errorText(failure, lang, t)}</InlineAlert> : null}
      <ButtonRow>
        <SubmitButton pending={pending} qa="experiment-add-submit">
          {e.add}
        </SubmitButton>
        <Button variant="secondaryNoBorder" onClick={() => setOpen(false)}>
          {t.common.cancel}
        </Button>
      </ButtonRow>
    </form>
  );
}

/** Looking back at an experiment that came back: what happened, what we learned, repeat or conclude. */
function FollowUpForm({ experiment }: { experiment: Experiment }) {
  const { t, lang } = useI18n();
  const f = t.teams.experiments.followUp;
  const { entry, meeting } = useRecord();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [whatHappened, setWhatHappened] = useState('');
  const [whatWeLearned, setWhatWeLearned] = useState('');
  const [outcome, setOutcome] = useState<'continue' | 'conclude'>('continue');
  const [next, setNext] = useState(formatLocalDate(addDays(meeting.date as LocalDate, 14)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Experiment | null>(null);
  const [pending, setPending] = useState(false);
  const name = useId();
  const send = async (version: number) => {
    const date = outcome === 'continue' ? (parseFinnishDate(next) as LocalDate) : undefined;
    setPending(true);
    setFailure(null);
    try {
      await recordApi.followUp(experiment.id, {
        version,
        agendaItemId: entry.id,
        whatHappened: whatHappened.trim(),
        whatWeLearned: whatWeLearned.trim(),
        outcome,
        ...(date ? { nextFollowUpOn: date } : {}),
      });
      setOpen(false);
      await refresh();
    } catch (err) {
      const current = experimentSchema.safeParse(conflictCurrent(err));
      if (current.success) {
        if (current.data.status === 'open' && current.data.followUps.length === experiment.followUps.length)
          return send(current.data.version);
        setConflict(current.data);
      } else setFailure(err);
    } finally {
      setPending(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!whatHappened.trim()) found.whatHappened = f.required;
    if (outcome === 'continue' && !parseFinnishDate(next)) found.next = f.nextRequired;
    setErrors(found);
    if (Object.keys(found).length === 0) void send(experiment.version);
  };
  if (!open)
    return (
      <Button variant="secondary" mt="xs" onClick={() => setOpen(true)} data-qa="follow-up-open">
        {f.open}
      </Button>
    );
  const latest = conflict?.followUps[conflict.followUps.length - 1];
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={f.heading}
      data-qa="follow-up-form"
      style={{ display: 'flex', flexDirection: 'column', gap: spacing.s, marginTop: spacing.s }}
    >
      <Textarea
        labelText={f.whatHappened}
        value={whatHappened}
        onChange={(ev) => setWhatHappened(ev.target.value)}
        fullWidth
        rows={2}
        resize="vertical"
        data-qa="follow-up-happened"
        {...(errors.whatHappened ? { status: 'error' as const, statusText: errors.whatHappened } : {})}
      />
      <Textarea
        labelText={f.whatWeLearned}
        value={whatWeLearned}
        onChange={(ev) => setWhatWeLearned(ev.target.value)}
        fullWidth
        rows={2}
        resize="vertical"
        optionalText={t.common.optional}
        data-qa="follow-up-learned"
      />
      <RadioButtonGroup
        labelText={f.outcome}
        name={name}
        value={outcome}
        onChange={(v) => setOutcome(v as 'continue' | 'conclude')}
      >
        <RadioButton value="continue" data-qa="follow-up-continue">
          {f.continue}
        </RadioButton>
        <RadioButton value="conclude" data-qa="follow-up-conclude">
          {f.conclude}
        </RadioButton>
      </RadioButtonGroup>
      {outcome === 'continue' ? (
        <DateField
          labelText={f.nextFollowUpOn}
          value={next}
          onChange={setNext}
          qa="follow-up-next"
          {...(errors.next ? { status: 'error' as const, statusText: errors.next } : {})}
        />
      ) : null}
      {conflict ? (
        <ConflictChoice
          qa="follow-up"
          mine={whatHappened}
          theirs={{
            text: latest
              ? `${latest.whatHappened}${latest.whatWeLearned ? `\n${latest.whatWeLearned}` : ''}`
              : conflict.action,
            by: latest?.recordedBy.name ?? null,
            at: latest?.recordedAt ?? null,
          }}
          pending={pending}
          onKeepMine={() => {
            const version = conflict.version;
            setConflict(null);
            void send(version);
          }}
          onTakeTheirs={() => {
            setConflict(null);
            setOpen(false);
            void refresh();
          }}
        />
      ) : null}
      {failure ? <InlineAlert status="error">{errorText(failure, lang, t)}</InlineAlert> : null}
      {conflict ? null : (
        <ButtonRow>
          <SubmitButton pending={pending} qa="follow-up-submit">
            {f.submit}
          </SubmitButton>
          <Button variant="secondaryNoBorder" onClick={() => setOpen(false)}>
            {t.common.cancel}
          </Button>
        </ButtonRow>
      )}
    </form>
  );
}
