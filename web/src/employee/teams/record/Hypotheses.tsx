import { type Hypothesis, hypothesisSchema } from '@lumo/domain';
import { type FormEvent, useId, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow } from '../../../lib/components/Forms';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';
import { recordApi } from '../api';
import { capitalise, roleName } from '../format';
import { ConflictChoice, conflictCurrent, EditableText, Section, Select } from '../ui';
import { AddTextForm } from './AddTextForm';
import { useRecord, useRefresh } from './context';

type Status = Hypothesis['status'];

export const statusTone: Record<Status, { bg: string; fg: string; border: string }> = {
  open: { bg: colors.highlightLight3, fg: colors.highlightDark1, border: colors.highlightLight2 },
  supported: { bg: 'hsl(166, 54%, 93%)', fg: colors.successDark1, border: colors.successSecondary },
  set_aside: { bg: colors.depthLight2, fg: colors.depthDark1, border: colors.depthLight1 },
};

export const StatusChip = styled.span<{ $status: Status }>`
  display: inline-block;
  padding: 0 10px;
  border-radius: 12px;
  font-size: 14px;
  font-weight: 600;
  line-height: 24px;
  white-space: nowrap;
  background: ${({ $status }) => statusTone[$status].bg};
  color: ${({ $status }) => statusTone[$status].fg};
  border: 1px solid ${({ $status }) => statusTone[$status].border};
`;

const List = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  > li {
    border: 1px solid ${colors.depthLight1};
    border-left: 6px solid var(--tone);
    border-radius: 4px;
    padding: ${spacing.s};
    background: ${colors.whiteBase};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px ${spacing.s};
    margin-top: ${spacing.xs};
    color: ${colors.depthDark1};
    font-size: 15px;
  }
  .reason {
    margin: ${spacing.xs} 0 0;
    font-size: 16px;
  }
  details {
    margin-top: ${spacing.xs};
    font-size: 15px;
  }
  details ol {
    margin: 4px 0 0;
    padding-left: 20px;
  }
`;

export function readHypothesis(current: unknown) {
  const parsed = hypothesisSchema.safeParse(current);
  return parsed.success ? parsed.data : null;
}

/** Hypotheses about what lies beneath: each from someone, held open, then supported or set aside. */
export function Hypotheses() {
  const { t } = useI18n();
  const h = t.teams.hypotheses;
  const { entry, members, canRecord, meId } = useRecord();
  const refresh = useRefresh();
  const [authorId, setAuthorId] = useState(
    members.some((m) => m.user.id === meId) ? meId : (members[0]?.user.id ?? ''),
  );
  const formedHere = new Set(entry.discussion.hypothesesFormed);
  // This discussion's own first, then the family's earlier ones still open, then the rest.
  const order = (x: Hypothesis) =>
    formedHere.has(x.id) ? 0 : x.status === 'open' ? 1 : x.status === 'supported' ? 2 : 3;
  const hypotheses = [...entry.hypotheses].sort(
    (a, b) => order(a) - order(b) || (a.formedIn.date < b.formedIn.date ? 1 : -1),
  );
  return (
    <Section title={h.heading} intro={h.intro} qa="record-hypotheses">
      {hypotheses.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{h.none}</p>
      ) : (
        <List>
          {hypotheses.map((hypothesis) => (
            <HypothesisItem key={hypothesis.id} hypothesis={hypothesis} />
          ))}
        </List>
      )}
      {canRecord ? (
        <AddTextForm
          qa="hypothesis-add"
          label={h.text}
          hint={h.textHint}
          submitText={h.add}
          required={h.required}
          addedText={h.added}
          extra={
            <Select
              label={h.author}
              value={authorId}
              onChange={(e) => setAuthorId(e.target.value)}
              qa="hypothesis-add-author"
            >
              {members.map((m) => (
                <option key={m.user.id} value={m.user.id}>
                  {m.user.name} – {roleName(m.teamRole, t)}
                </option>
              ))}
            </Select>
          }
          onSubmit={async (text) => {
            await recordApi.addHypothesis(entry.id, { text, ...(authorId ? { authorId } : {}) });
            await refresh();
          }}
        />
      ) : null}
    </Section>
  );
}

function HypothesisItem({ hypothesis }: { hypothesis: Hypothesis }) {
  const { t } = useI18n();
  const h = t.teams.hypotheses;
  const { canRecord } = useRecord();
  const refresh = useRefresh();
  const [changing, setChanging] = useState(false);
  return (
    <li
      data-qa="hypothesis"
      data-status={hypothesis.status}
      data-id={hypothesis.id}
      style={{ ['--tone' as string]: statusTone[hypothesis.status].fg }}
    >
      <EditableText
        label={h.text}
        labelHidden
        value={hypothesis.text}
        version={hypothesis.version}
        canEdit={canRecord}
        qa="hypothesis-text"
        emptyText=""
        save={(text, version) => recordApi.updateHypothesis(hypothesis.id, { version: version ?? 1, text })}
        readCurrent={(current) => {
          const x = readHypothesis(current);
          return x ? { text: x.text, version: x.version } : null;
        }}
        onDone={() => void refresh()}
        renderValue={(text) => (
          <p style={{ margin: 0, fontSize: '1.1em', fontWeight: 600, whiteSpace: 'pre-wrap' }}>{text}</p>
        )}
      />
      <div className="meta">
        <StatusChip $status={hypothesis.status} data-qa="hypothesis-status">
          {capitalise(h.statuses[hypothesis.status])}
        </StatusChip>
        <span>{hypothesis.author.name}</span>
        <span>{h.formedOn(formatLocalDate(hypothesis.formedIn.date))}</span>
        {canRecord && !changing ? (
          <Button
            variant="secondaryNoBorder"
            onClick={() => setChanging(true)}
            data-qa="hypothesis-change-status"
            style={{ minHeight: 32, padding: '2px 8px' }}
          >
            {h.changeStatus}
          </Button>
        ) : null}
      </div>
      {hypothesis.status !== 'open' && hypothesis.statusReason ? (
        <p className="reason" data-qa="hypothesis-reason">
          {hypothesis.statusReason}
        </p>
      ) : null}
      {changing ? <StatusForm hypothesis={hypothesis} onClose={() => setChanging(false)} /> : null}
      {hypothesis.history.length > 1 ? <History hypothesis={hypothesis} t={t} /> : null}
    </li>
  );
}

function History({ hypothesis, t }: { hypothesis: Hypothesis; t: Translations }) {
  const h = t.teams.hypotheses;
  return (
    <details>
      <summary>{h.history}</summary>
      <ol>
        {hypothesis.history.map((step) => (
          <li key={`${step.at}-${step.status}`}>
            {h.historyItem(
              h.statuses[step.status],
              step.date ? formatLocalDate(step.date) : '',
              step.by.name,
            )}
            {step.reason ? ` – ${step.reason}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Changing a hypothesis' status in this discussion; a reason is needed to set it aside. */
function StatusForm({ hypothesis, onClose }: { hypothesis: Hypothesis; onClose: () => void }) {
  const { t, lang } = useI18n();
  const h = t.teams.hypotheses;
  const { entry } = useRecord();
  const refresh = useRefresh();
  const [status, setStatus] = useState<Status>(
    hypothesis.status === 'open' ? 'supported' : hypothesis.status,
  );
  const [reason, setReason] = useState('');
  const [base, setBase] = useState(hypothesis.version);
  const [missing, setMissing] = useState(false);
  const [conflict, setConflict] = useState<Hypothesis | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const name = useId();

  const send = async (version: number) => {
    setPending(true);
    setError(null);
    try {
      await recordApi.updateHypothesis(hypothesis.id, {
        version,
        status,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        agendaItemId: entry.id,
      });
      await refresh();
      onClose();
    } catch (e) {
      const current = readHypothesis(conflictCurrent(e));
      if (current) {
        // Only its wording changed meanwhile: the status goes on top of it.
        if (current.status === hypothesis.status && current.statusReason === hypothesis.statusReason) {
          setBase(current.version);
          return send(current.version);
        }
        setConflict(current);
      } else setError(e);
    } finally {
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status === 'set_aside' && !reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void send(base);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      data-qa="hypothesis-status-form"
      style={{ display: 'flex', flexDirection: 'column', gap: spacing.s, marginTop: spacing.s }}
    >
      <RadioButtonGroup
        labelText={h.statusLabel}
        name={name}
        value={status}
        onChange={(value) => setStatus(value as Status)}
      >
        {(['open', 'supported', 'set_aside'] as const).map((s) => (
          <RadioButton key={s} value={s} data-qa={`hypothesis-status-${s}`}>
            {capitalise(h.statuses[s])}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Textarea
        labelText={h.reason}
        hintText={h.reasonHint}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        fullWidth
        rows={2}
        resize="vertical"
        optionalText={status === 'set_aside' ? undefined : t.common.optional}
        data-qa="hypothesis-status-reason"
        {...(missing ? { status: 'error' as const, statusText: h.reasonRequired } : {})}
      />
      {conflict ? (
        <ConflictChoice
          qa="hypothesis-status"
          mine={`${capitalise(h.statuses[status])}${reason.trim() ? ` – ${reason.trim()}` : ''}`}
          theirs={{
            text: `${capitalise(h.statuses[conflict.status])}${conflict.statusReason ? ` – ${conflict.statusReason}` : ''}`,
            by: conflict.history[conflict.history.length - 1]?.by.name ?? null,
            at: conflict.history[conflict.history.length - 1]?.at ?? null,
          }}
          pending={pending}
          onKeepMine={() => {
            setBase(conflict.version);
            setConflict(null);
            void send(conflict.version);
          }}
          onTakeTheirs={() => {
            setConflict(null);
            void refresh();
            onClose();
          }}
        />
      ) : null}
      {error ? (
        <InlineAlert status="error">
          {isApiError(error) && error.status === 404 ? t.teams.conflict.removed : errorText(error, lang, t)}
        </InlineAlert>
      ) : null}
      {conflict ? null : (
        <ButtonRow>
          <SubmitButton pending={pending} qa="hypothesis-status-save">
            {h.saveStatus}
          </SubmitButton>
          <Button variant="secondaryNoBorder" onClick={onClose}>
            {t.common.cancel}
          </Button>
        </ButtonRow>
      )}
    </form>
  );
}
