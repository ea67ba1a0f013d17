import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Dropdown, DropdownItem, InlineAlert } from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { workforceApi } from '../../lib/api/endpoints';
import { ButtonRow, FormStack, Hint } from '../../lib/components/Forms';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { useI18n } from '../../lib/i18n';
import { caseloadRefusal, caseloadsQuery, teamSocialWorkers } from './caseload';

/** Everything that shows who is responsible for a child or how many clients a worker has. */
export async function afterAssignment(queryClient: ReturnType<typeof useQueryClient>, childId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['child', childId] }),
    queryClient.invalidateQueries({ queryKey: ['clock', childId] }),
    queryClient.invalidateQueries({ queryKey: ['assessment'] }),
    queryClient.invalidateQueries({ queryKey: ['caseloads'] }),
    queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
    queryClient.invalidateQueries({ queryKey: ['worklist'] }),
  ]);
}

/**
 * Names the child's responsible social worker from the social workers of the child's team, each shown
 * with her caseload. The 31st client is refused with the worker's numbers unless the team lead granted
 * an exception (LSL §13b).
 */
export function AssignWorkerForm({
  childId,
  teamId,
  currentWorkerId,
  initialWorkerId,
  submitText,
  qa = 'assign-worker',
}: {
  childId: string;
  teamId: string | undefined;
  currentWorkerId: string | undefined;
  initialWorkerId?: string | undefined;
  submitText?: string;
  qa?: string;
}) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const caseloads = useQuery(caseloadsQuery);
  const workers = teamSocialWorkers(caseloads.data, teamId);
  const [workerId, setWorkerId] = useState(initialWorkerId ?? '');
  const [missing, setMissing] = useState(false);
  const chosen = workers.find((worker) => worker.id === workerId);

  const assign = useMutation({
    mutationFn: (id: string) => workforceApi.assignWorker(childId, id),
    onSuccess: () => afterAssignment(queryClient, childId),
    onError: (error) => {
      if (isApiError(error, 'caseload_limit_reached'))
        void queryClient.invalidateQueries({ queryKey: ['caseloads'] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!workerId || workerId === currentWorkerId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    assign.mutate(workerId);
  };

  return (
    <FormStack onSubmit={submit} noValidate aria-label={t.assignment.change} data-qa={qa}>
      <Dropdown
        labelText={t.assignment.worker}
        hintText={t.assessment.conclusion.workerHint}
        visualPlaceholder={t.caseloads.grant.chooseWorker}
        value={workerId || null}
        onChange={(value) => {
          setWorkerId(value);
          setMissing(false);
          assign.reset();
        }}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t.assignment.chooseWorker : undefined}
        fullWidth
        data-qa={`${qa}-worker`}
      >
        {workers.map((worker) => (
          <DropdownItem key={worker.id} value={worker.id} disabled={worker.id === currentWorkerId}>
            {t.assessment.conclusion.workerOption(
              worker.name,
              worker.clientCount,
              caseloads.data?.limit ?? 30,
            )}
          </DropdownItem>
        ))}
      </Dropdown>
      {assign.isSuccess ? (
        <InlineAlert status="neutral" data-qa={`${qa}-done`} role="status">
          {t.assignment.assigned(assign.data.responsibleWorker.name)}
        </InlineAlert>
      ) : null}
      {assign.error ? (
        <InlineAlert status="error" data-qa={`${qa}-error`}>
          {caseloadRefusal(assign.error, chosen?.name ?? '', lang, t)}
        </InlineAlert>
      ) : null}
      {chosen?.hasOverride ? <Hint>{t.caseloads.statuses.override}</Hint> : null}
      <ButtonRow>
        <SubmitButton pending={assign.isPending} qa={`${qa}-submit`}>
          {submitText ?? t.assignment.submit}
        </SubmitButton>
      </ButtonRow>
    </FormStack>
  );
}
