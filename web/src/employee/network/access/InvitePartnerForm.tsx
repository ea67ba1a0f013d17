import {
  type GrantPartnerAccessRequest,
  type PartnerSection,
  partnerSections,
  type statutoryProvisions,
} from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import styled from 'styled-components';
import { Button, Checkbox, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, type FormError, FormErrors } from '../../../lib/components/Forms';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, helsinkiToday, parseFinnishDate } from '../../../lib/dates';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { partnerAccessApi } from '../api';
import { consentsQuery, disclosureLogQuery, partnerGrantsQuery } from '../queries';

type Provision = (typeof statutoryProvisions)[number];

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.m};
  max-width: 760px;
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: ${spacing.xs};
  }
  legend {
    font-weight: 600;
    margin-bottom: ${spacing.xs};
  }
  .picked {
    padding: ${spacing.xs} ${spacing.s};
    background: ${colors.highlightLight4};
    border-left: 4px solid ${colors.highlightBase};
  }
`;

const Results = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: ${spacing.xs};
    padding: 6px 0;
    border-bottom: 1px solid ${colors.depthLight2};
  }
  .meta {
    color: ${colors.depthDark1};
    font-size: 15px;
  }
`;

interface PickedPartner {
  id: string;
  name: string;
  title: string;
  organisation: { id: string; name: { fi: string; sv: string } };
}

/**
 * Invites a partner professional into one child's case: whom (a partner account), which sections,
 * until which day, for what purpose, and on what basis — a provision of law or a recorded consent
 * of the guardian (or the child). Used on the child's partner page and from the consultation views.
 */
export function InvitePartnerForm({
  childId,
  initialSections = [],
  onDone,
}: {
  childId: string;
  initialSections?: PartnerSection[];
  onDone?: (grantId: string) => void;
}) {
  const { t, lang } = useI18n();
  const a = t.network.access;
  const queryClient = useQueryClient();
  const ids = {
    partner: useId(),
    sections: useId(),
    until: useId(),
    purpose: useId(),
    basis: useId(),
    consent: useId(),
    detail: useId(),
  };
  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [partner, setPartner] = useState<PickedPartner | null>(null);
  const [sections, setSections] = useState<PartnerSection[]>(initialSections);
  const [until, setUntil] = useState('');
  const [purpose, setPurpose] = useState('');
  const [basisKind, setBasisKind] = useState<'statutory' | 'consent'>('statutory');
  const [provision, setProvision] = useState<Provision>('shl_41');
  const [detail, setDetail] = useState('');
  const [consentId, setConsentId] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const partners = useQuery({
    queryKey: ['partner-professionals', q],
    queryFn: () => partnerAccessApi.searchPartners(q),
    enabled: q.length >= 2,
  });
  const consents = useQuery(consentsQuery(childId));
  const validConsents = (consents.data?.consents ?? []).filter(
    (c) => c.status === 'valid' && (!partner || c.organisation.id === partner.organisation.id),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const found: FormError[] = [];
    const validUntil = parseFinnishDate(until);
    if (!partner) found.push({ id: ids.partner, text: a.errors.partner });
    if (sections.length === 0) found.push({ id: ids.sections, text: a.errors.sections });
    if (!validUntil) found.push({ id: ids.until, text: a.errors.until });
    else if (validUntil < helsinkiToday()) found.push({ id: ids.until, text: a.errors.untilPast });
    if (purpose.trim().length < 3) found.push({ id: ids.purpose, text: a.errors.purpose });
    if (basisKind === 'consent' && !consentId) found.push({ id: ids.consent, text: a.errors.consent });
    if (basisKind === 'statutory' && provision === 'other' && detail.trim().length < 3)
      found.push({ id: ids.detail, text: a.errors.provisionDetail });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length || !partner || !validUntil) return;
    const body: GrantPartnerAccessRequest = {
      userId: partner.id,
      sections,
      validUntil,
      purpose: purpose.trim(),
      basis:
        basisKind === 'consent'
          ? { kind: 'consent', consentId }
          : { kind: 'statutory', provision, ...(detail.trim() ? { provisionDetail: detail.trim() } : {}) },
    };
    setPending(true);
    try {
      const grant = await partnerAccessApi.grant(childId, body);
      void queryClient.invalidateQueries({ queryKey: partnerGrantsQuery(childId).queryKey });
      void queryClient.invalidateQueries({ queryKey: disclosureLogQuery(childId).queryKey });
      setDone(a.invited(partner.name, formatLocalDate(validUntil)));
      setPartner(null);
      setSections(initialSections);
      setUntil('');
      setPurpose('');
      setConsentId('');
      onDone?.(grant.id);
    } catch (error) {
      if (isApiError(error)) {
        const issues = error.issuesIn(lang);
        if (issues.size) {
          setErrors([...issues.values()].map((text) => ({ id: ids.partner, text })));
          setAttempt((n) => n + 1);
        } else setServerError(error);
      } else setServerError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate data-qa="invite-partner-form">
      <FormErrors errors={errors} attempt={attempt} qa="invite-partner-errors" />
      {done ? (
        <p
          role="status"
          style={{ margin: 0, fontWeight: 600, color: colors.successDark1 }}
          data-qa="invite-partner-done"
        >
          {done}
        </p>
      ) : null}
      <fieldset>
        <legend>{a.partner}</legend>
        {partner ? (
          <div className="picked" data-qa="invite-partner-picked">
            <strong>{partner.name}</strong>, {partner.title} · {localName(partner.organisation.name, lang)}{' '}
            <Button
              variant="secondaryNoBorder"
              onClick={() => setPartner(null)}
              data-qa="invite-partner-change"
            >
              {a.changePartner}
            </Button>
          </div>
        ) : (
          <>
            <div style={{ display: 'flex', gap: spacing.xs, alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <div style={{ flex: '1 1 16rem' }}>
                <TextInput
                  id={ids.partner}
                  labelText={a.searchPartner}
                  hintText={a.searchPartnerHint}
                  value={searchText}
                  onChange={(v) => setSearchText(String(v ?? ''))}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      setQ(searchText.trim());
                    }
                  }}
                  fullWidth
                  data-qa="invite-partner-search"
                />
              </div>
              <Button
                variant="secondary"
                onClick={() => setQ(searchText.trim())}
                data-qa="invite-partner-search-submit"
              >
                {a.search}
              </Button>
            </div>
            {partners.data ? (
              partners.data.partners.length ? (
                <Results aria-label={a.searchResults} data-qa="invite-partner-results">
                  {partners.data.partners.map((p) => (
                    <li key={p.id}>
                      <span>
                        <strong>{p.name}</strong>, {p.title}
                        <br />
                        <span className="meta">
                          {localName(p.organisation.name, lang)}
                          {p.region ? ` · ${p.region}` : ''}
                        </span>
                      </span>
                      <Button
                        variant="secondary"
                        onClick={() => setPartner(p)}
                        aria-label={a.pick(p.name)}
                        data-qa="invite-partner-pick"
                      >
                        {a.pickShort}
                      </Button>
                    </li>
                  ))}
                </Results>
              ) : (
                <p style={{ margin: 0 }}>{a.noPartners}</p>
              )
            ) : null}
          </>
        )}
      </fieldset>

      <fieldset id={ids.sections} tabIndex={-1}>
        <legend>{a.sections}</legend>
        {partnerSections.map((s) => (
          <Checkbox
            key={s}
            checked={sections.includes(s)}
            onClick={({ checkboxState }) =>
              setSections((now) => (checkboxState ? [...now, s] : now.filter((x) => x !== s)))
            }
            hintText={a.sectionHints[s]}
            data-qa={`invite-section-${s}`}
          >
            {a.sectionNames[s]}
          </Checkbox>
        ))}
      </fieldset>

      <DateField
        id={ids.until}
        labelText={a.validUntil}
        hintText={a.validUntilHint}
        value={until}
        onChange={setUntil}
        qa="invite-partner-until"
      />

      <Textarea
        id={ids.purpose}
        labelText={a.purpose}
        hintText={a.purposeHint}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        rows={2}
        fullWidth
        maxLength={1000}
        data-qa="invite-partner-purpose"
      />

      <RadioButtonGroup
        id={ids.basis}
        labelText={a.basis}
        groupHintText={a.basisHint}
        name={`basis-${ids.basis}`}
        value={basisKind}
        onChange={(value) => setBasisKind(value as 'statutory' | 'consent')}
      >
        <RadioButton value="statutory" data-qa="invite-basis-statutory">
          {a.basisStatutory}
        </RadioButton>
        <RadioButton value="consent" data-qa="invite-basis-consent">
          {a.basisConsent}
        </RadioButton>
      </RadioButtonGroup>
      {basisKind === 'statutory' ? (
        <>
          <Select
            label={a.provision}
            value={provision}
            onChange={(e) => setProvision(e.target.value as Provision)}
            qa="invite-provision"
          >
            {(Object.keys(a.provisions) as Provision[]).map((p) => (
              <option key={p} value={p}>
                {a.provisions[p]}
              </option>
            ))}
          </Select>
          <TextInput
            id={ids.detail}
            labelText={a.provisionDetail}
            {...(provision === 'other' ? {} : { optionalText: t.common.optional })}
            value={detail}
            onChange={(v) => setDetail(String(v ?? ''))}
            fullWidth
            maxLength={500}
            data-qa="invite-provision-detail"
          />
        </>
      ) : validConsents.length ? (
        <Select
          id={ids.consent}
          label={a.consent}
          value={consentId}
          onChange={(e) => setConsentId(e.target.value)}
          qa="invite-consent"
        >
          <option value="">{a.chooseConsent}</option>
          {validConsents.map((c) => (
            <option key={c.id} value={c.id}>
              {a.consentOption(
                c.givenBy.name,
                localName(c.organisation.name, lang),
                formatLocalDate(c.validUntil),
              )}
            </option>
          ))}
        </Select>
      ) : (
        <p id={ids.consent} tabIndex={-1} style={{ margin: 0 }} data-qa="invite-no-consent">
          {partner ? a.noConsentFor(localName(partner.organisation.name, lang)) : a.noConsent}
        </p>
      )}

      {serverError ? (
        <p
          role="alert"
          style={{ color: colors.alertBase, fontWeight: 600, margin: 0 }}
          data-qa="invite-partner-error"
        >
          {errorText(serverError, lang, t)}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" disabled={pending} data-qa="invite-partner-submit">
          {a.invite}
        </Button>
      </ButtonRow>
    </Form>
  );
}
