import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import styled from 'styled-components';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { type Fact, FactList, Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime } from '../../../lib/dates';
import { localName, useI18n } from '../../../lib/i18n';
import { BackNav } from '../../children/ChildPage';
import { isNotFound } from '../../children/queries';
import { Section, Text } from '../../teams/ui';
import { modelQuery } from '../queries';
import { EditModelForm } from './MaintainForms';

const Steps = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
  counter-reset: step;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  > li {
    counter-increment: step;
    border: 1px solid ${colors.depthLight1};
    border-left: 6px solid ${colors.highlightBase};
    border-radius: 4px;
    padding: ${spacing.s};
  }
  h3 {
    margin: 0 0 4px;
    font-size: 18px;
  }
  h3::before {
    content: counter(step) '. ';
  }
  .owner {
    margin: 0 0 8px;
    color: ${colors.depthDark1};
    font-weight: 600;
  }
`;

/** A collaboration model: its steps in order, who carries each, and the action card of each. */
export function ModelPage() {
  const { modelId = '' } = useParams({ strict: false });
  const { t, lang } = useI18n();
  const r = t.network.register;
  const query = useQuery(modelQuery(modelId));
  const m = query.data;
  const maintain = m?.can.includes('partnerRegister:maintain') ?? false;
  const facts: Fact[] = m
    ? [
        {
          label: r.area,
          value: m.municipality ? localName(m.municipality.name, lang) : (m.region ?? r.allRegions),
        },
        {
          label: r.partners,
          value: m.partners.length
            ? m.partners.map((p, i) => (
                <span key={p.id}>
                  {i ? ', ' : ''}
                  <Link to="/partnership/organisations/$organisationId" params={{ organisationId: p.id }}>
                    {localName(p.name, lang)}
                  </Link>
                </span>
              ))
            : '–',
        },
        {
          label: r.updated,
          value: `${formatDateTime(m.updatedAt, t)}${m.updatedBy ? `, ${m.updatedBy.name}` : ''}`,
        },
      ]
    : [];
  return (
    <div data-qa={m ? 'model-page' : 'model-loading'}>
      <BackNav>
        <Link to="/partnership">{r.back}</Link>
      </BackNav>
      <PageHeading title={m ? localName(m.name, lang) : r.models} focusKey={m ? 'found' : ''}>
        {m ? localName(m.name, lang) : r.models}
      </PageHeading>
      {query.isPending ? <Loading /> : null}
      {query.error ? (
        isNotFound(query.error) ? (
          <Muted>{r.notFound}</Muted>
        ) : (
          <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : null}
      {m ? (
        <>
          {m.active ? null : <p style={{ fontWeight: 600 }}>{t.network.maintain.ended}</p>}
          <Section title={r.facts}>
            <FactList facts={facts} />
            {m.description ? <Text style={{ marginTop: 12 }}>{m.description}</Text> : null}
          </Section>
          <Section title={r.stepsTitle} intro={r.stepsIntro}>
            <Steps data-qa="model-steps">
              {m.steps.map((step, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered list without ids
                <li key={i}>
                  <h3>{step.title}</h3>
                  <p className="owner">{r.owner(step.owner)}</p>
                  {step.actionCard ? <Text>{step.actionCard}</Text> : null}
                </li>
              ))}
            </Steps>
          </Section>
          {maintain ? (
            <div style={{ marginTop: 16 }}>
              <EditModelForm model={m} />
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
