import { type Region, regions, type ServiceSummary, type ServiceType, serviceTypes } from '@lumo/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { Button, TextInput } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors, spacing } from '../../../lib/components/theme';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { registerApi, type ServiceSearch } from '../api';
import { coverageQuery } from '../queries';
import { NewOrganisationForm } from './MaintainForms';
import { RegisterNav } from './RegisterNav';

const SearchForm = styled.form`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
  gap: ${spacing.s};
  align-items: end;
  margin-bottom: ${spacing.m};
  padding: ${spacing.s};
  background: ${colors.highlightLight4};
  border-radius: 4px;
  .text {
    grid-column: 1 / -1;
  }
  .buttons {
    display: flex;
    gap: ${spacing.xs};
  }
`;

const Places = styled.span`
  color: ${colors.depthDark1};
  font-size: 15px;
`;

export function placesText(
  service: Pick<ServiceSummary, 'municipalities'>,
  lang: 'fi' | 'sv' | 'en',
  max = 4,
): string {
  const names = service.municipalities.map((m) => localName(m.name, lang));
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

/** The partnership register's search: services across the four regions, by text, type and place. */
export function RegisterSearchPage() {
  const { t, lang } = useI18n();
  const r = t.network.register;
  const search = useSearch({ strict: false }) as ServiceSearch;
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [type, setType] = useState<ServiceType | ''>(search.type ?? '');
  const [region, setRegion] = useState<Region | ''>(search.region ?? '');
  const [municipality, setMunicipality] = useState(search.municipality ?? '');
  const places = useQuery(coverageQuery());
  const active: ServiceSearch = {
    ...(search.q ? { q: search.q } : {}),
    ...(search.type ? { type: search.type } : {}),
    ...(search.region ? { region: search.region } : {}),
    ...(search.municipality ? { municipality: search.municipality } : {}),
  };
  const results = useInfiniteQuery({
    queryKey: ['partnership', 'services', 'search', active],
    queryFn: ({ pageParam }) => registerApi.searchServices(active, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      last.more ? pages.reduce((n, p) => n + p.services.length, 0) : undefined,
  });
  const services = results.data?.pages.flatMap((p) => p.services) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({
      to: '/partnership',
      search: {
        ...(text.trim() ? { q: text.trim() } : {}),
        ...(type ? { type } : {}),
        ...(region ? { region } : {}),
        ...(municipality ? { municipality } : {}),
      },
    });
  };
  const municipalities = (places.data?.municipalities ?? []).filter((m) => !region || m.region === region);

  return (
    <div data-qa="register-page">
      <PageHeading>{r.title}</PageHeading>
      <p style={{ maxWidth: '75ch' }}>{r.intro}</p>
      <RegisterNav />
      <SearchForm onSubmit={submit} role="search" aria-label={r.searchLabel} data-qa="register-search">
        <div className="text">
          <TextInput
            labelText={r.text}
            hintText={r.textHint}
            value={text}
            onChange={(v) => setText(String(v ?? ''))}
            fullWidth
            data-qa="register-text"
          />
        </div>
        <Select
          label={r.type}
          value={type}
          onChange={(e) => setType(e.target.value as ServiceType | '')}
          qa="register-type"
        >
          <option value="">{r.allTypes}</option>
          {serviceTypes.map((s) => (
            <option key={s} value={s}>
              {t.network.serviceTypes[s]}
            </option>
          ))}
        </Select>
        <Select
          label={r.region}
          value={region}
          onChange={(e) => {
            setRegion(e.target.value as Region | '');
            setMunicipality('');
          }}
          qa="register-region"
        >
          <option value="">{r.allRegions}</option>
          {regions.map((x) => (
            <option key={x} value={x}>
              {t.common.regions[x]}
            </option>
          ))}
        </Select>
        <Select
          label={r.municipality}
          value={municipality}
          onChange={(e) => setMunicipality(e.target.value)}
          qa="register-municipality"
        >
          <option value="">{r.allMunicipalities}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {localName(m.name, lang)}
            </option>
          ))}
        </Select>
        <div className="buttons">
          <Button type="submit" data-qa="register-submit">
            {r.search}
          </Button>
        </div>
      </SearchForm>
      {results.data?.pages[0]?.can.includes('partnerRegister:maintain') ? (
        <div style={{ marginBottom: spacing.m }}>
          <NewOrganisationForm />
        </div>
      ) : null}
      {results.isPending ? <Loading /> : null}
      {results.error ? <ErrorNotice error={results.error} onRetry={() => void results.refetch()} /> : null}
      {results.data ? (
        <>
          <p role="status" style={{ fontWeight: 600 }} data-qa="register-count">
            {services.length === 0 ? r.none : r.count(services.length, results.hasNextPage)}
          </p>
          {services.length > 0 ? (
            <DataTable caption={r.resultsCaption} captionHidden data-qa="register-results">
              <thead>
                <tr>
                  <th scope="col">{r.columns.service}</th>
                  <th scope="col">{r.columns.organisation}</th>
                  <th scope="col">{r.columns.type}</th>
                  <th scope="col">{r.columns.area}</th>
                  <th scope="col">{r.columns.contact}</th>
                </tr>
              </thead>
              <tbody>
                {services.map((s) => (
                  <tr key={s.id} data-qa="register-result">
                    <th scope="row">
                      <Link to="/partnership/services/$serviceId" params={{ serviceId: s.id }}>
                        {localName(s.name, lang)}
                      </Link>
                      {s.active ? null : ` (${r.inactive})`}
                    </th>
                    <td>
                      <Link
                        to="/partnership/organisations/$organisationId"
                        params={{ organisationId: s.organisation.id }}
                      >
                        {localName(s.organisation.name, lang)}
                      </Link>
                    </td>
                    <td>{t.network.serviceTypes[s.type]}</td>
                    <td>
                      {t.common.regions[s.region]}
                      <br />
                      <Places>{placesText(s, lang)}</Places>
                    </td>
                    <td>
                      {s.phone}
                      {s.phone && s.email ? <br /> : null}
                      {s.email}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}
          {results.hasNextPage ? (
            <Button
              variant="secondary"
              onClick={() => void results.fetchNextPage()}
              disabled={results.isFetchingNextPage}
              style={{ marginTop: spacing.s }}
              data-qa="register-more"
            >
              {r.more}
            </Button>
          ) : null}
        </>
      ) : null}
      {search.q ? <OrganisationResults q={search.q} region={search.region} /> : null}
    </div>
  );
}

/** Organisations whose name matches the words: the way to a partner that has no service of the type. */
function OrganisationResults({ q, region }: { q: string; region: Region | undefined }) {
  const { t, lang } = useI18n();
  const r = t.network.register;
  const found = useQuery({
    queryKey: ['partnership', 'organisations', q, region ?? ''],
    queryFn: () => registerApi.organisations({ q, region }),
  });
  if (!found.data || found.data.organisations.length === 0) return null;
  return (
    <section
      aria-labelledby="register-organisations"
      style={{ marginTop: spacing.l }}
      data-qa="register-organisations"
    >
      <h2 id="register-organisations" style={{ fontSize: 22, margin: `0 0 ${spacing.xs}` }}>
        {r.organisations}
      </h2>
      <DataTable caption={r.organisations} captionHidden>
        <thead>
          <tr>
            <th scope="col">{r.columns.organisation}</th>
            <th scope="col">{r.sector}</th>
            <th scope="col">{r.region}</th>
            <th scope="col">{r.services}</th>
          </tr>
        </thead>
        <tbody>
          {found.data.organisations.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link to="/partnership/organisations/$organisationId" params={{ organisationId: o.id }}>
                  {localName(o.name, lang)}
                </Link>
              </th>
              <td>{r.sectors[o.sector]}</td>
              <td>
                {o.region}
                {o.municipality ? `, ${localName(o.municipality.name, lang)}` : ''}
              </td>
              <td>{o.services}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
