import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { type Fact, FactList, Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { localName, useI18n } from '../../../lib/i18n';
import { BackNav } from '../../children/ChildPage';
import { isNotFound } from '../../children/queries';
import { Section, Text } from '../../teams/ui';
import { organisationQuery } from '../queries';
import { EditOrganisationForm, NewContactForm, NewModelForm, NewServiceForm } from './MaintainForms';
import { ContactsTable, ModelList } from './parts';
import { placesText } from './RegisterSearchPage';

/** A partner organisation: its services, contact persons and collaboration models. */
export function OrganisationPage() {
  const { organisationId = '' } = useParams({ strict: false });
  const { t, lang } = useI18n();
  const r = t.network.register;
  const query = useQuery(organisationQuery(organisationId));
  const o = query.data;
  const maintain = o?.can.includes('partnerRegister:maintain') ?? false;
  const facts: Fact[] = o
    ? [
        { label: r.sector, value: r.sectors[o.sector] },
        { label: r.region, value: o.region },
        { label: r.municipality, value: o.municipality ? localName(o.municipality.name, lang) : '–' },
        { label: r.contactColumns.phone, value: o.phone || '–' },
        { label: r.contactColumns.email, value: o.email || '–' },
        { label: r.website, value: o.website || '–' },
      ]
    : [];
  return (
    <div data-qa={o ? 'organisation-page' : 'organisation-loading'}>
      <BackNav>
        <Link to="/partnership">{r.back}</Link>
      </BackNav>
      <PageHeading title={o ? localName(o.name, lang) : r.title} focusKey={o ? 'found' : ''}>
        {o ? localName(o.name, lang) : r.title}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {query.error ? (
        isNotFound(query.error) ? (
          <Muted>{r.notFound}</Muted>
        ) : (
          <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : null}
      {o ? (
        <>
          {o.active ? null : <p style={{ fontWeight: 600 }}>{t.network.maintain.ended}</p>}
          <Section title={r.facts}>
            <FactList facts={facts} />
            {o.notes ? <Text style={{ marginTop: 12 }}>{o.notes}</Text> : null}
            {maintain ? (
              <div style={{ marginTop: 16 }}>
                <EditOrganisationForm organisation={o} />
              </div>
            ) : null}
          </Section>
          <Section title={r.services}>
            {o.services.length === 0 ? (
              <p style={{ margin: 0 }}>{r.noServices}</p>
            ) : (
              <DataTable caption={r.services} captionHidden data-qa="organisation-services">
                <thead>
                  <tr>
                    <th scope="col">{r.columns.service}</th>
                    <th scope="col">{r.columns.type}</th>
                    <th scope="col">{r.columns.area}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.services.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to="/partnership/services/$serviceId" params={{ serviceId: s.id }}>
                          {localName(s.name, lang)}
                        </Link>
                      </th>
                      <td>{t.network.serviceTypes[s.type]}</td>
                      <td>{placesText(s, lang, 6)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
            {maintain ? (
              <div style={{ marginTop: 16 }}>
                <NewServiceForm organisationId={o.id} region={o.region} />
              </div>
            ) : null}
          </Section>
          <Section title={r.contacts}>
            <ContactsTable contacts={o.contacts} editable={maintain} />
            {maintain ? (
              <div style={{ marginTop: 16 }}>
                <NewContactForm organisationId={o.id} />
              </div>
            ) : null}
          </Section>
          <Section title={r.models} intro={r.modelsIntro}>
            <ModelList models={o.models} />
            {maintain ? (
              <div style={{ marginTop: 16 }}>
                <NewModelForm organisationId={o.id} region={o.region} />
              </div>
            ) : null}
          </Section>
        </>
      ) : null}
    </div>
  );
}
