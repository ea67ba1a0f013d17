import {
  type FormEvent,
  type ReactNode,
  type SelectHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow } from '../../lib/components/Forms';
import { colors, spacing } from '../../lib/components/theme';
import { formatTime } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';

/** A labelled native select, styled like the design system's inputs: quick with the keyboard. */
const SelectBox = styled.div`
  display: flex;
  flex-direction: column;
  gap: 6px;
  min-width: 0;
  label {
    font-weight: 600;
    font-size: 16px;
  }
  .hint {
    color: ${colors.depthDark1};
    font-size: 14px;
  }
  select {
    font: inherit;
    font-size: 16px;
    min-height: 40px;
    padding: 6px 36px 6px 10px;
    border: 1px solid ${colors.depthDark3};
    border-radius: 2px;
    background: ${colors.whiteBase}
      url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='8'%3E%3Cpath d='M1 1l5 5 5-5' stroke='%23222' stroke-width='2' fill='none'/%3E%3C/svg%3E")
      no-repeat right 12px center;
    appearance: none;
    color: ${colors.blackBase};
    width: 100%;
    max-width: 100%;
  }
  select:focus-visible {
    outline: 3px solid transparent;
    box-shadow: 0 0 0 2px ${colors.whiteBase}, 0 0 0 4px ${colors.accentSecondary};
  }
  select[aria-invalid='true'] {
    border-color: ${colors.alertBase};
  }
  .error {
    color: ${colors.alertBase};
    font-weight: 600;
    font-size: 14px;
  }
`;

export function Select({
  label,
  hint,
  error,
  qa,
  children,
  ...rest
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  qa: string;
  children: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'>) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <SelectBox>
      <label htmlFor={rest.id ?? id}>{label}</label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      <select
        id={id}
        data-qa={qa}
        aria-invalid={error ? true : undefined}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        {...rest}
      >
        {children}
      </select>
      {error ? (
        <span className="error" id={errorId}>
          {error}
        </span>
      ) : null}
    </SelectBox>
  );
}

/** A section of a page with its own heading, labelled by it. */
const SectionBox = styled.section`
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  padding: ${spacing.m};
  margin-bottom: ${spacing.m};
  min-width: 0;
  @media (max-width: 700px) {
    padding: ${spacing.s};
  }
  > h2,
  > h3,
  > header h2,
  > header h3 {
    margin: 0 0 ${spacing.xs};
    font-size: 20px;
    line-height: 1.3;
    font-weight: 600;
  }
  > header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: ${spacing.xs} ${spacing.m};
    margin-bottom: ${spacing.xs};
  }
  > header h2,
  > header h3 {
    margin: 0;
  }
  .intro {
    color: ${colors.depthDark1};
    margin: 0 0 ${spacing.s};
    max-width: 75ch;
  }
`;

export function Section({
  title,
  level = 2,
  intro,
  actions,
  qa,
  children,
  className,
}: {
  title: ReactNode;
  level?: 2 | 3;
  intro?: ReactNode;
  actions?: ReactNode;
  qa?: string;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <SectionBox aria-labelledby={id} data-qa={qa} className={className}>
      {actions ? (
        <header>
          <Heading id={id}>{title}</Heading>
          <div>{actions}</div>
        </header>
      ) : (
        <Heading id={id}>{title}</Heading>
      )}
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </SectionBox>
  );
}

/** A polite message after an action ("Hypoteesi lisätty."). */
export function Status({ children, qa }: { children: ReactNode; qa?: string }) {
  return (
    <p role="status" data-qa={qa} style={{ margin: 0, color: colors.blackBase, fontWeight: 600 }}>
      {children}
    </p>
  );
}

export const Quote = styled.blockquote`
  margin: 0;
  padding: 6px 0 6px 14px;
  border-left: 4px solid ${colors.accentTertiary};
  font-size: 1.05em;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

export const Text = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  max-width: 80ch;
`;

/** A saved version of a text someone else wrote meanwhile: what the 409 answer carried. */
export interface CurrentText {
  text: string;
  version: number;
  by?: string | null | undefined;
  at?: string | null | undefined;
}

const Compare = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr));
  gap: ${spacing.s};
  margin: ${spacing.xs} 0 ${spacing.s};
  > div {
    background: ${colors.whiteBase};
    border: 1px solid ${colors.depthLight1};
    border-radius: 2px;
    padding: ${spacing.xs} ${spacing.s};
    min-width: 0;
  }
  .label {
    margin: 0 0 4px;
    font-weight: 600;
    font-size: 15px;
    color: ${colors.depthDark1};
  }
`;

/**
 * "Someone changed this at the same time": both versions side by side, the user keeps hers (saved on
 * top of theirs) or takes theirs. Nothing she typed is lost until she chooses.
 */
export function ConflictChoice({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
  pending,
  qa,
}: {
  mine: ReactNode;
  theirs: CurrentText | { text: ReactNode; by?: string | null; at?: string | null };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  pending?: boolean;
  qa: string;
}) {
  const { t } = useI18n();
  const c = t.teams.conflict;
  const by = theirs.by && theirs.at ? c.theirsBy(theirs.by, formatTime(theirs.at)) : c.theirs;
  return (
    <InlineAlert status="warning" labelText={c.title} data-qa={`${qa}-conflict`}>
      <p style={{ margin: 0 }}>{c.intro}</p>
      <Compare>
        <div data-qa={`${qa}-conflict-mine`}>
          <p className="label">{c.yours}</p>
          <Text>{mine || c.empty}</Text>
        </div>
        <div data-qa={`${qa}-conflict-theirs`}>
          <p className="label">{by}</p>
          <Text>{theirs.text || c.empty}</Text>
        </div>
      </Compare>
      <ButtonRow>
        <Button onClick={onKeepMine} disabled={pending} data-qa={`${qa}-keep-mine`}>
          {c.keepMine}
        </Button>
        <Button variant="secondary" onClick={onTakeTheirs} disabled={pending} data-qa={`${qa}-take-theirs`}>
          {c.takeTheirs}
        </Button>
      </ButtonRow>
    </InlineAlert>
  );
}

/** The `current` of a 409 answer, if the error is one. */
export function conflictCurrent(error: unknown): unknown {
  if (!isApiError(error, 'conflict')) return undefined;
  return error.detail?.details?.current;
}

const Display = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  justify-content: space-between;
  gap: ${spacing.xs} ${spacing.s};
  > :first-child {
    flex: 1 1 20rem;
    min-width: 0;
  }
  .empty {
    color: ${colors.depthDark1};
    font-style: italic;
  }
`;

/**
 * A text of a shared record that one member edits while others may too (the dilemma, the visible
 * concern, a hypothesis, the summary). The edit starts from the version she sees. When someone else
 * saved first: if they changed something else of the same record, hers is simply saved on top; if they
 * changed this very text, both versions are shown and she keeps hers or takes theirs.
 */
export function EditableText({
  label,
  value,
  version,
  canEdit,
  qa,
  emptyText,
  hint,
  rows = 3,
  save,
  readCurrent,
  onDone,
  renderValue,
  editLabel,
  labelHidden = false,
}: {
  label: string;
  value: string;
  version: number | null;
  canEdit: boolean;
  qa: string;
  emptyText: string;
  hint?: string;
  rows?: number;
  save: (text: string, version: number | null) => Promise<unknown>;
  readCurrent: (current: unknown) => CurrentText | null;
  /** After a save or taking the other version: reload what is shown. */
  onDone: () => void;
  renderValue?: (text: string) => ReactNode;
  editLabel?: string;
  labelHidden?: boolean;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState<{ text: string; version: number | null }>({ text: value, version });
  const [conflict, setConflict] = useState<CurrentText | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!editing && returnFocus) {
      editButton.current?.focus();
      setReturnFocus(false);
    }
  }, [editing, returnFocus]);

  const start = () => {
    setDraft(value);
    setBase({ text: value, version });
    setConflict(null);
    setError(null);
    setSaved(false);
    setEditing(true);
  };

  const attempt = async (
    text: string,
    onVersion: number | null,
    baseText: string,
    tries = 0,
  ): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      await save(text.trim(), onVersion);
      setConflict(null);
      setEditing(false);
      setSaved(true);
      setReturnFocus(true);
      onDone();
    } catch (e) {
      const current = readCurrent(conflictCurrent(e));
      if (current && tries < 3) {
        if (current.text.trim() === baseText.trim() || current.text.trim() === text.trim()) {
          // They changed another part of the record (or wrote the same): hers goes on top of theirs.
          if (current.text.trim() === text.trim()) {
            setEditing(false);
            setSaved(true);
            onDone();
            return;
          }
          return attempt(text, current.version, baseText, tries + 1);
        }
        setConflict(current);
      } else if (isApiError(e) && e.status === 404) {
        setError(t.teams.conflict.removed);
      } else setError(e);
    } finally {
      setPending(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (conflict) return;
    void attempt(draft, base.version, base.text);
  };

  if (!editing)
    return (
      <Display data-qa={qa}>
        <div>
          {value.trim() ? (
            renderValue ? (
              renderValue(value)
            ) : (
              <Text data-qa={`${qa}-text`}>{value}</Text>
            )
          ) : (
            <p className="empty" data-qa={`${qa}-text`} style={{ margin: 0 }}>
              {emptyText}
            </p>
          )}
          {saved ? (
            <span className="visually-hidden" role="status">
              {t.teams.record.saved}
            </span>
          ) : null}
        </div>
        {canEdit ? (
          <Button
            variant="secondaryNoBorder"
            ref={editButton}
            onClick={start}
            aria-label={editLabel ?? t.teams.record.editField(label)}
            data-qa={`${qa}-edit`}
            style={{ minHeight: 36, padding: '4px 10px' }}
          >
            {t.teams.record.edit}
          </Button>
        ) : null}
      </Display>
    );

  return (
    <form
      onSubmit={submit}
      noValidate
      data-qa={`${qa}-form`}
      style={{ display: 'flex', flexDirection: 'column', gap: spacing.s }}
    >
      <Textarea
        labelText={label}
        labelMode={labelHidden ? 'hidden' : 'visible'}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        fullWidth
        resize="vertical"
        rows={rows}
        maxLength={4000}
        ref={input}
        {...(hint ? { hintText: hint } : {})}
        data-qa={`${qa}-input`}
      />
      {conflict ? (
        <ConflictChoice
          qa={qa}
          mine={draft}
          theirs={conflict}
          pending={pending}
          onKeepMine={() => {
            const theirs = conflict;
            setConflict(null);
            setBase({ text: theirs.text, version: theirs.version });
            void attempt(draft, theirs.version, theirs.text);
          }}
          onTakeTheirs={() => {
            setDraft(conflict.text);
            setConflict(null);
            setEditing(false);
            setReturnFocus(true);
            onDone();
          }}
        />
      ) : null}
      {error ? (
        <InlineAlert status="error" data-qa={`${qa}-error`}>
          {typeof error === 'string' ? error : errorText(error, lang, t)}
        </InlineAlert>
      ) : null}
      {conflict ? null : (
        <ButtonRow>
          {pending ? (
            <Button type="submit" disabled loading ariaLoadingText={t.common.loading} data-qa={`${qa}-save`}>
              {t.teams.record.save}
            </Button>
          ) : (
            <Button type="submit" data-qa={`${qa}-save`}>
              {t.teams.record.save}
            </Button>
          )}
          <Button
            variant="secondaryNoBorder"
            onClick={() => {
              setEditing(false);
              setReturnFocus(true);
            }}
            data-qa={`${qa}-cancel`}
          >
            {t.teams.record.cancel}
          </Button>
        </ButtonRow>
      )}
    </form>
  );
}
