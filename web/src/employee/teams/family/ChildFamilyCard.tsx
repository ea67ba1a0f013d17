import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import styled from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Card, H2, Muted } from '../../../lib/components/Layout';
import { spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { isNotFound } from '../../children/queries';
import { familiesApi } from '../api';
import { childrenLine } from '../format';
import { childFamilyQuery } from '../queries';

const Links = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs} ${spacing.l};
  a {
    font-weight: 600;
    font-size: 18px;
  }
`;

/** "Perhe ja systeeminen työ" on the child page: the family's view, genogram and timeline, or making the family. */
export function ChildFamilyCard({ childId }: { childId: string }) {
  const { t } = useI18n();
  const c = t.teams.childCard;
  const id = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const query = useQuery(childFamilyQuery(childId));
  const create = useMutation({
    mutationFn: (childIds: string[]) => familiesApi.create(childIds),
    onSuccess: async (family) => {
      await queryClient.invalidateQueries({ queryKey: ['child-family'] });
      await navigate({ to: '/families/$familyId', params: { familyId: family.id } });
    },
  });
  // Someone who may not see the family's work (a lead, another team) is not shown the section at all.
  if (isNotFound(query.error) || (query.error && !query.data)) return null;
  const data = query.data;
  if (!data) return null;
  const family = data.family;
  return (
    <Card aria-labelledby={id} data-qa="child-systemic-work">
      <H2 id={id}>{c.heading}</H2>
      <Muted>{c.intro}</Muted>
      {family ? (
        <>
          <p style={{ margin: `0 0 ${spacing.s}` }} data-qa="child-family-name">
            {c.family(family.name, family.children.length)}: {childrenLine(family.children, t)}
          </p>
          <Links>
            <li>
              <Link to="/families/$familyId" params={{ familyId: family.id }} data-qa="child-family-systemic">
                {c.systemicView}
              </Link>
            </li>
            <li>
              <Link
                to="/families/$familyId/genogram"
                params={{ familyId: family.id }}
                data-qa="child-family-genogram"
              >
                {c.genogram}
              </Link>
            </li>
            <li>
              <Link
                to="/families/$familyId/timeline"
                params={{ familyId: family.id }}
                data-qa="child-family-timeline"
              >
                {c.timeline}
              </Link>
            </li>
          </Links>
        </>
      ) : data.proposedChildren.length > 0 ? (
        <>
          <p style={{ margin: `0 0 ${spacing.xs}` }}>{c.none}</p>
          <p style={{ margin: `0 0 ${spacing.s}` }}>
            {c.propose} {data.proposedChildren.map((x) => `${x.firstNames} ${x.lastName}`).join(', ')}
          </p>
          <Button
            variant="secondary"
            onClick={() => create.mutate(data.proposedChildren.map((x) => x.id))}
            disabled={create.isPending}
            data-qa="child-family-create"
          >
            {c.create}
          </Button>
          {create.error ? <ErrorNotice error={create.error} /> : null}
        </>
      ) : (
        <p style={{ margin: 0 }}>{c.cannot}</p>
      )}
    </Card>
  );
}
