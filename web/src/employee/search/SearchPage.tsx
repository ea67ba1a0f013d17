import type { PersonSearchResult } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { childrenApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, Lead, Muted } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { spacing } from '../../lib/components/theme';
import { formatLocalDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';

const SearchForm = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.s};
  margin-bottom: ${spacing.m};
  > div:first-child {
    flex: 0 1 420px;
    min-width: 0;
  }
`;

type Person = PersonSearchResult['results'][number];

/**
 * Finds children and their family by name or personal identity code, among those the user has a
 * relationship with. The query stays in the page, not in the address, so no identity code ends up
 * in the browser history.
 */
export function SearchPage() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const search = useQuery({
    queryKey: ['people', query],
    queryFn: () => childrenApi.search(query),
    enabled: query.length >= 2,
    staleTime: 0,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q.length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    if (q === query) void search.refetch();
    else setQuery(q);
  };

  const results = search.data?.results ?? [];

  return (
    <div data-qa="search-page">
      <PageHeading>{t.search.title}</PageHeading>
      <Lead>{t.search.intro}</Lead>
      <Card>
        <SearchForm onSubmit={submit} noValidate role="search">
          <TextInput
            labelText={t.search.field}
            value={text}
            onChange={(value) => {
              setText(String(value ?? ''));
              if (tooShort) setTooShort(false);
            }}
            autoComplete="off"
            spellCheck={false}
            fullWidth
            status={tooShort ? 'error' : 'default'}
            statusText={tooShort ? t.search.tooShort : undefined}
            data-qa="search-input"
          />
          <Button type="submit" data-qa="search-submit">
            {t.search.submit}
          </Button>
        </SearchForm>
        {search.isFetching && !search.data ? <Loading /> : null}
        {search.error ? <ErrorNotice error={search.error} onRetry={() => void search.refetch()} /> : null}
        {search.data && query ? (
          <div aria-live="polite" data-qa="search-results">
            {results.length === 0 ? (
              <Muted data-qa="search-no-results">{t.search.none(query)}</Muted>
            ) : (
              <>
                {search.data.truncated ? (
                  <InlineAlert status="neutral" mb="s">
                    {t.search.truncated}
                  </InlineAlert>
                ) : null}
                <ResultTable results={results} />
              </>
            )}
          </div>
        ) : null}
      </Card>
    </div>
  );
}

function ResultTable({ results }: { results: Person[] }) {
  const { t } = useI18n();
  return (
    <DataTable caption={t.search.caption(results.length)}>
      <thead>
        <tr>
          <th scope="col">{t.search.name}</th>
          <th scope="col">{t.search.hetu}</th>
          <th scope="col">{t.search.birthDate}</th>
          <th scope="col">{t.search.kind}</th>
          <th scope="col">{t.search.children}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((person) => (
          <tr key={person.id} data-qa="search-result" data-person-id={person.id} data-kind={person.kind}>
            <th scope="row">
              {person.kind === 'child' ? (
                <Link to="/children/$childId" params={{ childId: person.id }} data-qa="search-result-link">
                  {person.lastName} {person.firstNames}
                </Link>
              ) : (
                `${person.lastName} ${person.firstNames}`
              )}
            </th>
            <td className="nowrap">{person.hetu ?? t.common.empty}</td>
            <td className="nowrap">
              {person.birthDate ? formatLocalDate(person.birthDate) : t.common.empty}
            </td>
            <td>{t.search.kinds[person.kind]}</td>
            <td>
              {person.children.length === 0 ? (
                t.common.empty
              ) : (
                <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
                  {person.children.map((child) => (
                    <li key={child.id}>
                      <Link
                        to="/children/$childId"
                        params={{ childId: child.id }}
                        data-qa="search-result-child"
                      >
                        {child.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
