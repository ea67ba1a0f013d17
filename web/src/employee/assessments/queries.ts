import { queryOptions } from '@tanstack/react-query';
import { assessmentsApi } from '../../lib/api/endpoints';

export const assessmentQuery = (id: string) =>
  queryOptions({ queryKey: ['assessment', id], queryFn: () => assessmentsApi.get(id) });
