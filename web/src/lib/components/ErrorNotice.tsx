import { Button, InlineAlert } from 'suomifi-ui-components';
import { ApiError, NetworkError } from '../api/client';
import { type Translations, useI18n } from '../i18n';
import type { Language } from '../i18n/types';

/** The sentence to show a person for an error: the API's own message in her language if it has one. */
export function errorText(error: unknown, lang: Language, t: Translations): string {
  if (error instanceof ApiError) return error.messageIn(lang) ?? t.common.unexpectedError;
  if (error instanceof NetworkError) return t.common.networkError;
  return t.common.unexpectedError;
}

export function ErrorNotice({ error, onRetry, qa }: { error: unknown; onRetry?: () => void; qa?: string }) {
  const { t, lang } = useI18n();
  const requestId = error instanceof ApiError ? error.detail?.requestId : undefined;
  return (
    <InlineAlert status="error" data-qa={qa ?? 'error'} mb="m">
      <p style={{ margin: 0 }}>{errorText(error, lang, t)}</p>
      {requestId && error instanceof ApiError && error.status >= 500 ? (
        <p style={{ margin: '4px 0 0', fontSize: 14 }}>{t.common.errorReference(requestId)}</p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" mt="xs" onClick={onRetry}>
          {t.common.retry}
        </Button>
      ) : null}
    </InlineAlert>
  );
}
