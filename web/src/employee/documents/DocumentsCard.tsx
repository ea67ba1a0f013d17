import type { DocumentMeta } from '@lumo/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { InlineAlert, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { documentsApi } from '../../lib/api/endpoints';
import { DataTable } from '../../lib/components/DataTable';
import { ErrorNotice, errorText } from '../../lib/components/ErrorNotice';
import { ButtonRow, FormStack } from '../../lib/components/Forms';
import { Muted } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { formatDateTime } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';

export const documentsQuery = (childId: string) =>
  queryOptions({
    queryKey: ['documents', childId],
    queryFn: () => documentsApi.list(childId),
    staleTime: 0,
  });

/**
 * The PDF documents made of one assessment or plan version, each stored exactly as given to the family,
 * and a form to make one in Finnish or Swedish.
 */
export function DocumentsCard({
  childId,
  sourceId,
  kind,
  canCreate,
  create,
}: {
  childId: string;
  sourceId: string;
  kind: DocumentMeta['kind'];
  canCreate: boolean;
  create: (language: 'fi' | 'sv') => Promise<DocumentMeta>;
}) {
  const { t, lang } = useI18n();
  const d = t.documents;
  const queryClient = useQueryClient();
  const list = useQuery(documentsQuery(childId));
  const [language, setLanguage] = useState<'fi' | 'sv'>(lang === 'sv' ? 'sv' : 'fi');
  const make = useMutation({
    mutationFn: () => create(language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsQuery(childId).queryKey }),
  });
  const documents = (list.data?.documents ?? [])
    .filter((doc) => doc.sourceId === sourceId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    make.mutate();
  };

  return (
    <>
      <Muted>{d.intro}</Muted>
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        documents.length === 0 ? (
          <Muted data-qa="documents-empty">{d.none}</Muted>
        ) : (
          <DataTable caption={d.caption} captionHidden data-qa="documents-table">
            <thead>
              <tr>
                <th scope="col">{d.columns.file}</th>
                <th scope="col">{d.columns.language}</th>
                <th scope="col">{d.columns.created}</th>
                <th scope="col">{d.columns.size}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr
                  key={doc.id}
                  data-qa="document-row"
                  data-document-id={doc.id}
                  data-language={doc.language}
                >
                  <th scope="row">
                    <a href={documentsApi.href(doc.id)} download={doc.filename} data-qa="document-link">
                      {doc.filename}
                    </a>
                    <div style={{ fontSize: 14 }}>{d.kinds[doc.kind]}</div>
                  </th>
                  <td>{d.languages[doc.language]}</td>
                  <td>{t.common.byOn(formatDateTime(doc.createdAt, t), doc.createdBy.name)}</td>
                  <td className="nowrap">{d.size(Math.max(1, Math.round(doc.byteSize / 1024)))}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )
      ) : null}
      {canCreate ? (
        <FormStack
          onSubmit={submit}
          noValidate
          aria-label={d.heading}
          data-qa="document-form"
          style={{ marginTop: 16 }}
        >
          <RadioButtonGroup
            labelText={d.language}
            name={`document-language-${sourceId}`}
            value={language}
            onChange={(value) => setLanguage(value as 'fi' | 'sv')}
          >
            <RadioButton value="fi" data-qa="document-language-fi">
              {d.languages.fi}
            </RadioButton>
            <RadioButton value="sv" data-qa="document-language-sv">
              {d.languages.sv}
            </RadioButton>
          </RadioButtonGroup>
          {make.error ? (
            <InlineAlert status="error" data-qa="document-error">
              {errorText(make.error, lang, t)}
            </InlineAlert>
          ) : null}
          <ButtonRow>
            <SubmitButton pending={make.isPending} qa="document-create">
              {kind === 'assessment_summary' ? d.createAssessment : d.createPlan}
            </SubmitButton>
            <span role="status" data-qa="document-status">
              {make.isSuccess ? d.created : ''}
            </span>
          </ButtonRow>
        </FormStack>
      ) : null}
    </>
  );
}
