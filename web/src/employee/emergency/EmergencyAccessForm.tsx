import { EMERGENCY_REASON_MIN_LENGTH } from '@lumo/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import styled from 'styled-components';
import { InlineAlert, Textarea } from 'suomifi-ui-components';
import { childrenApi } from '../../lib/api/endpoints';
import { errorText } from '../../lib/components/ErrorNotice';
import { Card, H2 } from '../../lib/components/Layout';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { useI18n } from '../../lib/i18n';

const MAX_LENGTH = 2000;

const Rules = styled.ul`
  margin: ${spacing.xs} 0 ${spacing.m};
  padding-left: 20px;
  li {
    margin-bottom: 4px;
  }
`;

const Counter = styled.p<{ $short: boolean }>`
  margin: 4px 0 0;
  font-size: 15px;
  color: ${({ $short }) => ($short ? colors.blackBase : colors.depthDark1)};
`;

const Form = styled.form`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${spacing.s};
  max-width: 720px;
`;

/** Break-the-glass: a written reason, two hours, logged and shown to the child's worker and team lead. */
export function EmergencyAccessForm({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const headingId = useId();
  const counterId = useId();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const length = reason.trim().length;

  const take = useMutation({
    mutationFn: (text: string) => childrenApi.takeEmergencyAccess(childId, text),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['child', childId] }),
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
      ]);
    },
    onError: async (error) => {
      // Access already held: the child page will open.
      if (error instanceof Error && 'code' in error && error.code === 'emergency_access_not_needed')
        await queryClient.invalidateQueries({ queryKey: ['child', childId] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (length < EMERGENCY_REASON_MIN_LENGTH) {
      setTooShort(true);
      field.current?.focus();
      return;
    }
    setTooShort(false);
    take.mutate(reason.trim());
  };

  return (
    <Card aria-labelledby={headingId} data-qa="emergency-access">
      <H2 id={headingId}>{t.emergency.formHeading}</H2>
      <p style={{ margin: 0, maxWidth: '75ch' }}>{t.emergency.formIntro}</p>
      <Rules>
        <li>
          <strong>{t.emergency.rules.duration}</strong>
        </li>
        <li>{t.emergency.rules.logged}</li>
        <li>{t.emergency.rules.shown}</li>
      </Rules>
      <Form onSubmit={submit} noValidate>
        <div style={{ width: '100%' }}>
          <Textarea
            ref={field}
            labelText={t.emergency.reason}
            hintText={t.emergency.reasonHint}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (tooShort && event.target.value.trim().length >= EMERGENCY_REASON_MIN_LENGTH)
                setTooShort(false);
            }}
            status={tooShort ? 'error' : 'default'}
            statusText={tooShort ? t.emergency.tooShort(EMERGENCY_REASON_MIN_LENGTH) : undefined}
            aria-describedby={counterId}
            maxLength={MAX_LENGTH}
            fullWidth
            resize="vertical"
            rows={4}
            data-qa="emergency-reason"
          />
          <Counter
            id={counterId}
            $short={length < EMERGENCY_REASON_MIN_LENGTH}
            data-qa="emergency-reason-counter"
          >
            {t.emergency.counter(length, EMERGENCY_REASON_MIN_LENGTH)}
          </Counter>
        </div>
        {take.error ? (
          <InlineAlert status="error" data-qa="emergency-error">
            {errorText(take.error, lang, t)}
          </InlineAlert>
        ) : null}
        <SubmitButton pending={take.isPending} qa="emergency-submit">
          {t.emergency.submit}
        </SubmitButton>
      </Form>
    </Card>
  );
}
