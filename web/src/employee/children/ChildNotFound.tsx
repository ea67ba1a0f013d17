import { Card, Lead } from '../../lib/components/Layout';
import { useI18n } from '../../lib/i18n';
import { can, useSession } from '../auth/session';
import { EmergencyAccessForm } from '../emergency/EmergencyAccessForm';

/**
 * A child the user may not see looks exactly like one that does not exist. A team lead may still
 * open it with emergency access.
 */
export function ChildNotFound({ childId }: { childId: string }) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <>
      <Card>
        <Lead style={{ marginBottom: 0 }}>{t.child.notFound.body}</Lead>
      </Card>
      {can(session, 'child:takeEmergencyAccess') ? <EmergencyAccessForm childId={childId} /> : null}
    </>
  );
}
