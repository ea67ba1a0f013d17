import { type Expert, type Expertise, expertises, type Region, regions } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Columns, Muted, Tag } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { localName, useI18n } from '../../lib/i18n';
import { expertsQuery } from './queries';

export interface PoolFilter {
  expertise: Expertise | undefined;
  region: Region | undefined;
}

/** The expert pool of the four regions, by expertise and region, to choose a named expert from. */
export function ExpertPool({
  filter,
  onFilter,
  chosenId,
  onChoose,
}: {
  filter: PoolFilter;
  onFilter: (filter: PoolFilter) => void;
  chosenId: string | null;
  onChoose: (expert: Expert) => void;
}) {
  const { t, lang } = useI18n();
  const k = t.consultations;
  // The whole pool is a hundred people: it is listed by expertise.
  const query = useQuery({ ...expertsQuery(filter.expertise, filter.region), enabled: !!filter.expertise });
  return (
    <>
      <Columns>
        <Dropdown
          labelText={k.pool.expertise}
          value={filter.expertise ?? 'all'}
          onChange={(value) =>
            onFilter({ ...filter, expertise: value === 'all' ? undefined : (value as Expertise) })
          }
          fullWidth
          data-qa="pool-expertise"
        >
          {[
            <DropdownItem key="all" value="all">
              {k.anyExpertise}
            </DropdownItem>,
            ...expertises.map((e) => (
              <DropdownItem key={e} value={e}>
                {k.expertises[e]}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown
          labelText={k.pool.region}
          value={filter.region ?? 'all'}
          onChange={(value) =>
            onFilter({ ...filter, region: value === 'all' ? undefined : (value as Region) })
          }
          fullWidth
          data-qa="pool-region"
        >
          {[
            <DropdownItem key="all" value="all">
              {k.allRegions}
            </DropdownItem>,
            ...regions.map((r) => (
              <DropdownItem key={r} value={r}>
                {t.common.regions[r]}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </Columns>
      {!filter.expertise ? <Muted>{k.pool.chooseFirst}</Muted> : null}
      {filter.expertise && query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.experts.length === 0 ? <Muted>{k.pool.none}</Muted> : null}
      {query.data && query.data.experts.length > 0 ? (
        <DataTable caption={k.pool.heading} captionHidden data-qa="expert-pool">
          <thead>
            <tr>
              <th scope="col">{k.pool.name}</th>
              <th scope="col">{k.pool.expertise}</th>
              <th scope="col">{k.pool.region}</th>
              <th scope="col">
                <span className="visually-hidden">{k.pool.choose}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {query.data.experts.map((expert) => (
              <tr key={expert.userId} data-qa="expert-row">
                <th scope="row">
                  {expert.name}
                  <div style={{ fontWeight: 400 }}>
                    {expert.title}, {localName(expert.organisation.name, lang)}
                  </div>
                  {expert.description ? <div style={{ fontWeight: 400 }}>{expert.description}</div> : null}
                </th>
                <td>{expert.expertise.map((e) => k.expertises[e]).join(', ')}</td>
                <td>{t.common.regions[expert.region]}</td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  {chosenId === expert.userId ? (
                    <Tag>{k.pool.chosen}</Tag>
                  ) : expert.available ? (
                    <Button
                      variant="secondary"
                      onClick={() => onChoose(expert)}
                      aria-label={`${k.pool.choose}: ${expert.name}`}
                      data-qa="expert-choose"
                    >
                      {k.pool.choose}
                    </Button>
                  ) : (
                    k.pool.unavailable
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </>
  );
}
