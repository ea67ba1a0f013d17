import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { type Fact, FactList, Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { localName, useI18n } from '../../../lib/i18n';
import { BackNav } from '../../children/ChildPage';
import { isNotFound } from '../../children/queries';
import { Section, Text } from '../../teams/ui';
import { serviceQuery } from '../queries';
import { EditServiceForm } from './MaintainForms';
import { ContactsTable, ModelList } from './parts';

/** A service of the register: where it serves, whom to call, and the models agreed with it. */
export function ServicePage() {
  const { serviceId = '' } = useParams({ strict: false });
  const { t, lang } = useI18n();
  const r = t.network.register;
  const service = useQuery(serviceQuery(serviceId));
  const s = service.data;
  const maintain = s?.can.includes('partnerRegister:maintain') ?? false;
  const facts: Fact[] = s
    ? [
        {
          label: r.columns.organisation,
          value: (
            <Link
              to="/partnership/organisations/$organisationId"
              params={{ organisationId: s.organisation.id }}
            >
              {localName(s.organisation.name, lang)}
            </Link>
          ),
        },
        { label: r.columns.type, value: t.network.serviceTypes[s.type] },
        { label: r.region, value: s.region },
        { label: r.columns.area, value: s.municipalities.map((m) => localName(m.name, lang)).join(', ') },
        { label: r.address, value: s.address || '–' },
        { label: r.contactColumns.phone, value: s.phone || '–' },
        { label: r.contactColumns.email, value: s.email || '–' },
      ]
    : [];
  return (
    <div data-qa={s ? 'service-page' : 'service-loading'}>
      <BackNav>
        <Link to="/partnership">{r.back}</Link>
      </BackNav>
      <PageHeading title={s ? localName(s.name, lang) : r.title} focusKey={s ? 'found' : ''}>
        {s ? localName(s.name, lang) : r.title}
      </PageHeading>
      {service.isPending ? <Loading /> : null}
      {service.error ? (
        isNotFound(service.error) ? (
          <Muted>{r.notFound}</Muted>
        ) : (
          <ErrorNotice error={service.error} onRetry={() => void service.refetch()} />
        )
      ) : null}
      {s ? (
        <>
          {s.active ? null : <p style={{ fontWeight: 600 }}>{r.inactiveLong}</p>}
          <Section title={r.facts}>
            <FactList facts={facts} />
            {s.description ? <Text style={{ marginTop: 12 }}>{s.description}</Text> : null}
            {maintain ? (
              <div style={{ marginTop: 16 }}>
                <EditServiceForm service={s} />
              </div>
            ) : null}
          </Section>
          <Section title={r.contacts}>
            <ContactsTable contacts={s.contacts} editable={maintain} />
          </Section>
          <Section title={r.models} intro={r.modelsIntro}>
            <ModelList models={s.models} />
          </Section>
        </>
      ) : null}
    </div>
  );
}
