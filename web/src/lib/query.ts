import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // An answer the user can act on (4xx) is final; a server or network hiccup is retried twice.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
        retryDelay: (attempt) => 300 * 2 ** attempt,
        staleTime: 30_000,
        // Every read of client data is logged: no reading behind the user's back.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}
