import {
  type CollaborationModel,
  type Contact,
  type PartnerOrganisation,
  type Region,
  regions,
  type Service,
  type ServiceType,
  serviceTypes,
} from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Button, Checkbox, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow, FieldRow, type FormError, FormErrors } from '../../../lib/components/Forms';
import { ListEditor } from '../../../lib/components/ListEditor';
import { colors, spacing } from '../../../lib/components/theme';
import { VersionedForm } from '../../../lib/components/VersionedForm';
import { useVersionedDraft } from '../../../lib/forms/versioned';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { registerApi } from '../api';
import { coverageQuery, modelQuery, organisationQuery, serviceQuery } from '../queries';

type Sector = 'wellbeing_county' | 'municipality' | 'state' | 'ngo' | 'parish' | 'private';
const sectors: Sector[] = ['wellbeing_county', 'municipality', 'state', 'ngo', 'parish', 'private'];

/** Field errors by field name ("nameFi", "municipalityCodes", "steps.2"), from the form or the server. */
type FieldErrors = Record<string, string>;

/** The field a server issue is about: `body.name.sv` → nameSv, `body.steps.2.owner` → steps.2. */
function fieldOf(path: string): string {
  const [first = '', second = ''] = path.replace(/^body\./, '').split('.');
  if (first === 'name') return second === 'sv' ? 'nameSv' : 'nameFi';
  if (first === 'steps' && second) return `steps.${second}`;
  return first;
}

function serverFieldErrors(error: unknown, lang: Parameters<typeof errorText>[1]): FieldErrors {
  if (!isApiError(error)) return {};
  const out: FieldErrors = {};
  for (const [path, text] of error.issuesIn(lang)) out[fieldOf(path)] ??= text;
  return out;
}

/** The fields of one form: values, where each field's error and latest saved value are shown. */
interface Fields<V> {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  /** The element id of a field, for labels and the error summary's links. */
  id: (field: string) => string;
  error: (field: string) => string | undefined;
  /** The value someone else saved, beside a field the user changed (after a conflict). */
  hint: (field: keyof V) => string | undefined;
}

function status(error: string | undefined) {
  return error ? { status: 'error' as const, statusText: error } : {};
}

function summary(errors: FieldErrors, id: (field: string) => string, firstField: string): FormError[] {
  return Object.entries(errors).map(([field, text]) => ({
    id: document.getElementById(id(field)) ? id(field) : id(firstField),
    text,
  }));
}

/** A maintenance form behind a button: opened, filled, sent; the server's answer shown as it came. */
function Opener({
  label,
  qa,
  variant = 'secondary',
  children,
}: {
  label: string;
  qa: string;
  variant?: 'secondary' | 'secondaryNoBorder';
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button variant={variant} onClick={() => setOpen(true)} data-qa={qa}>
        {label}
      </Button>
    );
  return <>{children(() => setOpen(false))}</>;
}

/** The values of a new entry and their errors: checked here first, then by the server. */
function useNewEntry<V extends Record<string, unknown>>(initial: V, firstField: string) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (field: string) => `${prefix}-${field.replace('.', '-')}`;
  const fields: Fields<V> = {
    values,
    set: (field, value) => setValues((now) => ({ ...now, [field]: value })),
    id,
    error: (field) => errors[field],
    hint: () => undefined,
  };
  const run = async (found: FieldErrors, send: () => Promise<unknown>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    setServerError(null);
    if (Object.keys(found).length) return;
    setPending(true);
    try {
      await send();
    } catch (e) {
      const issues = serverFieldErrors(e, lang);
      if (Object.keys(issues).length) {
        setErrors(issues);
        setAttempt((n) => n + 1);
      } else setServerError(errorText(e, lang, t));
    } finally {
      setPending(false);
    }
  };
  const formErrors = summary(errors, id, firstField);
  return { fields, run, pending, serverError, formErrors, attempt };
}

/**
 * An edit of a saved entry: only the changed fields are sent, with the version they are based on. The
 * server's field errors are shown beside the fields; a conflict offers the latest version (VersionedForm).
 */
function useEdit<V extends Record<string, unknown>>(source: V, version: number, firstField: string) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const draft = useVersionedDraft(source, version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const id = (field: string) => `${prefix}-${field.replace('.', '-')}`;
  const fields: Fields<V> = {
    values: draft.values,
    set: draft.set,
    id,
    error: (field) => errors[field],
    hint: (field) => {
      const saved = draft.savedValue(field);
      if (saved === undefined) return undefined;
      if (typeof saved === 'string') return t.common.latestValue(saved);
      if (typeof saved === 'boolean') return t.common.latestValue(saved ? t.common.yes : t.common.no);
      return t.network.maintain.changedBySomeone;
    },
  };
  /** Sends, keeping the server's field errors for the fields; VersionedForm shows the rest. */
  const sending =
    <S,>(send: () => Promise<S>) =>
    async (): Promise<S> => {
      try {
        const saved = await send();
        setErrors({});
        return saved;
      } catch (e) {
        setErrors(serverFieldErrors(e, lang));
        setAttempt((n) => n + 1);
        throw e;
      }
    };
  const check = (found: FieldErrors) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    return Object.keys(found).length === 0;
  };
  const formErrors = summary(errors, id, firstField);
  return { draft, fields, sending, check, formErrors, attempt };
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

/** An edit form in its frame, with a button that closes it. */
function EditFrame({
  title,
  qa,
  close,
  actions,
  children,
}: {
  title: string;
  qa: string;
  close: () => void;
  /** Buttons beside the closing one (removing the entry). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div
      data-qa={qa}
      style={{
        ...formStyle,
        border: `1px solid ${colors.depthLight1}`,
        borderRadius: 4,
        padding: spacing.m,
      }}
    >
      <h3 style={{ margin: 0, fontSize: 18 }}>{title}</h3>
      {children}
      <ButtonRow>
        {actions}
        <Button variant="secondaryNoBorder" onClick={close} data-qa={`${qa}-close`}>
          {t.network.maintain.close}
        </Button>
      </ButtonRow>
    </div>
  );
}

function NameFields<V extends { nameFi: string; nameSv: string }>({
  fields,
  qa,
}: {
  fields: Fields<V>;
  qa: string;
}) {
  const { t } = useI18n();
  const f = t.network.maintain;
  return (
    <FieldRow>
      <TextInput
        id={fields.id('nameFi')}
        labelText={f.nameFi}
        hintText={fields.hint('nameFi')}
        value={fields.values.nameFi}
        onChange={(v) => fields.set('nameFi', String(v ?? '') as V['nameFi'])}
        {...status(fields.error('nameFi'))}
        fullWidth
        data-qa={qa}
      />
      <TextInput
        id={fields.id('nameSv')}
        labelText={f.nameSv}
        optionalText={t.common.optional}
        hintText={fields.hint('nameSv')}
        value={fields.values.nameSv}
        onChange={(v) => fields.set('nameSv', String(v ?? '') as V['nameSv'])}
        {...status(fields.error('nameSv'))}
        fullWidth
      />
    </FieldRow>
  );
}

/** A text field of a form whose values are all the same kind of text. */
function TextField<V>({
  fields,
  field,
  label,
  optional = true,
  qa,
}: {
  fields: Fields<V>;
  field: keyof V & string;
  label: string;
  optional?: boolean;
  qa?: string;
}) {
  const { t } = useI18n();
  return (
    <TextInput
      id={fields.id(field)}
      labelText={label}
      {...(optional ? { optionalText: t.common.optional } : {})}
      hintText={fields.hint(field)}
      value={String(fields.values[field] ?? '')}
      onChange={(v) => fields.set(field, String(v ?? '') as V[typeof field])}
      {...status(fields.error(field))}
      {...(qa ? { 'data-qa': qa } : {})}
    />
  );
}

function ActiveField<V extends { active: boolean }>({ fields, qa }: { fields: Fields<V>; qa: string }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  return (
    <Checkbox
      id={fields.id('active')}
      checked={fields.values.active}
      hintText={fields.hint('active') ?? f.activeHint}
      onClick={({ checkboxState }) => fields.set('active', checkboxState as V['active'])}
      data-qa={qa}
    >
      {f.active}
    </Checkbox>
  );
}

const required = (text: string, message: string, field: string): FieldErrors =>
  text.trim() ? {} : { [field]: message };

// ---- Organisation -------------------------------------------------------------------------------

type OrganisationValues = {
  nameFi: string;
  nameSv: string;
  sector: Sector;
  region: Region;
  municipalityCode: string;
  phone: string;
  email: string;
  website: string;
  notes: string;
  active: boolean;
};

function organisationValues(o: PartnerOrganisation): OrganisationValues {
  return {
    nameFi: o.name.fi,
    nameSv: o.name.sv,
    sector: o.sector,
    region: o.region,
    municipalityCode: o.municipality?.code ?? '',
    phone: o.phone,
    email: o.email,
    website: o.website,
    notes: o.notes,
    active: o.active,
  };
}

/** The form's values as the API takes them: the name as one pair, no municipality as null. */
function organisationRequest(patch: Partial<OrganisationValues>, all: OrganisationValues) {
  const { nameFi, nameSv, municipalityCode, ...rest } = patch;
  return {
    ...rest,
    ...(nameFi !== undefined || nameSv !== undefined
      ? { name: { fi: all.nameFi.trim(), sv: all.nameSv.trim() } }
      : {}),
    ...(municipalityCode !== undefined ? { municipalityCode: municipalityCode || null } : {}),
  };
}

function OrganisationFields({ fields }: { fields: Fields<OrganisationValues> }) {
  const { t, lang } = useI18n();
  const r = t.network.register;
  const f = t.network.maintain;
  const places = useQuery(coverageQuery());
  const v = fields.values;
  return (
    <>
      <NameFields fields={fields} qa="register-org-name" />
      <FieldRow>
        <Select
          id={fields.id('sector')}
          label={r.sector}
          hint={fields.hint('sector')}
          error={fields.error('sector')}
          value={v.sector}
          onChange={(e) => fields.set('sector', e.target.value as Sector)}
          qa="register-org-sector"
        >
          {sectors.map((s) => (
            <option key={s} value={s}>
              {r.sectors[s]}
            </option>
          ))}
        </Select>
        <Select
          id={fields.id('region')}
          label={r.region}
          hint={fields.hint('region')}
          error={fields.error('region')}
          value={v.region}
          onChange={(e) => {
            fields.set('region', e.target.value as Region);
            fields.set('municipalityCode', '');
          }}
          qa="register-org-region"
        >
          {regions.map((region) => (
            <option key={region} value={region}>
              {t.common.regions[region]}
            </option>
          ))}
        </Select>
        <Select
          id={fields.id('municipalityCode')}
          label={r.municipality}
          error={fields.error('municipalityCode')}
          value={v.municipalityCode}
          onChange={(e) => fields.set('municipalityCode', e.target.value)}
          qa="register-org-municipality"
        >
          <option value="">{f.wholeRegion}</option>
          {(places.data?.municipalities ?? [])
            .filter((m) => m.region === v.region)
            .map((m) => (
              <option key={m.code} value={m.code}>
                {localName(m.name, lang)}
              </option>
            ))}
        </Select>
      </FieldRow>
      <FieldRow>
        <TextField fields={fields} field="phone" label={r.contactColumns.phone} />
        <TextField fields={fields} field="email" label={r.contactColumns.email} />
        <TextField fields={fields} field="website" label={r.website} />
      </FieldRow>
      <Textarea
        id={fields.id('notes')}
        labelText={r.contactColumns.notes}
        optionalText={t.common.optional}
        hintText={fields.hint('notes')}
        value={v.notes}
        onChange={(e) => fields.set('notes', e.target.value)}
        {...status(fields.error('notes'))}
        rows={3}
        fullWidth
      />
    </>
  );
}

/** A new partner organisation; its page opens when it is saved. */
export function NewOrganisationForm() {
  const { t } = useI18n();
  const f = t.network.maintain;
  const navigate = useNavigate();
  const { fields, run, pending, serverError, formErrors, attempt } = useNewEntry<OrganisationValues>(
    {
      nameFi: '',
      nameSv: '',
      sector: 'wellbeing_county',
      region: 'Keski-Suomi',
      municipalityCode: '',
      phone: '',
      email: '',
      website: '',
      notes: '',
      active: true,
    },
    'nameFi',
  );
  return (
    <Opener label={f.newOrganisation} qa="register-new-organisation">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-organisation-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const v = fields.values;
            void run(required(v.nameFi, f.nameRequired, 'nameFi'), async () => {
              const { active: _active, ...rest } = organisationRequest(v, v);
              const created = await registerApi.createOrganisation({
                ...rest,
                name: { fi: v.nameFi.trim(), sv: v.nameSv.trim() },
                sector: v.sector,
                region: v.region,
              });
              await navigate({
                to: '/partnership/organisations/$organisationId',
                params: { organisationId: created.id },
              });
            });
          }}
        >
          <h2 style={{ margin: 0, fontSize: 20 }}>{f.newOrganisation}</h2>
          <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
          <OrganisationFields fields={fields} />
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

/** The organisation's own facts, changed in place; an ended one stays findable by name. */
export function EditOrganisationForm({ organisation }: { organisation: PartnerOrganisation }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  return (
    <Opener label={f.editOrganisation} qa="register-edit-organisation">
      {(close) => (
        <EditFrame title={f.editOrganisation} qa="register-organisation-edit" close={close}>
          <OrganisationEditor organisation={organisation} />
        </EditFrame>
      )}
    </Opener>
  );
}

function OrganisationEditor({ organisation }: { organisation: PartnerOrganisation }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const query = organisationQuery(organisation.id);
  const { draft, fields, sending, check, formErrors, attempt } = useEdit(
    organisationValues(organisation),
    organisation.version,
    'nameFi',
  );
  return (
    <VersionedForm
      draft={draft}
      valuesOf={organisationValues}
      save={(patch) => {
        const { version, ...changes } = patch;
        return sending(() =>
          registerApi.updateOrganisation(organisation.id, {
            ...organisationRequest(changes, draft.values),
            version,
          }),
        )();
      }}
      reload={() => queryClient.fetchQuery({ ...query, staleTime: 0 })}
      onSaved={(saved) => {
        queryClient.setQueryData(query.queryKey, saved);
        void queryClient.invalidateQueries({ queryKey: ['partnership'] });
      }}
      label={f.editOrganisation}
      qa="register-organisation-form"
      submitText={f.save}
      validate={() => check(required(draft.values.nameFi, f.nameRequired, 'nameFi'))}
    >
      <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
      <OrganisationFields fields={fields} />
      <ActiveField fields={fields} qa="register-org-active" />
    </VersionedForm>
  );
}

// ---- Service ------------------------------------------------------------------------------------

type ServiceValues = {
  type: ServiceType;
  nameFi: string;
  nameSv: string;
  municipalityCodes: string[];
  description: string;
  address: string;
  phone: string;
  email: string;
  active: boolean;
};

function serviceValues(s: Service): ServiceValues {
  return {
    type: s.type,
    nameFi: s.name.fi,
    nameSv: s.name.sv,
    municipalityCodes: s.municipalities.map((m) => m.code).sort(),
    description: s.description,
    address: s.address,
    phone: s.phone,
    email: s.email,
    active: s.active,
  };
}

function serviceRequest(patch: Partial<ServiceValues>, all: ServiceValues) {
  const { nameFi, nameSv, ...rest } = patch;
  return {
    ...rest,
    ...(nameFi !== undefined || nameSv !== undefined
      ? { name: { fi: all.nameFi.trim(), sv: all.nameSv.trim() } }
      : {}),
  };
}

function serviceChecks(v: ServiceValues, f: { nameRequired: string; placesRequired: string }): FieldErrors {
  return {
    ...required(v.nameFi, f.nameRequired, 'nameFi'),
    ...(v.municipalityCodes.length ? {} : { municipalityCodes: f.placesRequired }),
  };
}

function ServiceFields({ fields, region }: { fields: Fields<ServiceValues>; region: Region }) {
  const { t, lang } = useI18n();
  const r = t.network.register;
  const f = t.network.maintain;
  const places = useQuery(coverageQuery(region));
  const v = fields.values;
  const placesError = fields.error('municipalityCodes');
  const savedPlaces = fields.hint('municipalityCodes');
  return (
    <>
      <Select
        id={fields.id('type')}
        label={r.type}
        hint={fields.hint('type')}
        error={fields.error('type')}
        value={v.type}
        onChange={(e) => fields.set('type', e.target.value as ServiceType)}
        qa="register-service-type"
      >
        {serviceTypes.map((s) => (
          <option key={s} value={s}>
            {t.network.serviceTypes[s]}
          </option>
        ))}
      </Select>
      <NameFields fields={fields} qa="register-service-name" />
      <fieldset
        id={fields.id('municipalityCodes')}
        tabIndex={-1}
        aria-invalid={placesError ? true : undefined}
        style={{ border: 0, margin: 0, padding: 0 }}
        data-qa="register-service-places"
      >
        <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{f.places(region)}</legend>
        {savedPlaces ? <p style={{ margin: `0 0 ${spacing.xs}` }}>{savedPlaces}</p> : null}
        {placesError ? (
          <p style={{ margin: `0 0 ${spacing.xs}`, color: colors.alertBase, fontWeight: 600 }}>
            {placesError}
          </p>
        ) : null}
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
              checked={v.municipalityCodes.includes(m.code)}
              onClick={({ checkboxState }) =>
                fields.set(
                  'municipalityCodes',
                  checkboxState
                    ? [...v.municipalityCodes, m.code].sort()
                    : v.municipalityCodes.filter((c) => c !== m.code),
                )
              }
              data-qa={`register-service-place-${m.code}`}
            >
              {localName(m.name, lang)}
            </Checkbox>
          ))}
        </div>
      </fieldset>
      <Textarea
        id={fields.id('description')}
        labelText={f.description}
        optionalText={t.common.optional}
        hintText={fields.hint('description')}
        value={v.description}
        onChange={(e) => fields.set('description', e.target.value)}
        {...status(fields.error('description'))}
        rows={3}
        fullWidth
      />
      <TextField fields={fields} field="address" label={r.address} />
      <FieldRow>
        <TextField fields={fields} field="phone" label={r.contactColumns.phone} />
        <TextField fields={fields} field="email" label={r.contactColumns.email} />
      </FieldRow>
    </>
  );
}

/** A new service of an organisation, with the municipalities it serves. */
export function NewServiceForm({ organisationId, region }: { organisationId: string; region: Region }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const { fields, run, pending, serverError, formErrors, attempt } = useNewEntry<ServiceValues>(
    {
      type: 'school',
      nameFi: '',
      nameSv: '',
      municipalityCodes: [],
      description: '',
      address: '',
      phone: '',
      email: '',
      active: true,
    },
    'nameFi',
  );
  return (
    <Opener label={f.newService} qa="register-new-service">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-service-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const v = fields.values;
            void run(serviceChecks(v, f), async () => {
              const { active: _active, ...rest } = serviceRequest(v, v);
              await registerApi.createService({
                ...rest,
                organisationId,
                region,
                name: { fi: v.nameFi.trim(), sv: v.nameSv.trim() },
                type: v.type,
                municipalityCodes: v.municipalityCodes,
              });
              await queryClient.invalidateQueries({ queryKey: ['partnership'] });
              close();
            });
          }}
        >
          <h3 style={{ margin: 0, fontSize: 18 }}>{f.newService}</h3>
          <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
          <ServiceFields fields={fields} region={region} />
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

/** The service's facts and the municipalities it serves; the coverage view follows. */
export function EditServiceForm({ service }: { service: Service }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  return (
    <Opener label={f.editService} qa="register-edit-service">
      {(close) => (
        <EditFrame title={f.editService} qa="register-service-edit" close={close}>
          <ServiceEditor service={service} />
        </EditFrame>
      )}
    </Opener>
  );
}

function ServiceEditor({ service }: { service: Service }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const query = serviceQuery(service.id);
  const { draft, fields, sending, check, formErrors, attempt } = useEdit(
    serviceValues(service),
    service.version,
    'nameFi',
  );
  return (
    <VersionedForm
      draft={draft}
      valuesOf={serviceValues}
      save={(patch) => {
        const { version, ...changes } = patch;
        return sending(() =>
          registerApi.updateService(service.id, { ...serviceRequest(changes, draft.values), version }),
        )();
      }}
      reload={() => queryClient.fetchQuery({ ...query, staleTime: 0 })}
      onSaved={(saved) => {
        queryClient.setQueryData(query.queryKey, saved);
        void queryClient.invalidateQueries({ queryKey: ['partnership'] });
      }}
      label={f.editService}
      qa="register-service-form"
      submitText={f.save}
      validate={() => check(serviceChecks(draft.values, f))}
    >
      <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
      <ServiceFields fields={fields} region={service.region} />
      <ActiveField fields={fields} qa="register-service-active" />
    </VersionedForm>
  );
}

// ---- Contact ------------------------------------------------------------------------------------

type ContactValues = { name: string; title: string; phone: string; email: string; notes: string };

function contactValues(c: Contact): ContactValues {
  return { name: c.name, title: c.title, phone: c.phone, email: c.email, notes: c.notes };
}

function ContactFields({ fields }: { fields: Fields<ContactValues> }) {
  const { t } = useI18n();
  const c = t.network.register.contactColumns;
  return (
    <>
      <FieldRow>
        <TextField fields={fields} field="name" label={c.name} optional={false} qa="register-contact-name" />
        <TextField fields={fields} field="title" label={c.title} qa="register-contact-title" />
      </FieldRow>
      <FieldRow>
        <TextField fields={fields} field="phone" label={c.phone} qa="register-contact-phone" />
        <TextField fields={fields} field="email" label={c.email} qa="register-contact-email" />
      </FieldRow>
      <Textarea
        id={fields.id('notes')}
        labelText={c.notes}
        optionalText={t.common.optional}
        hintText={fields.hint('notes')}
        value={fields.values.notes}
        onChange={(e) => fields.set('notes', e.target.value)}
        {...status(fields.error('notes'))}
        rows={2}
        fullWidth
      />
    </>
  );
}

/** A contact person of an organisation. */
export function NewContactForm({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const { fields, run, pending, serverError, formErrors, attempt } = useNewEntry<ContactValues>(
    { name: '', title: '', phone: '', email: '', notes: '' },
    'name',
  );
  return (
    <Opener label={f.newContact} qa="register-new-contact">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-contact-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const v = fields.values;
            void run(required(v.name, f.nameRequired, 'name'), async () => {
              await registerApi.addContact(organisationId, {
                name: v.name.trim(),
                title: v.title.trim(),
                phone: v.phone.trim(),
                email: v.email.trim(),
                notes: v.notes.trim(),
              });
              await queryClient.invalidateQueries({ queryKey: ['partnership'] });
              close();
            });
          }}
        >
          <h3 style={{ margin: 0, fontSize: 18 }}>{f.newContact}</h3>
          <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
          <ContactFields fields={fields} />
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

/** A contact person's details, changed or removed (removal names the version it saw, too). */
export function EditContactForm({ contact, close }: { contact: Contact; close: () => void }) {
  const { t, lang } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const { draft, fields, sending, check, formErrors, attempt } = useEdit(
    contactValues(contact),
    contact.version,
    'name',
  );
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => registerApi.removeContact(contact.id, draft.baseVersion),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['partnership'] });
      close();
    },
  });
  return (
    <EditFrame
      title={f.editContact(contact.name)}
      qa="register-contact-edit"
      close={close}
      actions={
        confirming ? null : (
          <Button variant="secondary" onClick={() => setConfirming(true)} data-qa="register-contact-remove">
            {f.removeContact}
          </Button>
        )
      }
    >
      <VersionedForm
        draft={draft}
        valuesOf={contactValues}
        save={(patch) => sending(() => registerApi.updateContact(contact.id, patch))()}
        reload={async () => {
          const owner = await queryClient.fetchQuery({
            ...organisationQuery(contact.organisationId),
            staleTime: 0,
          });
          const latest = owner.contacts.find((c) => c.id === contact.id);
          if (!latest) throw new Error(f.contactGone);
          return latest;
        }}
        onSaved={() => void queryClient.invalidateQueries({ queryKey: ['partnership'] })}
        label={f.editContact(contact.name)}
        qa="register-contact-form"
        submitText={f.save}
        validate={() => check(required(draft.values.name, f.nameRequired, 'name'))}
      >
        <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
        <ContactFields fields={fields} />
      </VersionedForm>
      {remove.error ? (
        <InlineAlert status="error" data-qa="register-contact-remove-error">
          {errorText(remove.error, lang, t)}
        </InlineAlert>
      ) : null}
      {confirming ? (
        <InlineAlert status="warning" data-qa="register-contact-remove-confirm">
          <p style={{ margin: 0 }}>{f.confirmRemove(contact.name)}</p>
          <ButtonRow>
            <Button
              onClick={() => remove.mutate()}
              disabled={remove.isPending}
              data-qa="register-contact-remove-yes"
            >
              {f.removeContact}
            </Button>
            <Button variant="secondaryNoBorder" onClick={() => setConfirming(false)}>
              {t.network.nodeForm.cancel}
            </Button>
          </ButtonRow>
        </InlineAlert>
      ) : null}
    </EditFrame>
  );
}

// ---- Collaboration model ------------------------------------------------------------------------

interface StepDraft {
  title: string;
  owner: string;
  actionCard: string;
}

type ModelValues = {
  nameFi: string;
  nameSv: string;
  description: string;
  steps: StepDraft[];
  active: boolean;
};

function modelValues(m: CollaborationModel): ModelValues {
  return {
    nameFi: m.name.fi,
    nameSv: m.name.sv,
    description: m.description,
    steps: m.steps,
    active: m.active,
  };
}

function modelChecks(
  v: ModelValues,
  f: { nameRequired: string; stepsRequired: string; stepRequired: (n: number) => string },
): FieldErrors {
  const found: FieldErrors = required(v.nameFi, f.nameRequired, 'nameFi');
  v.steps.forEach((s, i) => {
    if (!s.title.trim() || !s.owner.trim()) found[`steps.${i}`] = f.stepRequired(i + 1);
  });
  if (v.steps.length === 0) found.steps = f.stepsRequired;
  return found;
}

function trimmedSteps(steps: StepDraft[]) {
  return steps.map((s) => ({
    title: s.title.trim(),
    owner: s.owner.trim(),
    actionCard: s.actionCard.trim(),
  }));
}

function ModelFields({ fields, qa }: { fields: Fields<ModelValues>; qa: string }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const v = fields.values;
  const stepsHint = fields.hint('steps');
  return (
    <>
      <FieldRow>
        <TextField
          fields={fields}
          field="nameFi"
          label={f.modelName}
          optional={false}
          qa="register-model-name"
        />
        <TextField fields={fields} field="nameSv" label={f.nameSv} />
      </FieldRow>
      <Textarea
        id={fields.id('description')}
        labelText={f.description}
        optionalText={t.common.optional}
        hintText={fields.hint('description')}
        value={v.description}
        onChange={(e) => fields.set('description', e.target.value)}
        {...status(fields.error('description'))}
        rows={2}
        fullWidth
      />
      <fieldset id={fields.id('steps')} tabIndex={-1} style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: spacing.xs }}>{t.network.register.stepsTitle}</legend>
        {stepsHint ? <p style={{ margin: `0 0 ${spacing.xs}` }}>{stepsHint}</p> : null}
        <ListEditor
          items={v.steps}
          onChange={(steps) => fields.set('steps', steps)}
          empty={() => ({ title: '', owner: '', actionCard: '' })}
          itemLegend={f.step}
          addText={f.addStep}
          removeText={f.removeStep}
          qa={qa}
          renderItem={(item, update, firstId, index) => (
            <>
              <FieldRow>
                <TextInput
                  id={firstId}
                  labelText={f.stepTitle}
                  value={item.title}
                  onChange={(value) => update({ ...item, title: String(value ?? '') })}
                  {...status(fields.error(`steps.${index}`))}
                  data-qa="register-step-title"
                />
                <TextInput
                  labelText={f.stepOwner}
                  value={item.owner}
                  onChange={(value) => update({ ...item, owner: String(value ?? '') })}
                  data-qa="register-step-owner"
                />
              </FieldRow>
              <Textarea
                labelText={f.actionCard}
                value={item.actionCard}
                onChange={(e) => update({ ...item, actionCard: e.target.value })}
                rows={3}
                fullWidth
                data-qa="register-step-card"
              />
            </>
          )}
        />
      </fieldset>
    </>
  );
}

/** A collaboration model agreed with the organisation: its steps, owners and action cards. */
export function NewModelForm({ organisationId, region }: { organisationId: string; region: Region }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const { fields, run, pending, serverError, formErrors, attempt } = useNewEntry<ModelValues>(
    {
      nameFi: '',
      nameSv: '',
      description: '',
      steps: [{ title: '', owner: '', actionCard: '' }],
      active: true,
    },
    'nameFi',
  );
  return (
    <Opener label={f.newModel} qa="register-new-model">
      {(close) => (
        <form
          noValidate
          style={formStyle}
          data-qa="register-model-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            const v = fields.values;
            void run(modelChecks(v, f), async () => {
              await registerApi.createModel({
                name: { fi: v.nameFi.trim(), sv: v.nameSv.trim() },
                description: v.description.trim(),
                region,
                partnerOrganisationIds: [organisationId],
                steps: trimmedSteps(v.steps),
              });
              await queryClient.invalidateQueries({ queryKey: ['partnership'] });
              close();
            });
          }}
        >
          <h3 style={{ margin: 0, fontSize: 18 }}>{f.newModel}</h3>
          <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
          <ModelFields fields={fields} qa="model-steps" />
          <Footer pending={pending} serverError={serverError} submit={f.save} close={close} />
        </form>
      )}
    </Opener>
  );
}

/** The model's steps, owners and action cards; its area and partners are kept as they are. */
export function EditModelForm({ model }: { model: CollaborationModel }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  return (
    <Opener label={f.editModel} qa="register-edit-model">
      {(close) => (
        <EditFrame title={f.editModel} qa="register-model-edit" close={close}>
          <ModelEditor model={model} />
        </EditFrame>
      )}
    </Opener>
  );
}

function ModelEditor({ model }: { model: CollaborationModel }) {
  const { t } = useI18n();
  const f = t.network.maintain;
  const queryClient = useQueryClient();
  const query = modelQuery(model.id);
  const { draft, fields, sending, check, formErrors, attempt } = useEdit(
    modelValues(model),
    model.version,
    'nameFi',
  );
  return (
    <VersionedForm
      draft={draft}
      valuesOf={modelValues}
      // The model is saved whole: what the user left alone goes back as it was in her version.
      save={({ version }) => {
        const v = draft.values;
        return sending(() =>
          registerApi.saveModel(model.id, {
            name: { fi: v.nameFi.trim(), sv: v.nameSv.trim() },
            description: v.description.trim(),
            region: model.region,
            municipalityCode: model.municipality?.code ?? null,
            partnerOrganisationIds: model.partners.map((p) => p.id),
            serviceIds: model.services.map((s) => s.id),
            steps: trimmedSteps(v.steps),
            active: v.active,
            version,
          }),
        )();
      }}
      reload={() => queryClient.fetchQuery({ ...query, staleTime: 0 })}
      onSaved={(saved) => {
        queryClient.setQueryData(query.queryKey, saved);
        void queryClient.invalidateQueries({ queryKey: ['partnership'] });
      }}
      label={f.editModel}
      qa="register-model-form"
      submitText={f.save}
      validate={() => check(modelChecks(draft.values, f))}
    >
      <FormErrors errors={formErrors} attempt={attempt} qa="register-form-errors" />
      <ModelFields fields={fields} qa="model-edit-steps" />
      <ActiveField fields={fields} qa="register-model-active" />
    </VersionedForm>
  );
}
