import type { Caseloads } from '@lumo/domain';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, isApiError } from '../../lib/api/client';
import { workforceApi } from '../../lib/api/endpoints';
import { errorText } from '../../lib/components/ErrorNotice';
import type { Language, Translations } from '../../lib/i18n';
import { finnishAdessive } from '../../lib/i18n/finnish';

export const caseloadsQuery = queryOptions({
  queryKey: ['caseloads'],
  queryFn: workforceApi.caseloads,
  staleTime: 0,
});

export const SOCIAL_WORKER_ROLES = ['social_worker', 'consultant_social_worker'];

export interface WorkerOption {
  id: string;
  name: string;
  clientCount: number;
  atLimit: boolean;
  hasOverride: boolean;
}

/** The social workers of a team who can be named responsible, with their caseloads. */
export function teamSocialWorkers(
  caseloads: Caseloads | undefined,
  teamId: string | undefined,
): WorkerOption[] {
  const team = caseloads?.teams.find((candidate) => candidate.id === teamId);
  return (team?.members ?? [])
    .filter((member) => SOCIAL_WORKER_ROLES.includes(member.teamRole))
    .map((member) => ({
      id: member.user.id,
      name: member.user.name,
      clientCount: member.clientCount,
      atLimit: member.atLimit,
      hasOverride: member.openOverride !== null,
    }));
}

/**
 * The refusal of a 31st client (LSL §13b) with the worker's own numbers from the server:
 * "Mikko Laineella on jo 30 asiakasta (enimmäismäärä 30, LSL 13 b §). Pyydä esihenkilöltä poikkeuslupa."
 */
export function caseloadRefusal(error: unknown, workerName: string, lang: Language, t: Translations): string {
  if (!isApiError(error, 'caseload_limit_reached') || !(error instanceof ApiError))
    return errorText(error, lang, t);
  const details = error.detail?.details ?? {};
  const count = typeof details.clientCount === 'number' ? details.clientCount : Number.NaN;
  const limit = typeof details.limit === 'number' ? details.limit : Number.NaN;
  if (!Number.isFinite(count) || !Number.isFinite(limit) || !workerName) return errorText(error, lang, t);
  if (lang === 'fi') {
    const adessive = finnishAdessive(workerName);
    return adessive
      ? t.assignment.limitReached(adessive, count, limit)
      : t.assignment.limitReachedUninflected(workerName, count, limit);
  }
  return t.assignment.limitReached(workerName, count, limit);
}
