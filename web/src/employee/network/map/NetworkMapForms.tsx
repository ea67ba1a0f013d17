import type {
  NetworkMapDocument,
  NetworkMapView,
  NetworkNode,
  NetworkTie,
  ServiceSummary,
  ServiceType,
} from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, Textarea, TextInput } from 'suomifi-ui-components';
import { ButtonRow } from '../../../lib/components/Forms';
import { colors, spacing } from '../../../lib/components/theme';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { registerApi } from '../api';
import { sectorOrder } from './layout';
import { defaultTie, type NodeDraft, type TieDraft, tieBetween } from './model';

const FormBox = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  h3 {
    margin: 0;
    font-size: 18px;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
    gap: ${spacing.s};
  }
  .error {
    color: ${colors.alertBase};
    font-weight: 600;
    margin: 0;
  }
`;

const Results = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: 4px;
  li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: ${spacing.xs};
    border-bottom: 1px solid ${colors.depthLight2};
    padding: 4px 0;
  }
  .meta {
    color: ${colors.depthDark1};
    font-size: 14px;
  }
`;

/** The sector a service of the register is drawn in. */
export function sectorOfService(type: ServiceType): NetworkNode['sector'] {
  switch (type) {
    case 'school':
    case 'early_childhood_education':
      return 'school';
    case 'school_health_care':
    case 'youth_clinic':
    case 'child_psychiatry':
    case 'youth_psychiatry':
    case 'substance_abuse_mental_health':
      return 'health';
    case 'family_counselling':
    case 'family_unit':
    case 'disability_services':
      return 'social_services';
    case 'youth_services':
    case 'ngo':
    case 'parish':
      return 'leisure';
    default:
      return 'other';
  }
}

export function TieFields({
  value,
  onChange,
  fromName,
  toName,
  qa,
}: {
  value: TieDraft;
  onChange: (next: TieDraft) => void;
  fromName: string;
  toName: string;
  qa: string;
}) {
  const { t } = useI18n();
  const n = t.network;
  return (
    <div className="row">
      <Select
        label={n.tieForm.strength}
        value={value.strength}
        onChange={(e) => onChange({ ...value, strength: e.target.value as NetworkTie['strength'] })}
        qa={`${qa}-strength`}
      >
        {(['strong', 'moderate', 'weak'] as const).map((s) => (
          <option key={s} value={s}>
            {n.strength[s]}
          </option>
        ))}
      </Select>
      <Select
        label={n.tieForm.stress}
        value={value.stress}
        onChange={(e) => onChange({ ...value, stress: e.target.value as NetworkTie['stress'] })}
        qa={`${qa}-stress`}
      >
        {(['none', 'some', 'high'] as const).map((s) => (
          <option key={s} value={s}>
            {n.stress[s]}
          </option>
        ))}
      </Select>
      <Select
        label={n.tieForm.support}
        value={value.support}
        onChange={(e) => onChange({ ...value, support: e.target.value as NetworkTie['support'] })}
        qa={`${qa}-support`}
      >
        <option value="none">{n.support.none}</option>
        <option value="from_to">{n.support.oneWay(fromName, toName)}</option>
        <option value="to_from">{n.support.oneWay(toName, fromName)}</option>
        <option value="both">{n.support.both}</option>
      </Select>
    </div>
  );
}

/** Search the partnership register for the service a node stands for. */
function ServicePicker({ onPick }: { onPick: (service: ServiceSummary) => void }) {
  const { t, lang } = useI18n();
  const f = t.network.nodeForm;
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const results = useQuery({
    queryKey: ['partnership', 'services', 'pick', q],
    queryFn: () => registerApi.searchServices({ q }),
    enabled: q.length >= 2,
  });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: spacing.xs }}>
      <div style={{ display: 'flex', gap: spacing.xs, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 12rem' }}>
          <TextInput
            labelText={f.serviceSearch}
            hintText={f.serviceSearchHint}
            value={text}
            onChange={(v) => setText(String(v ?? ''))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setQ(text.trim());
              }
            }}
            fullWidth
            data-qa="network-service-search"
          />
        </div>
        <Button variant="secondary" onClick={() => setQ(text.trim())} data-qa="network-service-search-submit">
          {f.search}
        </Button>
      </div>
      {q.length >= 2 && results.data ? (
        results.data.services.length ? (
          <Results aria-label={f.searchResults} data-qa="network-service-results">
            {results.data.services.slice(0, 8).map((s) => (
              <li key={s.id}>
                <span>
                  {localName(s.name, lang)}
                  <br />
                  <span className="meta">
                    {localName(s.organisation.name, lang)} · {t.network.serviceTypes[s.type]}
                  </span>
                </span>
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => onPick(s)}
                  aria-label={f.pick(localName(s.name, lang))}
                  data-qa="network-service-pick"
                >
                  {f.pickShort}
                </Button>
              </li>
            ))}
          </Results>
        ) : (
          <p style={{ margin: 0 }}>{f.noResults}</p>
        )
      ) : null}
      {results.isError ? <p className="error">{t.network.register.searchFailed}</p> : null}
    </div>
  );
}

/**
 * Adds a person or a service, or edits one: with the keyboard alone. A new node is tied to the child
 * unless the worker says otherwise, because that is nearly always the first line drawn.
 */
export function NodeForm({
  view,
  doc,
  kind,
  node,
  childName,
  onSubmit,
  onCancel,
  onRemove,
}: {
  view: NetworkMapView;
  doc: NetworkMapDocument;
  kind: 'person' | 'service' | 'child';
  node?: NetworkNode;
  childName: string;
  onSubmit: (draft: NodeDraft, tie: TieDraft | null) => void;
  onCancel: () => void;
  onRemove?: () => void;
}) {
  const { t, lang } = useI18n();
  const f = t.network.nodeForm;
  const headingId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(node?.name ?? '');
  const [role, setRole] = useState(node?.role ?? '');
  const [sector, setSector] = useState<NetworkNode['sector']>(
    node?.sector ?? (kind === 'service' ? 'school' : 'family'),
  );
  const [note, setNote] = useState(node?.note ?? '');
  const [personId, setPersonId] = useState<string | null>(node?.personId ?? null);
  const [service, setService] = useState<{ id: string; name: string } | null>(
    node?.serviceId ? { id: node.serviceId, name: node.name } : null,
  );
  const [withTie, setWithTie] = useState(true);
  const [tie, setTie] = useState<TieDraft>(defaultTie);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const relations: Record<string, string> = t.child.family.relations;
  const relationText = (relation: string) => relations[relation] ?? relation;
  const taken = new Set(doc.nodes.filter((n) => n.id !== node?.id).map((n) => n.personId));
  const people = view.recordPeople.filter((p) => !taken.has(p.personId) && p.personId !== view.childId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(f.nameRequired);
      nameRef.current?.focus();
      return;
    }
    const key = name.trim().toLocaleLowerCase('fi');
    const clash = doc.nodes.some(
      (n) =>
        n.id !== node?.id &&
        ((service && n.serviceId === service.id) ||
          (!service && !personId && n.kind === kind && n.name.trim().toLocaleLowerCase('fi') === key)),
    );
    if (clash) {
      setError(f.duplicate);
      return;
    }
    onSubmit(
      {
        kind,
        personId: kind === 'service' ? null : kind === 'child' ? view.childId : personId,
        serviceId: kind === 'service' ? (service?.id ?? null) : null,
        name: name.trim(),
        role: role.trim(),
        sector: kind === 'child' ? 'family' : sector,
        note: note.trim(),
      },
      !node && withTie ? tie : null,
    );
  };

  const title = node ? f.editTitle(node.name) : kind === 'service' ? f.addServiceTitle : f.addPersonTitle;
  return (
    <FormBox onSubmit={submit} noValidate aria-labelledby={headingId} data-qa="network-node-form">
      <h3 id={headingId}>{title}</h3>
      {kind === 'person' && people.length > 0 ? (
        <Select
          label={f.recordPerson}
          hint={f.recordPersonHint}
          value={personId ?? ''}
          onChange={(e) => {
            const picked = people.find((p) => p.personId === e.target.value);
            setPersonId(picked?.personId ?? null);
            if (picked) {
              setName(picked.name);
              if (!role) setRole(relationText(picked.relation));
            }
          }}
          qa="network-node-person"
        >
          <option value="">{f.recordPersonNone}</option>
          {people.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.name} ({relationText(p.relation)})
            </option>
          ))}
        </Select>
      ) : null}
      {kind === 'service' ? (
        service ? (
          <p style={{ margin: 0 }} data-qa="network-node-linked">
            {f.linked(service.name)}{' '}
            <Button
              variant="secondaryNoBorder"
              onClick={() => setService(null)}
              data-qa="network-node-unlink"
            >
              {f.unlink}
            </Button>
          </p>
        ) : (
          <ServicePicker
            onPick={(s) => {
              const label = localName(s.name, lang);
              setService({ id: s.id, name: label });
              setName(label);
              setRole(localName(s.organisation.name, lang));
              setSector(sectorOfService(s.type));
              nameRef.current?.focus();
            }}
          />
        )
      ) : null}
      <TextInput
        ref={nameRef}
        labelText={f.name}
        value={name}
        onChange={(v) => setName(String(v ?? ''))}
        fullWidth
        maxLength={200}
        data-qa="network-node-name"
        {...(error === f.nameRequired ? { status: 'error' as const, statusText: error } : {})}
      />
      <TextInput
        labelText={f.role}
        hintText={kind === 'service' ? f.serviceRoleHint : f.roleHint}
        optionalText={t.common.optional}
        value={role}
        onChange={(v) => setRole(String(v ?? ''))}
        fullWidth
        maxLength={200}
        data-qa="network-node-role"
      />
      {kind === 'child' ? null : (
        <Select
          label={f.sector}
          value={sector}
          onChange={(e) => setSector(e.target.value as NetworkNode['sector'])}
          qa="network-node-sector"
        >
          {sectorOrder.map((s) => (
            <option key={s} value={s}>
              {t.network.sectors[s]}
            </option>
          ))}
        </Select>
      )}
      <Textarea
        labelText={f.note}
        optionalText={t.common.optional}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={2}
        fullWidth
        maxLength={1000}
        data-qa="network-node-note"
      />
      {node ? null : (
        <fieldset
          style={{ border: 0, margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          <legend style={{ fontWeight: 600, marginBottom: 6 }}>{f.tieToChild(childName)}</legend>
          <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input
              type="checkbox"
              checked={withTie}
              onChange={(e) => setWithTie(e.target.checked)}
              style={{ width: 20, height: 20 }}
              data-qa="network-node-with-tie"
            />
            {f.drawTie}
          </label>
          {withTie ? (
            <TieFields
              value={tie}
              onChange={setTie}
              fromName={childName}
              toName={name.trim() || f.newNode}
              qa="network-node-tie"
            />
          ) : null}
        </fieldset>
      )}
      {error && error !== f.nameRequired ? (
        <p className="error" role="alert" data-qa="network-node-error">
          {error}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" data-qa="network-node-submit">
          {node ? f.apply : f.add}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onCancel} data-qa="network-node-cancel">
          {f.cancel}
        </Button>
        {onRemove ? (
          <Button variant="secondaryNoBorder" onClick={onRemove} data-qa="network-node-remove">
            {f.remove}
          </Button>
        ) : null}
      </ButtonRow>
    </FormBox>
  );
}

/** A tie between any two nodes, or an existing tie's qualities. */
export function TieForm({
  doc,
  tie,
  initialFrom,
  initialTo,
  onSubmit,
  onCancel,
  onRemove,
}: {
  doc: NetworkMapDocument;
  tie?: NetworkTie;
  initialFrom?: string;
  initialTo?: string;
  onSubmit: (from: string, to: string, draft: TieDraft) => void;
  onCancel: () => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  const f = t.network.tieForm;
  const headingId = useId();
  const [from, setFrom] = useState(tie?.from ?? initialFrom ?? doc.nodes[0]?.id ?? '');
  const [to, setTo] = useState(tie?.to ?? initialTo ?? '');
  const [draft, setDraft] = useState<TieDraft>(
    tie ? { strength: tie.strength, stress: tie.stress, support: tie.support, note: tie.note } : defaultTie,
  );
  const [error, setError] = useState<string | null>(null);
  const fromId = useId();
  useEffect(() => {
    document.getElementById(fromId)?.focus();
  }, [fromId]);
  const nameOf = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to || from === to) {
      setError(f.selfLink);
      return;
    }
    const existing = tieBetween(doc, from, to);
    if (existing && existing.id !== tie?.id) {
      setError(f.duplicate);
      return;
    }
    onSubmit(from, to, { ...draft, note: draft.note.trim() });
  };

  return (
    <FormBox onSubmit={submit} noValidate aria-labelledby={headingId} data-qa="network-tie-form">
      <h3 id={headingId}>{tie ? f.editTitle(nameOf(tie.from), nameOf(tie.to)) : f.title}</h3>
      {tie ? null : (
        <div className="row">
          <Select
            id={fromId}
            label={f.from}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            qa="network-tie-from"
          >
            {doc.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </Select>
          <Select label={f.to} value={to} onChange={(e) => setTo(e.target.value)} qa="network-tie-to">
            <option value="">{f.choose}</option>
            {doc.nodes
              .filter((n) => n.id !== from)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
          </Select>
        </div>
      )}
      <TieFields
        value={draft}
        onChange={setDraft}
        fromName={nameOf(from)}
        toName={nameOf(to) || f.other}
        qa="network-tie"
      />
      <Textarea
        labelText={f.note}
        optionalText={t.common.optional}
        value={draft.note}
        onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        rows={2}
        fullWidth
        maxLength={1000}
        data-qa="network-tie-note"
      />
      {error ? (
        <p className="error" role="alert" data-qa="network-tie-error">
          {error}
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" data-qa="network-tie-submit">
          {tie ? f.apply : f.add}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onCancel} data-qa="network-tie-cancel">
          {t.network.nodeForm.cancel}
        </Button>
        {onRemove ? (
          <Button variant="secondaryNoBorder" onClick={onRemove} data-qa="network-tie-remove">
            {f.remove}
          </Button>
        ) : null}
      </ButtonRow>
    </FormBox>
  );
}
