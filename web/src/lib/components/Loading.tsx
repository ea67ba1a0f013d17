import { LoadingSpinner } from 'suomifi-ui-components';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return <LoadingSpinner text={t.common.loading} textAlign="right" variant="small" mt="m" mb="m" />;
}
