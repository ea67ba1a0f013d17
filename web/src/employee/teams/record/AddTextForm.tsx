import { type FormEvent, type ReactNode, useId, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, Textarea } from 'suomifi-ui-components';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow } from '../../../lib/components/Forms';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { Status } from '../ui';

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  margin-top: ${spacing.s};
  padding: ${spacing.s};
  background: ${colors.depthLight3};
  border: 1px solid ${colors.depthLight2};
  border-radius: 4px;
`;

/**
 * Adding one item to a shared record (a hypothesis, a perspective, the family's words, a decision).
 * Adding never conflicts with what others add at the same time: each is its own row.
 */
export function AddTextForm({
  label,
  hint,
  submitText,
  required,
  addedText,
  qa,
  extra,
  validateExtra,
  onSubmit,
  rows = 2,
  openText,
}: {
  label: string;
  hint?: string;
  submitText: string;
  required: string;
  addedText: string;
  qa: string;
  extra?: ReactNode;
  /** The extra fields' error, or null when they are fine. */
  validateExtra?: () => string | null;
  onSubmit: (text: string) => Promise<unknown>;
  rows?: number;
  /** When given, the form is behind a button with this text. */
  openText?: string;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(!openText);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const extraError = validateExtra?.() ?? null;
    if (!text.trim()) {
      setError(required);
      return;
    }
    if (extraError) {
      setError(extraError);
      return;
    }
    setError(null);
    setPending(true);
    setFailure(null);
    try {
      await onSubmit(text.trim());
      setText('');
      setStatus(addedText);
      if (openText) setOpen(false);
    } catch (e) {
      setFailure(e);
    } finally {
      setPending(false);
    }
  };

  if (!open)
    return (
      <div style={{ marginTop: spacing.s }}>
        <Status qa={`${qa}-status`}>{status}</Status>
        <Button variant="secondary" onClick={() => setOpen(true)} data-qa={`${qa}-open`}>
          {openText}
        </Button>
      </div>
    );

  return (
    <Form onSubmit={submit} noValidate data-qa={qa} aria-label={submitText}>
      {extra}
      <Textarea
        id={id}
        labelText={label}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (error) setError(null);
        }}
        fullWidth
        resize="vertical"
        rows={rows}
        maxLength={4000}
        {...(hint ? { hintText: hint } : {})}
        {...(error ? { status: 'error' as const, statusText: error } : {})}
        data-qa={`${qa}-text`}
      />
      {failure ? <InlineAlert status="error">{errorText(failure, lang, t)}</InlineAlert> : null}
      <ButtonRow>
        <SubmitButton pending={pending} qa={`${qa}-submit`}>
          {submitText}
        </SubmitButton>
        {openText ? (
          <Button variant="secondaryNoBorder" onClick={() => setOpen(false)}>
            {t.common.cancel}
          </Button>
        ) : null}
        <Status qa={`${qa}-status`}>{status}</Status>
      </ButtonRow>
    </Form>
  );
}
