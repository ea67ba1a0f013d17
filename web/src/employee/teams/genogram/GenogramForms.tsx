import type { GenogramDocument, GenogramPerson } from '@lumo/domain';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import styled from 'styled-components';
import { Button, Checkbox, Textarea, TextInput } from 'suomifi-ui-components';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate } from '../../../lib/dates';
import {
  addChildLink,
  addCouple,
  addHousehold,
  addPerson,
  addRelationship,
  removeLink,
  updatePerson,
} from '../../../lib/genogram/model';
import type { Translations } from '../../../lib/i18n';
import { Section, Select } from '../ui';

type Sex = GenogramPerson['sex'];
type CoupleKind = GenogramDocument['couples'][number]['kind'];
type ChildKind = GenogramDocument['childLinks'][number]['kind'];
type LineKind = GenogramDocument['relationships'][number]['kind'];
type Change = (next: GenogramDocument, note?: string, select?: string | null) => void;

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 130px), 1fr));
    gap: ${spacing.s};
    align-items: start;
  }
  .error {
    margin: 0;
    color: ${colors.alertBase};
    font-weight: 600;
    font-size: 15px;
  }
`;

const Connections = styled.ul`
  list-style: none;
  margin: ${spacing.s} 0 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: 4px;
  li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: ${spacing.xs};
    padding: 4px 0;
    border-bottom: 1px solid ${colors.depthLight2};
    font-size: 15px;
  }
  li > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  button {
    min-height: 32px !important;
    padding: 2px 8px !important;
    flex-shrink: 0;
    white-space: nowrap;
  }
`;

export function personLabel(p: GenogramPerson | undefined, t: Translations): string {
  if (!p) return '?';
  const name = p.name.trim() || t.teams.genogram.unnamed;
  const year = p.birthDate ? p.birthDate.slice(0, 4) : p.birthYear;
  return year ? `${name} (${year})` : name;
}

function parseYear(text: string): number | null | 'invalid' {
  const v = text.trim();
  if (!v) return null;
  if (!/^\d{4}$/.test(v)) return 'invalid';
  const n = Number(v);
  return n >= 1800 && n <= 2200 ? n : 'invalid';
}

function PersonOptions({
  doc,
  t,
  exclude,
}: {
  doc: GenogramDocument;
  t: Translations;
  exclude?: string | null;
}) {
  return (
    <>
      {doc.persons
        .filter((p) => p.id !== exclude)
        .map((p) => (
          <option key={p.id} value={p.id}>
            {personLabel(p, t)}
          </option>
        ))}
    </>
  );
}

function SexSelect({
  value,
  onChange,
  qa,
  t,
}: {
  value: Sex;
  onChange: (s: Sex) => void;
  qa: string;
  t: Translations;
}) {
  const g = t.teams.genogram;
  return (
    <Select label={g.editor.sex} value={value} onChange={(e) => onChange(e.target.value as Sex)} qa={qa}>
      {(['female', 'male', 'other', 'unknown'] as const).map((s) => (
        <option key={s} value={s}>
          {g.sexes[s]}
        </option>
      ))}
    </Select>
  );
}

function Submit({ children, qa }: { children: ReactNode; qa: string }) {
  return (
    <div>
      <Button type="submit" variant="secondary" data-qa={qa}>
        {children}
      </Button>
    </div>
  );
}

/** The selected person's facts and connections. */
export function PersonForm({
  person,
  doc,
  nameFieldId,
  onChange,
  onSelect,
  t,
}: {
  person: GenogramPerson | null;
  doc: GenogramDocument;
  nameFieldId: string;
  onChange: Change;
  onSelect: (id: string) => void;
  t: Translations;
}) {
  const g = t.teams.genogram;
  const e = g.editor;
  const [name, setName] = useState(person?.name ?? '');
  const [sex, setSex] = useState<Sex>(person?.sex ?? 'unknown');
  const [birthYear, setBirthYear] = useState(person?.birthYear ? String(person.birthYear) : '');
  const [deceased, setDeceased] = useState(person?.deceased ?? false);
  const [deathYear, setDeathYear] = useState(person?.deathYear ? String(person.deathYear) : '');
  const [note, setNote] = useState(person?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  if (!person)
    return (
      <Section title={e.personHeading} qa="genogram-person-form">
        <p style={{ margin: 0, color: colors.depthDark1 }}>{g.nothingSelected}</p>
      </Section>
    );
  const label = (id: string) =>
    personLabel(
      doc.persons.find((p) => p.id === id),
      t,
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const born = person.birthDate ? person.birthYear : parseYear(birthYear);
    const died = deceased ? parseYear(deathYear) : null;
    if (born === 'invalid' || died === 'invalid') {
      setError(e.yearInvalid);
      return;
    }
    setError(null);
    onChange(
      updatePerson(doc, person.id, {
        name: name.trim(),
        sex,
        birthYear: born,
        deceased,
        deathYear: died,
        note: note.trim(),
      }),
      e.applied,
    );
  };
  const connections: { id: string; text: string }[] = [];
  for (const c of doc.couples)
    if (c.partnerA === person.id || c.partnerB === person.id)
      connections.push({
        id: c.id,
        text: `${g.couples[c.kind]}: ${label(c.partnerA === person.id ? c.partnerB : c.partnerA)}`,
      });
  for (const l of doc.childLinks) {
    const couple = l.coupleId ? doc.couples.find((c) => c.id === l.coupleId) : undefined;
    const parents = couple ? [couple.partnerA, couple.partnerB] : l.parentId ? [l.parentId] : [];
    if (l.childId === person.id)
      connections.push({
        id: l.id,
        text: `${t.teams.genogram.table.columns.kind}: ${g.childKinds[l.kind]} – ${parents.map(label).join(', ')}`,
      });
    else if (parents.includes(person.id))
      connections.push({ id: l.id, text: `${g.table.childKind(g.childKinds[l.kind])}: ${label(l.childId)}` });
  }
  for (const r of doc.relationships)
    if (r.fromId === person.id || r.toId === person.id)
      connections.push({
        id: r.id,
        text: `${g.lines[r.kind]}: ${label(r.fromId === person.id ? r.toId : r.fromId)}`,
      });
  return (
    <Section title={e.personHeading} qa="genogram-person-form">
      <Form onSubmit={submit} noValidate aria-label={e.personHeading}>
        <TextInput
          id={nameFieldId}
          labelText={e.name}
          value={name}
          onChange={(v) => setName(String(v ?? ''))}
          fullWidth
          data-qa="genogram-person-name"
        />
        <SexSelect value={sex} onChange={setSex} qa="genogram-person-sex" t={t} />
        {person.birthDate ? (
          <p style={{ margin: 0 }}>
            {g.table.columns.born}: {formatLocalDate(person.birthDate)}
          </p>
        ) : (
          <TextInput
            labelText={e.birthYear}
            value={birthYear}
            inputMode="numeric"
            onChange={(v) => setBirthYear(String(v ?? ''))}
            fullWidth
            data-qa="genogram-person-birth-year"
          />
        )}
        <Checkbox
          checked={deceased}
          onClick={({ checkboxState }) => setDeceased(checkboxState)}
          data-qa="genogram-person-deceased"
        >
          {e.deceased}
        </Checkbox>
        {deceased ? (
          <TextInput
            labelText={e.deathYear}
            value={deathYear}
            inputMode="numeric"
            onChange={(v) => setDeathYear(String(v ?? ''))}
            fullWidth
            data-qa="genogram-person-death-year"
          />
        ) : null}
        <Textarea
          labelText={e.note}
          optionalText={t.common.optional}
          value={note}
          onChange={(ev) => setNote(ev.target.value)}
          rows={2}
          fullWidth
          resize="vertical"
        />
        {person.personId ? <p style={{ margin: 0, color: colors.depthDark1 }}>{e.linkedToRecord}</p> : null}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <Submit qa="genogram-person-apply">{e.apply}</Submit>
      </Form>
      {connections.length > 0 ? (
        <>
          <h3 style={{ fontSize: 17, margin: `${spacing.m} 0 0` }}>{e.connections}</h3>
          <Connections data-qa="genogram-connections">
            {connections.map((c) => (
              <li key={c.id}>
                <span>{c.text}</span>
                <Button
                  variant="secondaryNoBorder"
                  aria-label={e.removeConnection(c.text)}
                  onClick={() => {
                    onChange(removeLink(doc, c.id), e.removeConnection(c.text));
                    onSelect(person.id);
                  }}
                >
                  {t.common.remove}
                </Button>
              </li>
            ))}
          </Connections>
        </>
      ) : null}
    </Section>
  );
}

export function AddPersonForm({
  doc,
  onChange,
  t,
}: {
  doc: GenogramDocument;
  onChange: Change;
  t: Translations;
}) {
  const e = t.teams.genogram.editor;
  const [name, setName] = useState('');
  const [sex, setSex] = useState<Sex>('unknown');
  const [birthYear, setBirthYear] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const year = parseYear(birthYear);
    if (!name.trim()) return setError(e.nameRequired);
    if (year === 'invalid') return setError(e.yearInvalid);
    setError(null);
    const [next, id] = addPerson(doc, { name: name.trim(), sex, birthYear: year });
    onChange(next, e.personAdded(name.trim()), id);
    setName('');
    setBirthYear('');
  };
  return (
    <Section title={e.addPersonHeading} qa="genogram-add-person">
      <Form onSubmit={submit} noValidate aria-label={e.addPersonHeading}>
        <TextInput
          labelText={e.name}
          value={name}
          onChange={(v) => setName(String(v ?? ''))}
          fullWidth
          data-qa="genogram-add-name"
          {...(error === e.nameRequired ? { status: 'error' as const, statusText: error } : {})}
        />
        <div className="row">
          <SexSelect value={sex} onChange={setSex} qa="genogram-add-sex" t={t} />
          <TextInput
            labelText={e.birthYear}
            value={birthYear}
            inputMode="numeric"
            onChange={(v) => setBirthYear(String(v ?? ''))}
            fullWidth
            data-qa="genogram-add-birth-year"
            {...(error === e.yearInvalid ? { status: 'error' as const, statusText: error } : {})}
          />
        </div>
        <Submit qa="genogram-add-submit">{e.addPerson}</Submit>
      </Form>
    </Section>
  );
}

export function AddCoupleForm({
  doc,
  selectedId,
  onChange,
  t,
}: {
  doc: GenogramDocument;
  selectedId: string | null;
  onChange: Change;
  t: Translations;
}) {
  const g = t.teams.genogram;
  const e = g.editor;
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [kind, setKind] = useState<CoupleKind>('married');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const partnerA = a || selectedId || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromYear = parseYear(from);
    const toYear = parseYear(to);
    if (!partnerA || !b) return setError(e.chooseBoth);
    if (partnerA === b) return setError(e.sameTwice);
    if (fromYear === 'invalid' || toYear === 'invalid') return setError(e.yearInvalid);
    setError(null);
    const [next] = addCouple(doc, partnerA, b, kind, { fromYear, toYear });
    onChange(next, e.coupleAdded);
    setB('');
    setFrom('');
    setTo('');
  };
  if (doc.persons.length < 2) return null;
  return (
    <Section title={e.addCoupleHeading} qa="genogram-add-couple">
      <Form onSubmit={submit} noValidate aria-label={e.addCoupleHeading}>
        <Select
          label={e.partnerA}
          value={partnerA}
          onChange={(ev) => setA(ev.target.value)}
          qa="genogram-couple-a"
        >
          <option value="">{e.choose}</option>
          <PersonOptions doc={doc} t={t} />
        </Select>
        <Select label={e.partnerB} value={b} onChange={(ev) => setB(ev.target.value)} qa="genogram-couple-b">
          <option value="">{e.choose}</option>
          <PersonOptions doc={doc} t={t} exclude={partnerA} />
        </Select>
        <Select
          label={e.coupleKind}
          value={kind}
          onChange={(ev) => setKind(ev.target.value as CoupleKind)}
          qa="genogram-couple-kind"
        >
          {(['married', 'cohabiting', 'separated', 'divorced'] as const).map((k) => (
            <option key={k} value={k}>
              {g.couples[k]}
            </option>
          ))}
        </Select>
        <div className="row">
          <TextInput
            labelText={e.fromYear}
            value={from}
            inputMode="numeric"
            onChange={(v) => setFrom(String(v ?? ''))}
            fullWidth
          />
          <TextInput
            labelText={e.toYear}
            value={to}
            inputMode="numeric"
            onChange={(v) => setTo(String(v ?? ''))}
            fullWidth
          />
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <Submit qa="genogram-couple-submit">{e.addCouple}</Submit>
      </Form>
    </Section>
  );
}

export function AddChildForm({
  doc,
  selectedId,
  onChange,
  t,
}: {
  doc: GenogramDocument;
  selectedId: string | null;
  onChange: Change;
  t: Translations;
}) {
  const g = t.teams.genogram;
  const e = g.editor;
  const label = (id: string) =>
    personLabel(
      doc.persons.find((p) => p.id === id),
      t,
    );
  const [parents, setParents] = useState('');
  const [child, setChild] = useState('');
  const [kind, setKind] = useState<ChildKind>('biological');
  const [error, setError] = useState<string | null>(null);
  const childId = child || selectedId || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parents || !childId) return setError(e.chooseBoth);
    const [type, id = ''] = parents.split(':');
    const couple = type === 'c' ? doc.couples.find((c) => c.id === id) : undefined;
    if ((couple && (couple.partnerA === childId || couple.partnerB === childId)) || id === childId)
      return setError(e.sameTwice);
    setError(null);
    onChange(
      addChildLink(doc, childId, type === 'c' ? { coupleId: id } : { parentId: id }, kind),
      e.childAdded,
    );
    setChild('');
  };
  if (doc.persons.length < 2) return null;
  return (
    <Section title={e.addChildHeading} qa="genogram-add-child">
      <Form onSubmit={submit} noValidate aria-label={e.addChildHeading}>
        <Select
          label={e.parents}
          value={parents}
          onChange={(ev) => setParents(ev.target.value)}
          qa="genogram-child-parents"
        >
          <option value="">{e.choose}</option>
          {doc.couples.map((c) => (
            <option key={c.id} value={`c:${c.id}`}>
              {e.coupleOption(label(c.partnerA), label(c.partnerB))}
            </option>
          ))}
          {doc.persons.map((p) => (
            <option key={p.id} value={`p:${p.id}`}>
              {e.singleParent(personLabel(p, t))}
            </option>
          ))}
        </Select>
        <Select
          label={e.child}
          value={childId}
          onChange={(ev) => setChild(ev.target.value)}
          qa="genogram-child-child"
        >
          <option value="">{e.choose}</option>
          <PersonOptions doc={doc} t={t} />
        </Select>
        <Select
          label={e.childKind}
          value={kind}
          onChange={(ev) => setKind(ev.target.value as ChildKind)}
          qa="genogram-child-kind"
        >
          {(['biological', 'adopted', 'foster'] as const).map((k) => (
            <option key={k} value={k}>
              {g.childKinds[k]}
            </option>
          ))}
        </Select>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <Submit qa="genogram-child-submit">{e.addChildLink}</Submit>
      </Form>
    </Section>
  );
}

export function AddLineForm({
  doc,
  selectedId,
  onChange,
  t,
}: {
  doc: GenogramDocument;
  selectedId: string | null;
  onChange: Change;
  t: Translations;
}) {
  const g = t.teams.genogram;
  const e = g.editor;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<LineKind>('close');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fromId = from || selectedId || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fromId || !to) return setError(e.chooseBoth);
    if (fromId === to) return setError(e.sameTwice);
    setError(null);
    onChange(addRelationship(doc, fromId, to, kind, note.trim()), e.lineAdded);
    setTo('');
    setNote('');
  };
  if (doc.persons.length < 2) return null;
  return (
    <Section title={e.addLineHeading} qa="genogram-add-line">
      <Form onSubmit={submit} noValidate aria-label={e.addLineHeading}>
        <Select
          label={e.from}
          value={fromId}
          onChange={(ev) => setFrom(ev.target.value)}
          qa="genogram-line-from"
        >
          <option value="">{e.choose}</option>
          <PersonOptions doc={doc} t={t} />
        </Select>
        <Select label={e.to} value={to} onChange={(ev) => setTo(ev.target.value)} qa="genogram-line-to">
          <option value="">{e.choose}</option>
          <PersonOptions doc={doc} t={t} exclude={fromId} />
        </Select>
        <Select
          label={e.lineKind}
          value={kind}
          onChange={(ev) => setKind(ev.target.value as LineKind)}
          qa="genogram-line-kind"
        >
          {(['close', 'distant', 'conflicted', 'cut_off', 'abusive'] as const).map((k) => (
            <option key={k} value={k}>
              {g.lines[k]}
            </option>
          ))}
        </Select>
        <TextInput labelText={e.lineNote} value={note} onChange={(v) => setNote(String(v ?? ''))} fullWidth />
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <Submit qa="genogram-line-submit">{e.addLine}</Submit>
      </Form>
    </Section>
  );
}

export function HouseholdsForm({
  doc,
  onChange,
  t,
}: {
  doc: GenogramDocument;
  onChange: Change;
  t: Translations;
}) {
  const e = t.teams.genogram.editor;
  const [label, setLabel] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const groupId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (members.length === 0) return setError(e.chooseBoth);
    setError(null);
    onChange(addHousehold(doc, label.trim(), members), e.householdAdded);
    setLabel('');
    setMembers([]);
  };
  if (doc.persons.length === 0) return null;
  const name = (id: string) =>
    personLabel(
      doc.persons.find((p) => p.id === id),
      t,
    );
  return (
    <Section title={e.householdHeading} qa="genogram-households">
      {doc.households.length > 0 ? (
        <Connections style={{ marginTop: 0, marginBottom: spacing.s }}>
          {doc.households.map((h) => (
            <li key={h.id}>
              <span>
                <strong>{h.label || t.teams.genogram.household}</strong>: {h.memberIds.map(name).join(', ')}
              </span>
              <Button
                variant="secondaryNoBorder"
                aria-label={e.removeHousehold(h.label || t.teams.genogram.household)}
                onClick={() => onChange(removeLink(doc, h.id), e.removeHousehold(h.label))}
              >
                {t.common.remove}
              </Button>
            </li>
          ))}
        </Connections>
      ) : null}
      <Form onSubmit={submit} noValidate aria-label={e.addHousehold}>
        <TextInput
          labelText={e.householdLabel}
          value={label}
          onChange={(v) => setLabel(String(v ?? ''))}
          fullWidth
          data-qa="genogram-household-label"
        />
        <fieldset
          aria-labelledby={groupId}
          style={{ border: 0, margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4 }}
        >
          <legend id={groupId} style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>
            {e.householdMembers}
          </legend>
          {doc.persons.map((p) => (
            <Checkbox
              key={p.id}
              checked={members.includes(p.id)}
              onClick={({ checkboxState }) =>
                setMembers((list) => (checkboxState ? [...list, p.id] : list.filter((x) => x !== p.id)))
              }
              variant="small"
            >
              {personLabel(p, t)}
            </Checkbox>
          ))}
        </fieldset>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <Submit qa="genogram-household-submit">{e.addHousehold}</Submit>
      </Form>
    </Section>
  );
}
