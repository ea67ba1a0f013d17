import { type Region, regions, type ServiceType, serviceTypes } from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Button, Checkbox, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow, type FormError, FormErrors } from '../../../lib/components/Forms';
import { ListEditor } from '../../../lib/components/ListEditor';
import { colors, spacing } from '../../../lib/components/theme';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { registerApi } from '../api';
import { coverageQuery } from '../queries';

type Sector = 'wellbeing_county' | 'municipality' | 'state' | 'ngo' | 'parish' | 'private';
const sectors: Sector[] = ['wellbeing_county', 'municipality', 'state', 'ngo', 'parish', 'private'];

/** A maintenance form behind a button: opened, filled, sent; the server's answer shown as it came. */
function Opener({
  label,
  qa,
  children,
}: {
  label: string;
  qa: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-qa={qa}>
        {label}
      </Button>
    );
  return <>{children(() => setOpen(false))}</>;
}

function useSubmit() {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (found: FormError[], firstId: string, send: () => Promise<unknown>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    setServerError(null);
    if (found.length) return;
    setPending(true);
    try {
      await send();
    } catch (e) {
      const issues = isApiError(e) ? e.issuesIn(lang) : new Map<string, string>();
      if (issues.size) {
        setErrors([...issues.entries()].map(([path, text]) => ({ id: firstId, text: `${path}: ${text}` })));
        setAttempt((n) => n + 1);
      } else setServerError(errorText(e, lang, t));
    } finally {
      setPending(false);
    }
  };
  return { errors, attempt, serverError, pending, run };
}

const formStyle = { display: 'flex', flexDirection: 'column', gap: spacing.m, maxWidth: 760 } as const;

function Footer({
  pending,
  serverError,
  submit,
  close,
}: {
  pending: boolean;
  serverError: string | null;
  submit: string;
  close: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {serverError ? (
        <p role="alert" style={{ color: colors.alertBase, fontWeight: 600, margin: 0 }}>
          {serverError}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" disabled={pending} data-qa="register-form-submit">
          {submit}
        </Button>
        <Button variant="secondaryNoBorder" onClick={close}>
          {t.network.nodeForm.cancel}
        </Button>
      </ButtonRow>
    </>
  );
}

/** A new partner organisation; its page opens when it is saved. */
export function NewOrganisationForm() {
  const { t, lang } = useI18n();
  const f = t.network.maintain;
  const navigate = useNavigate();
  const nameId = useId();
  const places = useQuery(coverageQuery());
  const [nameFi, setNameFi] = useState('');
  const [nameSv, setNameSv] = useState('');
  const [sector, setSector] = useState<Sector>('wellbeing_county');
  const [region, setRegion] = useState<Region>('Keski-Suomi');
  const [municipality, setMunicipality] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [website, setWebsite] = useState('');
  const { errors, attempt, serverError, pending, run } = useSubmit();
  return (
    <Opener label={f.newOrganisation} qa="register-new-organisation">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-organisation-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void run(nameFi.trim() ? [] : [{ id: nameId, text: f.nameRequired }], nameId, async () => {
              const created = await registerApi.createOrganisation({
                name: { fi: nameFi.trim(), sv: nameSv.trim() },
                sector,
                region,
                municipalityCode: municipality || null,
                ...(phone.trim() ? { phone: phone.trim() } : {}),
                ...(email.trim() ? { email: email.trim() } : {}),
                ...(website.trim() ? { website: website.trim() } : {}),
              });
              await navigate({
                to: '/partnership/organisations/$organisationId',
                params: { organisationId: created.id },
              });
            });
          }}
        >
          <h2 style={{ margin: 0, fontSize: 20 }}>{f.newOrganisation}</h2>
          <FormErrors errors={errors} attempt={attempt} qa="register-form-errors" />
          <FieldRow>
            <TextInput
              id={nameId}
              labelText={f.nameFi}
              value={nameFi}
              onChange={(v) => setNameFi(String(v ?? ''))}
              fullWidth
              data-qa="register-org-name"
            />
            <TextInput
              labelText={f.nameSv}
              optionalText={t.common.optional}
              value={nameSv}
              onChange={(v) => setNameSv(String(v ?? ''))}
              fullWidth
            />
          </FieldRow>
          <FieldRow>
            <Select
              label={t.network.register.sector}
              value={sector}
              onChange={(e) => setSector(e.target.value as Sector)}
              qa="register-org-sector"
            >
              {sectors.map((s) => (
                <option key={s} value={s}>
                  {t.network.register.sectors[s]}
                </option>
              ))}
            </Select>
            <Select
              label={t.network.register.region}
              value={region}
              onChange={(e) => {
                setRegion(e.target.value as Region);
                setMunicipality('');
              }}
              qa="register-org-region"
            >
              {regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
            <Select
              label={t.network.register.municipality}
              value={municipality}
              onChange={(e) => setMunicipality(e.target.value)}
              qa="register-org-municipality"
            >
              <option value="">{f.wholeRegion}</option>
              {(places.data?.municipalities ?? [])
                .filter((m) => m.region === region)
                .map((m) => (
                  <option key={m.code} value={m.code}>
                    {localName(m.name, lang)}
                  </option>
                ))}
            </Select>
          </FieldRow>
          <FieldRow>
            <TextInput
              labelText={t.network.register.contactColumns.phone}
              optionalText={t.common.optional}
              value={phone}
              onChange={(v) => setPhone(String(v ?? ''))}
            />
            <TextInput
              labelText={t.network.register.contactColumns.email}
              optionalText={t.common.optional}
              value={email}
              onChange={(v) => setEmail(String(v ?? ''))}
            />
            <TextInput
              labelText={t.network.register.website}
              optionalText={t.common.optional}
              value={website}
              onChange={(v) => setWebsite(String(v ?? ''))}
            />
          </FieldRow>
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

/** A new service of an organisation, with the municipalities it serves. */
export function NewServiceForm({ organisationId, region }: { organisationId: string; region: Region }) {
  const { t, lang } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const nameId = useId();
  const places = useQuery(coverageQuery(region));
  const [type, setType] = useState<ServiceType>('school');
  const [nameFi, setNameFi] = useState('');
  const [nameSv, setNameSv] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [phone, setPhone] = useState('');
  const { errors, attempt, serverError, pending, run } = useSubmit();
  return (
    <Opener label={f.newService} qa="register-new-service">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-service-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const found: FormError[] = [];
            if (!nameFi.trim()) found.push({ id: nameId, text: f.nameRequired });
            if (codes.length === 0) found.push({ id: `${nameId}-places`, text: f.placesRequired });
            void run(found, nameId, async () => {
              await registerApi.createService({
                organisationId,
                type,
                name: { fi: nameFi.trim(), sv: nameSv.trim() },
                region,
                municipalityCodes: codes,
                ...(description.trim() ? { description: description.trim() } : {}),
                ...(phone.trim() ? { phone: phone.trim() } : {}),
              });
              await queryClient.invalidateQueries({ queryKey: ['partnership'] });
              close();
            });
          }}
        >
          <h3 style={{ margin: 0, fontSize: 18 }}>{f.newService}</h3>
          <FormErrors errors={errors} attempt={attempt} qa="register-form-errors" />
          <Select
            label={t.network.register.type}
            value={type}
            onChange={(e) => setType(e.target.value as ServiceType)}
            qa="register-service-type"
          >
            {serviceTypes.map((s) => (
              <option key={s} value={s}>
                {t.network.serviceTypes[s]}
              </option>
            ))}
          </Select>
          <FieldRow>
            <TextInput
              id={nameId}
              labelText={f.nameFi}
              value={nameFi}
              onChange={(v) => setNameFi(String(v ?? ''))}
              fullWidth
              data-qa="register-service-name"
            />
            <TextInput
              labelText={f.nameSv}
              optionalText={t.common.optional}
              value={nameSv}
              onChange={(v) => setNameSv(String(v ?? ''))}
              fullWidth
            />
          </FieldRow>
          <fieldset id={`${nameId}-places`} tabIndex={-1} style={{ border: 0, margin: 0, padding: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{f.places(region)}</legend>
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
                gap: 4,
              }}
            >
              {(places.data?.municipalities ?? []).map((m) => (
                <Checkbox
                  key={m.code}
                  checked={codes.includes(m.code)}
                  onClick={({ checkboxState }) =>
                    setCodes((now) => (checkboxState ? [...now, m.code] : now.filter((c) => c !== m.code)))
                  }
                  data-qa={`register-service-place-${m.code}`}
                >
                  {localName(m.name, lang)}
                </Checkbox>
              ))}
            </div>
          </fieldset>
          <Textarea
            labelText={f.description}
            optionalText={t.common.optional}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={3}
            fullWidth
          />
          <TextInput
            labelText={t.network.register.contactColumns.phone}
            optionalText={t.common.optional}
            value={phone}
            onChange={(v) => setPhone(String(v ?? ''))}
          />
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

/** A contact person of an organisation. */
export function NewContactForm({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const c = t.network.register.contactColumns;
  const queryClient = useQueryClient();
  const nameId = useId();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const { errors, attempt, serverError, pending, run } = useSubmit();
  return (
    <Opener label={f.newContact} qa="register-new-contact">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-contact-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void run(name.trim() ? [] : [{ id: nameId, text: f.nameRequired }], nameId, async () => {
              await registerApi.addContact(organisationId, {
                name: name.trim(),
                ...(title.trim() ? { title: title.trim() } : {}),
                ...(phone.trim() ? { phone: phone.trim() } : {}),
                ...(email.trim() ? { email: email.trim() } : {}),
              });
              await queryClient.invalidateQueries({ queryKey: ['partnership'] });
              close();
            });
          }}
        >
          <h3 style={{ margin: 0, fontSize: 18 }}>{f.newContact}</h3>
          <FormErrors errors={errors} attempt={attempt} qa="register-form-errors" />
          <FieldRow>
            <TextInput
              id={nameId}
              labelText={c.name}
              value={name}
              onChange={(v) => setName(String(v ?? ''))}
              data-qa="register-contact-name"
            />
            <TextInput
              labelText={c.title}
              optionalText={t.common.optional}
              value={title}
              onChange={(v) => setTitle(String(v ?? ''))}
            />
          </FieldRow>
          <FieldRow>
            <TextInput
              labelText={c.phone}
              optionalText={t.common.optional}
              value={phone}
              onChange={(v) => setPhone(String(v ?? ''))}
            />
            <TextInput
              labelText={c.email}
              optionalText={t.common.optional}
              value={email}
              onChange={(v) => setEmail(String(v ?? ''))}
            />
          </FieldRow>
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

interface StepDraft {
  title: string;
  owner: string;
  actionCard: string;
}

/** A collaboration model agreed with the organisation: its steps, owners and action cards. */
export function NewModelForm({ organisationId, region }: { organisationId: string; region: Region }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const nameId = useId();
  const [nameFi, setNameFi] = useState('');
  const [description, setDescription] = useState('');
  const [steps, setSteps] = useState<StepDraft[]>([{ title: '', owner: '', actionCard: '' }]);
  const { errors, attempt, serverError, pending, run } = useSubmit();
  return (
    <Opener label={f.newModel} qa="register-new-model">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-model-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const found: FormError[] = [];
            if (!nameFi.trim()) found.push({ id: nameId, text: f.nameRequired });
            steps.forEach((s, i) => {
              if (!s.title.trim() || !s.owner.trim())
                found.push({ id: `model-steps-${i}-first`, text: f.stepRequired(i + 1) });
            });
            if (steps.length === 0) found.push({ id: nameId, text: f.stepsRequired });
            void run(found, nameId, async () => {
              await registerApi.createModel({
                name: { fi: nameFi.trim(), sv: '' },
                ...(description.trim() ? { description: description.trim() } : {}),
                region,
                partnerOrganisationIds: [organisationId],
                steps: steps.map((s) => ({
                  title: s.title.trim(),
                  owner: s.owner.trim(),
                  actionCard: s.actionCard.trim(),
                })),
              });
              await queryClient.invalidateQueries({ queryKey: ['partnership'] });
              close();
            });
          }}
        >
          <h3 style={{ margin: 0, fontSize: 18 }}>{f.newModel}</h3>
          <FormErrors errors={errors} attempt={attempt} qa="register-form-errors" />
          <TextInput
            id={nameId}
            labelText={f.modelName}
            value={nameFi}
            onChange={(v) => setNameFi(String(v ?? ''))}
            fullWidth
            data-qa="register-model-name"
          />
          <Textarea
            labelText={f.description}
            optionalText={t.common.optional}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={2}
            fullWidth
          />
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>
              {t.network.register.stepsTitle}
            </legend>
            <ListEditor
              items={steps}
              onChange={setSteps}
              empty={() => ({ title: '', owner: '', actionCard: '' })}
              itemLegend={f.step}
              addText={f.addStep}
              removeText={f.removeStep}
              qa="model-steps"
              renderItem={(item, update, firstId) => (
                <>
                  <FieldRow>
                    <TextInput
                      id={firstId}
                      labelText={f.stepTitle}
                      value={item.title}
                      onChange={(v) => update({ ...item, title: String(v ?? '') })}
                    />
                    <TextInput
                      labelText={f.stepOwner}
                      value={item.owner}
                      onChange={(v) => update({ ...item, owner: String(v ?? '') })}
                    />
                  </FieldRow>
                  <Textarea
                    labelText={f.actionCard}
                    value={item.actionCard}
                    onChange={(e) => update({ ...item, actionCard: e.target.value })}
                    rows={3}
                    fullWidth
                  />
                </>
              )}
            />
          </fieldset>
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}
