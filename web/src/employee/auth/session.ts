import type { SessionInfo } from '@lumo/domain';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { setCsrfToken } from '../../lib/api/client';
import { authApi } from '../../lib/api/endpoints';

export const sessionKey = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async () => {
    const session = await authApi.session();
    setCsrfToken(session?.csrfToken ?? null);
    return session;
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** Signed in with every factor the role needs: the app may be used. */
export function isComplete(session: SessionInfo | null | undefined): session is SessionInfo {
  return !!session && (session.secondFactor === 'not_required' || session.secondFactor === 'verified');
}

/** Keeps the session (and its CSRF token) that an auth step answered with. */
export function storeSession(queryClient: QueryClient, session: SessionInfo | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionKey, session);
}

/** Forgets everything the signed-in user had loaded. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, null);
}

export function useSession(): SessionInfo | null {
  return useQuery(sessionQuery).data ?? null;
}

export function can(session: SessionInfo | null, action: string): boolean {
  return !!session?.can.includes(action);
}
