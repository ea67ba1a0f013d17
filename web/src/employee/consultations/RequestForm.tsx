import {
  type ConsultationRequest,
  type Expert,
  type LegalBasisInput,
  statutoryProvisions,
} from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError } from '../../lib/api/client';
import { errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, type FormError, FormErrors, FormStack, Hint } from '../../lib/components/Forms';
import { H3, Muted } from '../../lib/components/Layout';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { formatLocalDate } from '../../lib/dates';
import { localName, useI18n } from '../../lib/i18n';
import { consultationsApi } from './api';
import { ExpertPool, type PoolFilter } from './ExpertPool';
import { childConsentsQuery, childConsultationsQuery } from './queries';

type Field = 'question' | 'background';
type Finding = { field: Field; kind: 'identity_code' | 'name'; start: number; end: number };

/** How long the form waits after the last keystroke before it asks the server to check the text. */
const CHECK_DELAY_MS = 600;

/**
 * A consultation request: the question and the facts she chooses, anonymised by default. While she
 * writes, the server's anonymiser marks the names of the case's people and identity codes; the same
 * check refuses the request when it is sent, and what she wrote stays in the form.
 */
export function RequestForm({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const k = t.consultations;
  const f = k.form;
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<PoolFilter>({ expertise: undefined, region: undefined });
  const [expert, setExpert] = useState<Expert | null>(null);
  const [question, setQuestion] = useState('');
  const [background, setBackground] = useState('');
  const [age, setAge] = useState('');
  const [dueDays, setDueDays] = useState('5');
  const [identifying, setIdentifying] = useState(false);
  const [basisKind, setBasisKind] = useState<'consent' | 'statutory'>('statutory');
  const [consentId, setConsentId] = useState('');
  const [provision, setProvision] = useState<(typeof statutoryProvisions)[number]>('lsl_41');
  const [provisionDetail, setProvisionDetail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);

  const consents = useQuery({ ...childConsentsQuery(childId), enabled: identifying });
  const usableConsents = (consents.data?.consents ?? []).filter(
    (c) => c.status === 'valid' && c.scopes.includes('consultation'),
  );

  const ask = useMutation({
    mutationFn: (body: ConsultationRequest) => consultationsApi.ask(childId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: childConsultationsQuery(childId).queryKey });
      setQuestion('');
      setBackground('');
      setAge('');
      setDueDays('5');
      setExpert(null);
      setIdentifying(false);
      setSent(true);
      check.reset();
    },
  });
  // Live feedback: the server knows the case's people; it is asked once she pauses typing.
  const check = useMutation({
    mutationFn: () => consultationsApi.check(childId, { question, background }),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checks when the text changes
  useEffect(() => {
    // A refusal was about the text as it was sent; from her next keystroke the live check speaks.
    if (ask.error) ask.reset();
    if (!question.trim() && !background.trim()) {
      check.reset();
      return;
    }
    const timer = setTimeout(() => check.mutate(), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [question, background]);
  const findings: Finding[] = check.data?.findings ?? [];
  const refusedIssues = ask.error instanceof ApiError ? ask.error.issuesIn(lang) : new Map<string, string>();
  const refusal = ask.error ? errorText(ask.error, lang, t) : null;

  const textOf = (field: Field) => (field === 'question' ? question : background);
  const foundIn = (field: Field) =>
    findings
      .filter((finding) => finding.field === field)
      .map((finding) => f.found[finding.kind](textOf(field).slice(finding.start, finding.end)));
  const fieldStatus = (field: Field): string | undefined => {
    const found = foundIn(field);
    const refused = refusedIssues.get(`body.${field}`);
    // The server's refusal is the sentence to read; the live findings say what exactly it found.
    if (refused) return [refusal, ...found].join(' ');
    return found.length > 0 ? found.join(', ') : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const problems: FormError[] = [];
    if (!filter.expertise) problems.push({ id: 'consultation-expertise', text: f.expertiseMissing });
    if (question.trim().length < 10) problems.push({ id: 'consultation-question', text: f.questionMissing });
    const ageYears = age.trim() === '' ? null : Number(age);
    if (ageYears !== null && !(Number.isInteger(ageYears) && ageYears >= 0 && ageYears <= 25))
      problems.push({ id: 'consultation-age', text: f.ageInvalid });
    const days = Number(dueDays);
    if (!(Number.isInteger(days) && days >= 1 && days <= 20))
      problems.push({ id: 'consultation-due', text: f.dueInvalid });
    let basis: LegalBasisInput | null = null;
    if (identifying) {
      if (!expert) problems.push({ id: 'consultation-expert', text: f.expertMissing });
      if (basisKind === 'consent') {
        if (!consentId) problems.push({ id: 'consultation-consent', text: f.basisMissing });
        else basis = { kind: 'consent', consentId };
      } else if (provision === 'other' && provisionDetail.trim().length < 3) {
        problems.push({ id: 'consultation-provision-detail', text: f.basisMissing });
      } else {
        basis = {
          kind: 'statutory',
          provision,
          ...(provisionDetail.trim() ? { provisionDetail: provisionDetail.trim() } : {}),
        };
      }
    }
    setErrors(problems);
    setAttempt((n) => n + 1);
    if (problems.length > 0 || !filter.expertise) return;
    ask.mutate({
      expertise: filter.expertise,
      region: filter.region ?? null,
      expertId: expert?.userId ?? null,
      question: question.trim(),
      background: background.trim(),
      childAgeYears: ageYears,
      dueInWorkingDays: days,
      identifyingBasis: basis,
    });
  };

  return (
    <FormStack onSubmit={submit} noValidate aria-label={f.label} data-qa="consultation-form">
      <FormErrors errors={errors} attempt={attempt} qa="consultation-errors" />
      <div id="consultation-expertise">
        <ExpertPool
          filter={filter}
          onFilter={(next) => {
            setFilter(next);
            if (expert && next.expertise && !expert.expertise.includes(next.expertise)) setExpert(null);
          }}
          chosenId={expert?.userId ?? null}
          onChoose={(chosen) => {
            setExpert(chosen);
            if (!filter.expertise || !chosen.expertise.includes(filter.expertise))
              setFilter({ ...filter, expertise: chosen.expertise[0] });
          }}
        />
      </div>
      <div id="consultation-expert" tabIndex={-1} data-qa="consultation-expert">
        <H3 as="p" style={{ margin: 0 }}>
          {f.expert}: {expert ? `${expert.name}, ${localName(expert.organisation.name, lang)}` : f.anyExpert}
        </H3>
        {expert ? (
          <Button
            variant="secondaryNoBorder"
            onClick={() => setExpert(null)}
            data-qa="consultation-expert-clear"
          >
            {f.anyExpert}
          </Button>
        ) : null}
      </div>
      <Textarea
        id="consultation-question"
        labelText={f.question}
        hintText={f.questionHint}
        value={question}
        onChange={(event) => setQuestion(event.target.value)}
        status={fieldStatus('question') && !identifying ? 'error' : 'default'}
        statusText={fieldStatus('question')}
        fullWidth
        resize="vertical"
        rows={4}
        maxLength={5000}
        data-qa="consultation-question"
      />
      <Textarea
        id="consultation-background"
        labelText={f.background}
        hintText={f.backgroundHint}
        value={background}
        onChange={(event) => setBackground(event.target.value)}
        status={fieldStatus('background') && !identifying ? 'error' : 'default'}
        statusText={fieldStatus('background')}
        fullWidth
        resize="vertical"
        rows={4}
        maxLength={10_000}
        optionalText={t.common.optional}
        data-qa="consultation-background"
      />
      <div role="status" aria-live="polite" data-qa="consultation-check">
        {findings.length > 0 ? (
          <InlineAlert status="warning">{f.foundIntro}</InlineAlert>
        ) : check.isSuccess ? (
          <Muted style={{ margin: 0 }}>{f.clean}</Muted>
        ) : null}
      </div>
      <TextInput
        id="consultation-age"
        labelText={f.childAge}
        hintText={f.childAgeHint}
        inputMode="numeric"
        value={age}
        onChange={(value) => setAge(String(value ?? ''))}
        optionalText={t.common.optional}
        data-qa="consultation-age"
      />
      <TextInput
        id="consultation-due"
        labelText={f.dueDays}
        hintText={f.dueDaysHint}
        inputMode="numeric"
        value={dueDays}
        onChange={(value) => setDueDays(String(value ?? ''))}
        data-qa="consultation-due"
      />
      <Checkbox
        checked={identifying}
        onClick={({ checkboxState }) => setIdentifying(checkboxState)}
        hintText={f.identifyingHint}
        data-qa="consultation-identifying"
      >
        {f.identifying}
      </Checkbox>
      {identifying ? (
        <>
          <RadioButtonGroup
            labelText={f.basisKind}
            name="consultation-basis"
            value={basisKind}
            onChange={(value) => setBasisKind(value as 'consent' | 'statutory')}
          >
            <RadioButton value="statutory" data-qa="consultation-basis-statutory">
              {f.basisStatutory}
            </RadioButton>
            <RadioButton value="consent" data-qa="consultation-basis-consent">
              {f.basisConsent}
            </RadioButton>
          </RadioButtonGroup>
          {basisKind === 'consent' ? (
            usableConsents.length === 0 ? (
              <Hint id="consultation-consent" tabIndex={-1}>
                {f.noConsents}
              </Hint>
            ) : (
              <Dropdown
                id="consultation-consent"
                labelText={f.consent}
                value={consentId}
                onChange={setConsentId}
                fullWidth
                data-qa="consultation-consent"
              >
                {usableConsents.map((c) => (
                  <DropdownItem key={c.id} value={c.id}>
                    {`${c.givenBy.name}, ${localName(c.organisation.name, lang)}, ${formatLocalDate(c.validUntil)}`}
                  </DropdownItem>
                ))}
              </Dropdown>
            )
          ) : (
            <>
              <Dropdown
                labelText={f.provision}
                value={provision}
                onChange={(value) => setProvision(value as (typeof statutoryProvisions)[number])}
                fullWidth
                data-qa="consultation-provision"
              >
                {statutoryProvisions.map((p) => (
                  <DropdownItem key={p} value={p}>
                    {t.partner.provisions[p]}
                  </DropdownItem>
                ))}
              </Dropdown>
              <TextInput
                id="consultation-provision-detail"
                labelText={f.provisionDetail}
                value={provisionDetail}
                onChange={(value) => setProvisionDetail(String(value ?? ''))}
                fullWidth
                {...(provision === 'other' ? {} : { optionalText: t.common.optional })}
                data-qa="consultation-provision-detail"
              />
            </>
          )}
        </>
      ) : null}
      {refusal ? (
        <InlineAlert status="error" data-qa="consultation-refused" aria-live="assertive">
          {refusal}
        </InlineAlert>
      ) : null}
      <ButtonRow>
        <SubmitButton pending={ask.isPending} qa="consultation-submit">
          {f.submit}
        </SubmitButton>
        <span role="status" data-qa="consultation-sent">
          {sent ? f.sent : ''}
        </span>
      </ButtonRow>
    </FormStack>
  );
}
