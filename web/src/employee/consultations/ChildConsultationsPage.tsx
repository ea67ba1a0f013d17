import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { InlineAlert } from 'suomifi-ui-components';
import { ErrorNotice } from '../../lib/components/ErrorNotice';
import { Card, H2, Lead, Muted } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { useI18n } from '../../lib/i18n';
import { can, useSession } from '../auth/session';
import { BackNav, childName } from '../children/ChildPage';
import { childQuery } from '../children/queries';
import { ConsultationCard } from './ConsultationCard';
import { childConsultationsQuery } from './queries';
import { RequestForm } from './RequestForm';

/** The child's consultations: ask the expert pool, follow the requests, read the answers. */
export function ChildConsultationsPage() {
  const { childId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const k = t.consultations;
  const session = useSession();
  const child = useQuery(childQuery(childId));
  const list = useQuery(childConsultationsQuery(childId));
  const consultations = list.data?.consultations ?? [];
  const late = consultations.filter((c) => c.status === 'open' && c.overdue);
  const mayAsk = child.data?.can.includes('consultation:ask') ?? false;
  return (
    <div data-qa="child-consultations">
      <BackNav>
        <Link to="/children/$childId" params={{ childId }}>
          {k.child.back}
        </Link>
      </BackNav>
      {/* The window title never names the child. */}
      <PageHeading title={k.child.title} focusKey={child.data ? 'found' : ''}>
        {child.data ? `${k.child.title}: ${childName(child.data.child)}` : k.child.title}
      </PageHeading>
      <Lead>{k.child.intro}</Lead>
      {child.error ? <ErrorNotice error={child.error} /> : null}
      {late.length > 0 ? (
        <InlineAlert status="warning" data-qa="consultation-reminder" mb="m">
          <p style={{ margin: 0, fontWeight: 600 }}>{k.child.reminder(late.length)}</p>
          <p style={{ margin: 0 }}>{k.child.reminderHint}</p>
        </InlineAlert>
      ) : null}
      {mayAsk && can(session, 'expertPool:read') ? (
        <Card aria-labelledby="consultation-new">
          <H2 id="consultation-new">{k.form.heading}</H2>
          <RequestForm childId={childId} />
        </Card>
      ) : null}
      <Card aria-labelledby="consultation-list">
        <H2 id="consultation-list">{k.child.listHeading}</H2>
        {list.isPending ? <Loading /> : null}
        {list.error ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && consultations.length === 0 ? <Muted>{k.child.none}</Muted> : null}
        {consultations.map((c) => (
          <ConsultationCard key={c.id} consultation={c} />
        ))}
      </Card>
    </div>
  );
}
