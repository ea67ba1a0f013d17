import { queryOptions } from '@tanstack/react-query';
import { notificationsApi } from '../../lib/api/endpoints';

export const notificationQuery = (id: string) =>
  queryOptions({ queryKey: ['notification', id], queryFn: () => notificationsApi.get(id) });

export interface RegisterFilter {
  childId?: string | undefined;
  municipalityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const notificationRegisterQuery = (filter: RegisterFilter) =>
  queryOptions({
    queryKey: ['notification-register', filter],
    queryFn: () => notificationsApi.register25b(filter),
    staleTime: 0,
  });
