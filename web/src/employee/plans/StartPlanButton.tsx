import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { plansApi } from '../../lib/api/endpoints';
import { errorText } from '../../lib/components/ErrorNotice';
import { useI18n } from '../../lib/i18n';
import { planQuery } from './queries';

/** Starts a new version of the child's client plan as a draft (the first empty, later ones from the last agreed). */
export function StartPlanButton({ childId, text, qa }: { childId: string; text: string; qa: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => plansApi.create(childId),
    onSuccess: async (plan) => {
      queryClient.setQueryData(planQuery(plan.id).queryKey, plan);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['client-plans', childId] }),
        queryClient.invalidateQueries({ queryKey: ['clock', childId] }),
      ]);
      await navigate({ to: '/client-plans/$planId', params: { planId: plan.id } });
    },
  });
  return (
    <>
      {start.isPending ? (
        <Button variant="secondary" disabled loading ariaLoadingText={t.common.loading} data-qa={qa}>
          {text}
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => start.mutate()} data-qa={qa}>
          {text}
        </Button>
      )}
      {start.error ? (
        <InlineAlert status="error" mt="xs" data-qa={`${qa}-error`}>
          {errorText(start.error, lang, t)}
        </InlineAlert>
      ) : null}
    </>
  );
}
