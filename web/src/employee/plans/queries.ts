import { queryOptions } from '@tanstack/react-query';
import { plansApi } from '../../lib/api/endpoints';

export const planQuery = (id: string) =>
  queryOptions({ queryKey: ['client-plan', id], queryFn: () => plansApi.get(id) });

export const planListQuery = (childId: string) =>
  queryOptions({ queryKey: ['client-plans', childId], queryFn: () => plansApi.list(childId), staleTime: 0 });
