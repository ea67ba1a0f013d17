import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice, errorText } from '../../../lib/components/ErrorNotice';
import { Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors } from '../../../lib/components/theme';
import { formatLocalDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { BackNav, childName } from '../../children/ChildPage';
import { childQuery, isNotFound } from '../../children/queries';
import { Section } from '../../teams/ui';
import { multiagencyApi } from '../api';
import { childMultiagencyQuery } from '../queries';

/** The child's multi-agency assessments, and starting one on her open service-need assessment. */
export function ChildMultiagencyPage() {
  const { childId = '' } = useParams({ strict: false });
  const { t, lang } = useI18n();
  const m = t.network.multiagency;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const child = useQuery(childQuery(childId));
  const list = useQuery(childMultiagencyQuery(childId));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const name = child.data ? childName(child.data.child) : null;

  const start = async (assessmentId: string) => {
    setPending(true);
    setError(null);
    try {
      const started = await multiagencyApi.start(assessmentId);
      await queryClient.invalidateQueries({ queryKey: childMultiagencyQuery(childId).queryKey });
      await navigate({ to: '/multiagency/$multiagencyId', params: { multiagencyId: started.id } });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <div data-qa={list.data ? 'child-multiagency-page' : 'child-multiagency-loading'}>
      <BackNav>
        <Link to="/children/$childId" params={{ childId }}>
          {t.network.backToChild}
        </Link>
      </BackNav>
      <PageHeading title={m.title} focusKey={name ? 'found' : ''}>
        {name ? m.heading(name) : m.title}
      </PageHeading>
      <p style={{ maxWidth: '75ch' }}>{m.intro}</p>
      {list.isPending ? <Loading /> : null}
      {list.error ? (
        isNotFound(list.error) ? (
          <Muted>{m.notFound}</Muted>
        ) : (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        )
      ) : null}
      {list.data ? (
        <Section title={m.listTitle} qa="child-multiagency-list">
          {list.data.assessments.length === 0 ? (
            <p style={{ marginTop: 0 }}>{m.none}</p>
          ) : (
            <DataTable caption={m.listTitle} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{m.columns.started}</th>
                  <th scope="col">{m.columns.phase}</th>
                  <th scope="col">{m.columns.contributions}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.assessments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link
                        to="/multiagency/$multiagencyId"
                        params={{ multiagencyId: a.id }}
                        data-qa="child-multiagency-open"
                      >
                        {m.startedOn(formatLocalDate(a.startedOn))}
                      </Link>
                    </th>
                    <td>{m.phases[a.phase]}</td>
                    <td>{a.contributions}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          {list.data.openAssessmentId && list.data.can.includes('multiagency:manage') ? (
            <div style={{ marginTop: 16 }}>
              <p style={{ maxWidth: '75ch' }}>{m.startHint}</p>
              <Button
                onClick={() => list.data.openAssessmentId && void start(list.data.openAssessmentId)}
                disabled={pending}
                data-qa="child-multiagency-start"
              >
                {m.start}
              </Button>
            </div>
          ) : list.data.assessments.length === 0 ? (
            <p style={{ margin: 0, color: colors.depthDark1 }}>{m.noOpenAssessment}</p>
          ) : null}
          {error ? (
            <p role="alert" style={{ color: colors.alertBase, fontWeight: 600 }}>
              {errorText(error, lang, t)}
            </p>
          ) : null}
        </Section>
      ) : null}
    </div>
  );
}
