import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { isApiError } from '../api/client';
import type { VersionedDraft } from '../forms/versioned';
import { useI18n } from '../i18n';
import { errorText } from './ErrorNotice';
import { ButtonRow, FormStack } from './Forms';
import { SubmitButton } from './SubmitButton';

/**
 * A form over part of a document people edit together. It sends only what the user changed, with the
 * version her edit is based on. When someone else saved first (409), she loads the latest version: the
 * fields she left alone take it, what she typed stays, with the saved value shown beside it.
 */
export function VersionedForm<S extends { version: number }, V extends Record<string, unknown>>({
  draft,
  save,
  reload,
  valuesOf,
  onSaved,
  label,
  qa,
  submitText,
  validate,
  children,
}: {
  draft: VersionedDraft<V>;
  save: (patch: Partial<V> & { version: number }) => Promise<S>;
  reload: () => Promise<S>;
  valuesOf: (source: S) => V;
  onSaved: (saved: S) => void;
  label: string;
  qa: string;
  submitText?: string;
  /** Checks before sending; true when the form may be sent. */
  validate?: () => boolean;
  children: ReactNode;
}) {
  const { t, lang } = useI18n();
  const [notice, setNotice] = useState<'saved' | 'nothing' | 'reloaded' | null>(null);
  const mutation = useMutation({
    mutationFn: () => save({ ...draft.patch(), version: draft.baseVersion }),
    onSuccess: (saved) => {
      onSaved(saved);
      draft.reset(valuesOf(saved), saved.version);
      setNotice('saved');
    },
  });
  const reloading = useMutation({
    mutationFn: reload,
    onSuccess: (latest) => {
      onSaved(latest);
      draft.mergeLatest(valuesOf(latest), latest.version);
      setNotice('reloaded');
      mutation.reset();
    },
  });
  const conflict = isApiError(mutation.error, 'conflict');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (validate && !validate()) return;
    if (draft.changed.length === 0) {
      setNotice('nothing');
      return;
    }
    mutation.mutate();
  };

  return (
    <FormStack onSubmit={submit} noValidate aria-label={label} data-qa={qa}>
      {conflict ? (
        <InlineAlert status="warning" data-qa={`${qa}-conflict`}>
          <p style={{ margin: 0 }}>{errorText(mutation.error, lang, t)}</p>
          <Button
            variant="secondary"
            mt="xs"
            onClick={() => reloading.mutate()}
            disabled={reloading.isPending}
            data-qa={`${qa}-reload`}
          >
            {t.common.conflictReload}
          </Button>
        </InlineAlert>
      ) : null}
      {reloading.error ? (
        <InlineAlert status="error">{errorText(reloading.error, lang, t)}</InlineAlert>
      ) : null}
      {notice === 'reloaded' ? (
        <InlineAlert status="neutral" data-qa={`${qa}-reloaded`} role="status">
          {t.common.conflictReloaded}
        </InlineAlert>
      ) : null}
      {mutation.error && !conflict ? (
        <InlineAlert status="error" data-qa={`${qa}-error`}>
          {errorText(mutation.error, lang, t)}
        </InlineAlert>
      ) : null}
      {children}
      <ButtonRow>
        <SubmitButton pending={mutation.isPending} qa={`${qa}-save`}>
          {submitText ?? t.common.save}
        </SubmitButton>
        <span role="status" data-qa={`${qa}-status`}>
          {notice === 'saved' ? t.common.saved : notice === 'nothing' ? t.common.nothingChanged : ''}
        </span>
      </ButtonRow>
    </FormStack>
  );
}
