import type { Contact, PartnerOrganisation } from '@lumo/domain';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { localName, useI18n } from '../../../lib/i18n';
import { EditContactForm } from './MaintainForms';

/** The contact persons of an organisation or a service; a maintainer edits each in place. */
export function ContactsTable({ contacts, editable = false }: { contacts: Contact[]; editable?: boolean }) {
  const { t } = useI18n();
  const r = t.network.register;
  const [editing, setEditing] = useState<string | null>(null);
  const edited = contacts.find((c) => c.id === editing);
  if (contacts.length === 0) return <p style={{ margin: 0 }}>{r.noContacts}</p>;
  return (
    <>
      <DataTable caption={r.contacts} captionHidden data-qa="register-contacts">
        <thead>
          <tr>
            <th scope="col">{r.contactColumns.name}</th>
            <th scope="col">{r.contactColumns.title}</th>
            <th scope="col">{r.contactColumns.phone}</th>
            <th scope="col">{r.contactColumns.email}</th>
            <th scope="col">{r.contactColumns.notes}</th>
            {editable ? (
              <th scope="col">
                <span className="visually-hidden">{t.network.maintain.edit}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                {c.userId ? <div style={{ fontSize: 14 }}>{r.hasAccount}</div> : null}
              </th>
              <td>{c.title}</td>
              <td className="nowrap">
                {c.phone ? <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a> : null}
              </td>
              <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}</td>
              <td>{c.notes}</td>
              {editable ? (
                <td>
                  <Button
                    variant="secondaryNoBorder"
                    aria-label={t.network.maintain.editContact(c.name)}
                    onClick={() => setEditing(c.id)}
                    data-qa="register-contact-edit-open"
                  >
                    {t.network.maintain.edit}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {edited ? (
        <div style={{ marginTop: 16 }}>
          <EditContactForm key={edited.id} contact={edited} close={() => setEditing(null)} />
        </div>
      ) : null}
    </>
  );
}

/** The collaboration models agreed with a partner, each opening its steps and action cards. */
export function ModelList({ models }: { models: PartnerOrganisation['models'] }) {
  const { t, lang } = useI18n();
  const r = t.network.register;
  if (models.length === 0) return <p style={{ margin: 0 }}>{r.noModels}</p>;
  return (
    <ul data-qa="register-models" style={{ margin: 0, paddingLeft: 20 }}>
      {models.map((m) => (
        <li key={m.id}>
          <Link to="/partnership/models/$modelId" params={{ modelId: m.id }}>
            {localName(m.name, lang)}
          </Link>{' '}
          ({r.steps(m.steps)}
          {m.municipality ? `, ${localName(m.municipality.name, lang)}` : m.region ? `, ${m.region}` : ''})
        </li>
      ))}
    </ul>
  );
}
