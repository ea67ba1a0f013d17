import { useEffect, useRef } from 'react';
import styled from 'styled-components';
import { ErrorSummary } from 'suomifi-ui-components';
import { useI18n } from '../i18n';
import { colors, spacing } from './theme';

/** A form's fields one under another, each as wide as it needs up to a readable measure. */
export const FormStack = styled.form`
  display: flex;
  flex-direction: column;
  align-items: stretch;
  gap: ${spacing.m};
  max-width: 760px;
  > * {
    min-width: 0;
  }
`;

/** Short fields side by side on a wide screen (date and time, first and last name). */
export const FieldRow = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr));
  gap: ${spacing.s} ${spacing.m};
  align-items: start;
`;

/** A group of related fields with a visible legend (not a radio group: those are the library's). */
export const Fieldset = styled.fieldset`
  border: 0;
  border-top: 1px solid ${colors.depthLight2};
  margin: 0;
  padding: ${spacing.s} 0 0;
  min-width: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  legend {
    font-size: 20px;
    font-weight: 600;
    padding: 0;
    margin-bottom: ${spacing.xs};
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
`;

export const ButtonRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs} ${spacing.s};
  align-items: center;
`;

/** A repeatable item of an editable list (a service, a goal, a participant). */
export const ListItem = styled.fieldset`
  border: 1px solid ${colors.depthLight1};
  border-radius: 2px;
  margin: 0;
  padding: ${spacing.s};
  min-width: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  legend {
    font-weight: 600;
    padding: 0 6px;
  }
`;

export interface FormError {
  /** The id of the field the error is about: the summary links to it. */
  id: string;
  text: string;
}

/**
 * The errors of a submitted form above it, each a link to its field (Suomi.fi error summary). Its
 * heading takes the focus every time the user submits with errors, so a screen reader reads them.
 */
export function FormErrors({ errors, attempt, qa }: { errors: FormError[]; attempt: number; qa?: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const count = errors.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus on each submit, not on each keystroke
  useEffect(() => {
    if (attempt > 0 && count > 0) heading.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div data-qa={qa ?? 'form-errors'}>
      <ErrorSummary
        headingText={t.common.errorSummary(errors.length)}
        headingVariant="h2"
        headingRef={heading}
        items={errors.map((error) => ({ text: error.text, inputId: error.id }))}
        mb="m"
      />
    </div>
  );
}

/** Text shown under a field group, e.g. the legal basis of a question. */
export const Hint = styled.p`
  margin: 0;
  color: ${colors.depthDark1};
  font-size: 16px;
  max-width: 75ch;
`;
