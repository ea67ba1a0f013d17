import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useI18n } from '../i18n';

/** A form's submit button that shows the design system's spinner while the request is on its way. */
export function SubmitButton({
  pending,
  children,
  qa,
}: {
  pending: boolean;
  children: ReactNode;
  qa: string;
}) {
  const { t } = useI18n();
  return pending ? (
    <Button type="submit" data-qa={qa} disabled loading ariaLoadingText={t.common.loading}>
      {children}
    </Button>
  ) : (
    <Button type="submit" data-qa={qa}>
      {children}
    </Button>
  );
}
