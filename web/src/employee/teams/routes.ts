import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appRoute } from '../router';
import { teamsQuery } from './queries';

/** The systemic team workspace's pages (issue 4), under the signed-in app. */

const idParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;
const dateParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/** The user's teams; with only one, straight to it. */
export const teamsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams',
  beforeLoad: async ({ context }) => {
    const data = await context.queryClient.ensureQueryData(teamsQuery).catch(() => null);
    const only = data?.teams.length === 1 ? data.teams[0] : undefined;
    if (only) throw redirect({ to: '/teams/$teamId', params: { teamId: only.id }, replace: true });
  },
  component: lazyRouteComponent(() => import('./TeamsPage'), 'TeamsPage'),
});

export const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId',
  component: lazyRouteComponent(() => import('./TeamPage'), 'TeamPage'),
});

export const teamMeetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId/meetings',
  validateSearch: (search: Record<string, unknown>): { around?: string } => {
    const around = dateParam(search.around);
    return around ? { around } : {};
  },
  component: lazyRouteComponent(() => import('./meetings/MeetingsPage'), 'MeetingsPage'),
});

export const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/$meetingId',
  validateSearch: (search: Record<string, unknown>): { item?: string } => {
    const item = idParam(search.item);
    return item ? { item } : {};
  },
  component: lazyRouteComponent(() => import('./meetings/MeetingPage'), 'MeetingPage'),
});

export const familyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$familyId',
  component: lazyRouteComponent(() => import('./family/SystemicViewPage'), 'SystemicViewPage'),
});

export const genogramRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$familyId/genogram',
  component: lazyRouteComponent(() => import('./genogram/GenogramPage'), 'GenogramPage'),
});

export const timelineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$familyId/timeline',
  component: lazyRouteComponent(() => import('./timeline/TimelinePage'), 'TimelinePage'),
});

export const teamRoutes = [
  teamsRoute,
  teamRoute,
  teamMeetingsRoute,
  meetingRoute,
  familyRoute,
  genogramRoute,
  timelineRoute,
] as const;
