import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../../lib/api/client';
import { childrenApi } from '../../lib/api/endpoints';

export const childQuery = (childId: string) =>
  queryOptions({ queryKey: ['child', childId], queryFn: () => childrenApi.child(childId) });

export const auditLogQuery = (childId: string) =>
  queryOptions({
    queryKey: ['child', childId, 'audit-log'],
    queryFn: () => childrenApi.auditLog(childId),
    staleTime: 0,
  });

/**
 * A child the user may not see answers exactly like one that does not exist (404); an address that
 * is not a child id at all (400 on the path) is the same thing to the user.
 */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 404 ||
      (error.status === 400 && (error.detail?.issues ?? []).some((issue) => issue.path.startsWith('params'))))
  );
}
