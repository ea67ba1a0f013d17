import { Link } from '@tanstack/react-router';
import { Card, Lead } from '../../lib/components/Layout';
import { PageHeading } from '../../lib/components/PageHeading';
import { useI18n } from '../../lib/i18n';
import { isComplete, useSession } from '../auth/session';
import { ShellFrame } from './ShellFrame';

export function PageNotFound() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <ShellFrame session={isComplete(session) ? session : null}>
      <Card>
        <PageHeading data-qa="page-not-found">{t.shell.pageNotFoundTitle}</PageHeading>
        <Lead>{t.shell.pageNotFoundBody}</Lead>
        <Link to="/worklist">{t.shell.backToWorklist}</Link>
      </Card>
    </ShellFrame>
  );
}
