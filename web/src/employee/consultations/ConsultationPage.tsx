import type { Consultation } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button, InlineAlert, Textarea } from 'suomifi-ui-components';
import { ErrorNotice, errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, FormStack } from '../../lib/components/Forms';
import { Card, type Fact, FactList, H2, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { formatDate, formatLocalDate } from '../../lib/dates';
import { staffTitle, useI18n } from '../../lib/i18n';
import { BackNav } from '../children/ChildPage';
import { consultationsApi } from './api';
import { consultationQuery } from './queries';

/** One request as the expert reads it (never the child), taken from the pool and answered. */
export function ConsultationPage() {
  const { consultationId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const k = t.consultations.request;
  const query = useQuery(consultationQuery(consultationId));
  return (
    <div data-qa="consultation-page">
      <BackNav>
        <Link to="/consultations">{k.back}</Link>
      </BackNav>
      <PageHeading focusKey={query.data ? 'found' : ''}>{k.title}</PageHeading>
      {query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <Request consultation={query.data} /> : null}
    </div>
  );
}

function Request({ consultation: c }: { consultation: Consultation }) {
  const { t, lang } = useI18n();
  const k = t.consultations;
  const queryClient = useQueryClient();
  const store = (saved: Consultation) => {
    queryClient.setQueryData(consultationQuery(c.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: ['consultations', 'inbox'] });
  };
  const take = useMutation({ mutationFn: () => consultationsApi.take(c.id, c.version), onSuccess: store });
  const facts: Fact[] = [
    { label: k.inbox.expertise, value: k.expertises[c.expertise] },
    { label: k.inbox.askedBy, value: `${c.askedBy.name}, ${staffTitle(c.askedBy, t)}` },
    { label: k.inbox.sent, value: formatDate(c.sentAt) },
    {
      label: k.inbox.due,
      value: (
        <>
          {formatLocalDate(c.dueOn)}{' '}
          {c.overdue && c.status === 'open' ? <Tag $tone="warning">{k.overdue}</Tag> : null}
        </>
      ),
    },
    {
      label: k.request.childAge,
      value: c.childAgeYears === null ? t.common.empty : t.common.ageYears(c.childAgeYears),
    },
  ];
  return (
    <>
      <InlineAlert status="neutral" mb="m" data-qa="consultation-anonymity">
        {c.identifying ? k.request.identifying : k.request.anonymised}
      </InlineAlert>
      <Card aria-labelledby="request-question">
        <H2 id="request-question">{k.child.question}</H2>
        <p style={{ whiteSpace: 'pre-wrap' }} data-qa="request-question">
          {c.question}
        </p>
        {c.background ? (
          <>
            <H2 as="h3">{k.child.background}</H2>
            <p style={{ whiteSpace: 'pre-wrap' }} data-qa="request-background">
              {c.background}
            </p>
          </>
        ) : null}
        <FactList facts={facts} />
      </Card>
      <Card aria-labelledby="request-answer">
        <H2 id="request-answer">{k.request.answer}</H2>
        {c.status === 'answered' ? (
          <>
            <p style={{ whiteSpace: 'pre-wrap' }} data-qa="request-answer-text">
              {c.answer}
            </p>
            {c.answeredAt ? <Muted>{formatDate(c.answeredAt)}</Muted> : null}
          </>
        ) : c.can.includes('consultation:answer') ? (
          <>
            {c.can.includes('consultation:take') ? (
              <>
                <Muted>{k.request.poolHint}</Muted>
                {take.error ? (
                  <InlineAlert status="error">{errorText(take.error, lang, t)}</InlineAlert>
                ) : null}
                <Button
                  variant="secondary"
                  onClick={() => take.mutate()}
                  disabled={take.isPending}
                  mb="m"
                  data-qa="consultation-take"
                >
                  {k.request.take}
                </Button>
              </>
            ) : null}
            <AnswerForm consultation={c} onSaved={store} />
          </>
        ) : null}
      </Card>
    </>
  );
}

function AnswerForm({
  consultation: c,
  onSaved,
}: {
  consultation: Consultation;
  onSaved: (c: Consultation) => void;
}) {
  const { t, lang } = useI18n();
  const k = t.consultations.request;
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useMutation({
    mutationFn: () => consultationsApi.answer(c.id, c.version, answer.trim()),
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!answer.trim());
    if (answer.trim()) send.mutate();
  };
  return (
    <FormStack onSubmit={submit} noValidate aria-label={k.answer} data-qa="answer-form">
      {c.takenAt && c.expert ? <Muted>{k.taken}</Muted> : null}
      <Textarea
        labelText={k.answer}
        hintText={k.answerHint}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        status={missing ? 'error' : 'default'}
        statusText={missing ? k.answerMissing : undefined}
        fullWidth
        resize="vertical"
        rows={8}
        maxLength={20_000}
        data-qa="answer-text"
      />
      {send.error ? (
        <InlineAlert status="error" data-qa="answer-error">
          {errorText(send.error, lang, t)}
        </InlineAlert>
      ) : null}
      <ButtonRow>
        <SubmitButton pending={send.isPending} qa="answer-submit">
          {k.send}
        </SubmitButton>
      </ButtonRow>
    </FormStack>
  );
}
