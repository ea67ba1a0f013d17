import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { useI18n } from '../../../lib/i18n';
import { BackNav } from '../../children/ChildPage';
import { isNotFound } from '../../children/queries';
import { networkMapQuery } from '../queries';
import { NetworkMapEditor } from './NetworkMapEditor';
import { NetworkMapVersions } from './NetworkMapVersions';

/** The child's network map (verkostokartta): the editor, the table alternative and the versions. */
export function NetworkMapPage() {
  const { childId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const e = t.network.map;
  const map = useQuery(networkMapQuery(childId));
  const childName = map.data?.document.nodes.find((n) => n.kind === 'child')?.name;
  return (
    <div
      data-qa={
        map.data
          ? 'network-map-page'
          : isNotFound(map.error)
            ? 'network-map-not-found'
            : 'network-map-loading'
      }
    >
      <BackNav className="no-print">
        <Link to="/children/$childId" params={{ childId }}>
          {t.network.backToChild}
        </Link>
      </BackNav>
      {/* The window title never names the child. */}
      <PageHeading title={e.title} focusKey={map.data ? 'found' : ''}>
        {childName ? e.heading(childName) : e.title}
      </PageHeading>
      <p className="no-print" style={{ maxWidth: '75ch' }}>
        {e.intro}
      </p>
      {map.isPending ? <Loading /> : null}
      {map.error ? (
        isNotFound(map.error) ? (
          <Muted>{e.notFound}</Muted>
        ) : (
          <ErrorNotice error={map.error} onRetry={() => void map.refetch()} />
        )
      ) : null}
      {map.data ? (
        <>
          <NetworkMapEditor key={map.data.childId} view={map.data} />
          <div style={{ marginTop: 24 }}>
            <NetworkMapVersions childId={childId} />
          </div>
        </>
      ) : null}
    </div>
  );
}
