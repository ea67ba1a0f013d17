import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../lib/components/DataTable';
import { ErrorNotice } from '../lib/components/ErrorNotice';
import { Card, FactList, H2, H3, Muted } from '../lib/components/Layout';
import { Loading } from '../lib/components/Loading';
import { formatLocalDate } from '../lib/dates';
import { useI18n } from '../lib/i18n';
import type { PartnerClientPlan as Plan } from './api';
import { partnerPlanQuery } from './queries';

/** The agreed client plan: its goals and services, what a partner needs to do her part. */
export function PartnerClientPlan({ childId, agreed }: { childId: string; agreed: boolean }) {
  const { t } = useI18n();
  const query = useQuery({ ...partnerPlanQuery(childId), enabled: agreed });
  return (
    <Card aria-labelledby="partner-plan" data-qa="partner-client-plan">
      <H2 id="partner-plan">{t.partner.plan.heading}</H2>
      {!agreed ? <Muted>{t.partner.plan.none}</Muted> : null}
      {agreed && query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <PlanView plan={query.data} /> : null}
    </Card>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const p = t.partner.plan;
  return (
    <>
      <FactList
        facts={[
          { label: p.planDate, value: formatLocalDate(plan.planDate) },
          { label: p.reviewDue, value: formatLocalDate(plan.reviewDue) },
        ]}
      />
      <H3>{p.circumstances}</H3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{plan.circumstancesToChange || t.common.empty}</p>
      <H3>{p.supportNeeded}</H3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{plan.supportNeeded || t.common.empty}</p>
      <H3>{p.goals}</H3>
      {plan.goals.length === 0 ? (
        <Muted>{p.noGoals}</Muted>
      ) : (
        <DataTable caption={p.goals} captionHidden>
          <thead>
            <tr>
              <th scope="col">{p.goal}</th>
              <th scope="col">{p.estimatedTime}</th>
            </tr>
          </thead>
          <tbody>
            {plan.goals.map((goal) => (
              <tr key={`${goal.goal}-${goal.estimatedTime}`}>
                <td>{goal.goal}</td>
                <td>{goal.estimatedTime}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <H3>{p.services}</H3>
      {plan.services.length === 0 ? (
        <Muted>{p.noServices}</Muted>
      ) : (
        <DataTable caption={p.services} captionHidden>
          <thead>
            <tr>
              <th scope="col">{p.service}</th>
              <th scope="col">{p.provider}</th>
              <th scope="col">{p.timing}</th>
            </tr>
          </thead>
          <tbody>
            {plan.services.map((service) => (
              <tr key={`${service.service}-${service.provider}-${service.timing}`}>
                <td>{service.service}</td>
                <td>{service.provider}</td>
                <td>{service.timing}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
