import { type ConsentScope, type consentMethodSchema, consentScopes } from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Button, Checkbox, Textarea, TextInput } from 'suomifi-ui-components';
import type { z } from 'zod';
import { isApiError } from '../../../lib/api/client';
import { DateField } from '../../../lib/components/DateField';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, type FormError, FormErrors } from '../../../lib/components/Forms';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate, helsinkiToday, parseFinnishDate } from '../../../lib/dates';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { partnerAccessApi, registerApi } from '../api';
import { consentsQuery } from '../queries';

type Method = z.infer<typeof consentMethodSchema>;

/** Records a consent as the giver gave it: who, when, how, to which organisation, for what, until when. */
export function ConsentForm({
  childId,
  givers,
  onDone,
}: {
  childId: string;
  givers: { personId: string; name: string; role: 'guardian' | 'child' }[];
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const c = t.network.consent;
  const queryClient = useQueryClient();
  const ids = {
    giver: useId(),
    givenOn: useId(),
    org: useId(),
    scopes: useId(),
    purpose: useId(),
    until: useId(),
  };
  const [giver, setGiver] = useState('');
  const [givenOn, setGivenOn] = useState(formatLocalDate(helsinkiToday()));
  const [method, setMethod] = useState<Method>('written');
  const [orgText, setOrgText] = useState('');
  const [orgQ, setOrgQ] = useState('');
  const [org, setOrg] = useState<{ id: string; name: string } | null>(null);
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [purpose, setPurpose] = useState('');
  const [until, setUntil] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const orgs = useQuery({
    queryKey: ['partnership', 'organisations', orgQ],
    queryFn: () => registerApi.organisations({ q: orgQ }),
    enabled: orgQ.length >= 2,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const who = givers.find((g) => g.personId === giver);
    const on = parseFinnishDate(givenOn);
    const validUntil = parseFinnishDate(until);
    const found: FormError[] = [];
    if (!who) found.push({ id: ids.giver, text: c.errors.giver });
    if (!on) found.push({ id: ids.givenOn, text: c.errors.givenOn });
    if (!org) found.push({ id: ids.org, text: c.errors.organisation });
    if (scopes.length === 0) found.push({ id: ids.scopes, text: c.errors.scopes });
    if (purpose.trim().length < 3) found.push({ id: ids.purpose, text: c.errors.purpose });
    if (!validUntil) found.push({ id: ids.until, text: c.errors.until });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length || !who || !on || !org || !validUntil) return;
    setPending(true);
    try {
      await partnerAccessApi.recordConsent(childId, {
        givenByPersonId: who.personId,
        giverRole: who.role,
        givenOn: on,
        method,
        organisationId: org.id,
        scopes,
        purpose: purpose.trim(),
        validUntil,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: consentsQuery(childId).queryKey });
      onDone();
    } catch (error) {
      const issues = isApiError(error) ? error.issuesIn(lang) : new Map<string, string>();
      if (issues.size) {
        setErrors([...issues.values()].map((text) => ({ id: ids.giver, text })));
        setAttempt((n) => n + 1);
      } else setServerError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      data-qa="consent-form"
      style={{ display: 'flex', flexDirection: 'column', gap: spacing.m, maxWidth: 760 }}
    >
      <FormErrors errors={errors} attempt={attempt} qa="consent-errors" />
      <Select
        id={ids.giver}
        label={c.giver}
        hint={c.giverHint}
        value={giver}
        onChange={(e) => setGiver(e.target.value)}
        qa="consent-giver"
      >
        <option value="">{c.chooseGiver}</option>
        {givers.map((g) => (
          <option key={g.personId} value={g.personId}>
            {g.name} ({c.roles[g.role]})
          </option>
        ))}
      </Select>
      <DateField
        id={ids.givenOn}
        labelText={c.givenOn}
        value={givenOn}
        onChange={setGivenOn}
        qa="consent-given-on"
      />
      <Select
        label={c.method}
        value={method}
        onChange={(e) => setMethod(e.target.value as Method)}
        qa="consent-method"
      >
        {(['written', 'electronic', 'oral'] as const).map((m) => (
          <option key={m} value={m}>
            {c.methods[m]}
          </option>
        ))}
      </Select>
      <fieldset
        style={{
          border: 0,
          margin: 0,
          padding: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: spacing.xs,
        }}
      >
        <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{c.organisation}</legend>
        {org ? (
          <p style={{ margin: 0 }} data-qa="consent-org-picked">
            <strong>{org.name}</strong>{' '}
            <Button variant="secondaryNoBorder" onClick={() => setOrg(null)}>
              {t.network.access.changePartner}
            </Button>
          </p>
        ) : (
          <>
            <div style={{ display: 'flex', gap: spacing.xs, alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <div style={{ flex: '1 1 16rem' }}>
                <TextInput
                  id={ids.org}
                  labelText={c.searchOrganisation}
                  value={orgText}
                  onChange={(v) => setOrgText(String(v ?? ''))}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      setOrgQ(orgText.trim());
                    }
                  }}
                  fullWidth
                  data-qa="consent-org-search"
                />
              </div>
              <Button
                variant="secondary"
                onClick={() => setOrgQ(orgText.trim())}
                data-qa="consent-org-search-submit"
              >
                {t.network.access.search}
              </Button>
            </div>
            {orgs.data ? (
              <ul
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
                aria-label={t.network.access.searchResults}
              >
                {orgs.data.organisations.slice(0, 8).map((o) => (
                  <li
                    key={o.id}
                    style={{
                      display: 'flex',
                      justifyContent: 'space-between',
                      alignItems: 'center',
                      padding: '4px 0',
                      borderBottom: `1px solid ${colors.depthLight2}`,
                    }}
                  >
                    <span>
                      {localName(o.name, lang)} · {o.region}
                    </span>
                    <Button
                      variant="secondaryNoBorder"
                      onClick={() => setOrg({ id: o.id, name: localName(o.name, lang) })}
                      aria-label={t.network.access.pick(localName(o.name, lang))}
                      data-qa="consent-org-pick"
                    >
                      {t.network.access.pickShort}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </fieldset>
      <fieldset id={ids.scopes} tabIndex={-1} style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{c.scopes}</legend>
        {consentScopes.map((s) => (
          <Checkbox
            key={s}
            checked={scopes.includes(s)}
            onClick={({ checkboxState }) =>
              setScopes((now) => (checkboxState ? [...now, s] : now.filter((x) => x !== s)))
            }
            data-qa={`consent-scope-${s}`}
          >
            {c.scopeNames[s]}
          </Checkbox>
        ))}
      </fieldset>
      <Textarea
        id={ids.purpose}
        labelText={c.purpose}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        rows={2}
        fullWidth
        maxLength={1000}
        data-qa="consent-purpose"
      />
      <DateField
        id={ids.until}
        labelText={c.validUntil}
        value={until}
        onChange={setUntil}
        qa="consent-until"
      />
      <Textarea
        labelText={c.notes}
        optionalText={t.common.optional}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        rows={2}
        fullWidth
        maxLength={2000}
        data-qa="consent-notes"
      />
      {serverError ? (
        <p role="alert" style={{ color: colors.alertBase, fontWeight: 600, margin: 0 }}>
          {errorText(serverError, lang, t)}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" disabled={pending} data-qa="consent-submit">
          {c.record}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onDone}>
          {t.network.nodeForm.cancel}
        </Button>
      </ButtonRow>
    </form>
  );
}
