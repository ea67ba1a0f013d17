import { useEffect, useState } from 'react';
import { DateInput } from 'suomifi-ui-components';
import { type Language, useI18n } from '../i18n';

/**
 * A calendar date typed as d.M.yyyy, or picked from the design system's calendar in the user's
 * language. The value stays the text the user typed; the form parses it when it is sent.
 */
export function DateField({
  id,
  labelText,
  value,
  onChange,
  qa,
  status = 'default',
  statusText,
  hintText,
  optionalText,
  maxDate,
}: {
  id?: string;
  labelText: string;
  value: string;
  onChange: (value: string) => void;
  qa: string;
  status?: 'default' | 'error';
  statusText?: string | undefined;
  hintText?: string;
  optionalText?: string;
  maxDate?: Date;
}) {
  const { t, lang } = useI18n();
  // DateInput names its calendar button for a date given on its first render with its built-in Finnish
  // texts and does not rename it when the language changes; it is mounted anew for each language and
  // given the date a render later, when its texts are in that language.
  const [shownIn, setShownIn] = useState<Language | null>(null);
  useEffect(() => setShownIn(lang), [lang]);
  return (
    <div style={{ maxWidth: 320 }}>
      <DateInput
        {...(id ? { id } : {})}
        labelText={labelText}
        hintText={hintText ?? t.common.dateFormatHint}
        key={lang}
        value={shownIn === lang ? value : ''}
        onChange={({ value: next }) => onChange(next)}
        datePickerEnabled
        language={lang}
        datePickerTexts={t.common.datePicker}
        status={status}
        {...(statusText ? { statusText } : {})}
        {...(optionalText ? { optionalText } : {})}
        {...(maxDate ? { maxDate } : {})}
        fullWidth
        data-qa={qa}
      />
    </div>
  );
}
