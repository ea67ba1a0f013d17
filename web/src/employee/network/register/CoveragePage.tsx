import { type Coverage, type Region, regions } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Fragment } from 'react';
import styled from 'styled-components';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors, spacing } from '../../../lib/components/theme';
import { localName, useI18n } from '../../../lib/i18n';
import { Select } from '../../teams/ui';
import { coverageQuery } from '../queries';
import { RegisterNav } from './RegisterNav';

const Grid = styled.div`
  table {
    width: auto;
    font-size: 15px;
  }
  thead th.type {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    white-space: nowrap;
    vertical-align: bottom;
    text-align: left;
    padding: 8px 4px;
    min-width: 34px;
    font-size: 14px;
  }
  td.cell {
    text-align: center;
    padding: 4px;
    min-width: 34px;
    border-left: 1px solid ${colors.whiteBase};
  }
  td.has {
    background: hsl(145, 45%, 86%);
  }
  td.has a {
    color: hsl(150, 70%, 18%);
    font-weight: 700;
    text-decoration: none;
  }
  td.gap {
    background: hsl(2, 80%, 93%);
    color: ${colors.alertBase};
    font-weight: 700;
  }
  td.missing {
    font-weight: 700;
    text-align: right;
  }
  th.region {
    background: ${colors.depthLight3};
    font-weight: 700;
  }
`;

const Key = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.m};
  span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  i {
    display: inline-block;
    width: 22px;
    height: 18px;
    border-radius: 2px;
  }
`;

/** Municipalities × service types: the empty cells are the gaps, which is the point of the view. */
export function CoveragePage() {
  const { t } = useI18n();
  const c = t.network.coverage;
  const search = useSearch({ strict: false }) as { region?: Region };
  const navigate = useNavigate();
  const coverage = useQuery(coverageQuery(search.region));
  return (
    <div data-qa="coverage-page">
      <PageHeading>{c.title}</PageHeading>
      <p style={{ maxWidth: '75ch' }}>{c.intro}</p>
      <RegisterNav />
      <div style={{ maxWidth: 320, marginBottom: spacing.s }}>
        <Select
          label={t.network.register.region}
          value={search.region ?? ''}
          onChange={(e) =>
            void navigate({
              to: '/partnership/coverage',
              search: e.target.value ? { region: e.target.value as Region } : {},
            })
          }
          qa="coverage-region"
        >
          <option value="">{t.network.register.allRegions}</option>
          {regions.map((x) => (
            <option key={x} value={x}>
              {t.common.regions[x]}
            </option>
          ))}
        </Select>
      </div>
      <Key aria-hidden="true">
        <span>
          <i style={{ background: 'hsl(145, 45%, 86%)' }} /> {c.keyHas}
        </span>
        <span>
          <i style={{ background: 'hsl(2, 80%, 93%)' }} /> {c.keyGap}
        </span>
      </Key>
      {coverage.isPending ? <Loading /> : null}
      {coverage.error ? <ErrorNotice error={coverage.error} onRetry={() => void coverage.refetch()} /> : null}
      {coverage.data ? <CoverageTable coverage={coverage.data} /> : null}
    </div>
  );
}

function CoverageTable({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  const c = t.network.coverage;
  const types = coverage.serviceTypes.filter((s) => s !== 'other');
  const byRegion = regions
    .map((region) => ({ region, places: coverage.municipalities.filter((m) => m.region === region) }))
    .filter((g) => g.places.length > 0);
  return (
    <Grid>
      <DataTable caption={c.caption} data-qa="coverage-table">
        <thead>
          <tr>
            <th scope="col">{c.municipality}</th>
            {types.map((s) => (
              <th key={s} scope="col" className="type">
                {t.network.serviceTypes[s]}
              </th>
            ))}
            <th scope="col">{c.gaps}</th>
          </tr>
        </thead>
        <tbody>
          {byRegion.map((g) => (
            <Fragment key={g.region}>
              <tr>
                <th scope="colgroup" colSpan={types.length + 2} className="region">
                  {t.common.regions[g.region]}
                </th>
              </tr>
              {g.places.map((m) => (
                <tr key={m.code} data-qa="coverage-row" data-municipality={m.code}>
                  <th scope="row">{localName(m.name, lang)}</th>
                  {types.map((s) => {
                    const n = m.counts[s] ?? 0;
                    return n > 0 ? (
                      <td key={s} className="cell has">
                        <Link
                          to="/partnership"
                          search={{ type: s, municipality: m.code }}
                          aria-label={c.cellHas(t.network.serviceTypes[s], localName(m.name, lang), n)}
                        >
                          {n}
                        </Link>
                      </td>
                    ) : (
                      <td key={s} className="cell gap" data-qa="coverage-gap">
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{c.cellGap}</span>
                      </td>
                    );
                  })}
                  <td className="missing">{m.missing.length}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </DataTable>
    </Grid>
  );
}
