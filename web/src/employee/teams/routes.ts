import { createRoute, redirect } from '@tanstack/react-router';
import { appRoute } from '../router';
import { SystemicViewPage } from './family/SystemicViewPage';
import { GenogramPage } from './genogram/GenogramPage';
import { MeetingPage } from './meetings/MeetingPage';
import { MeetingsPage } from './meetings/MeetingsPage';
import { teamsQuery } from './queries';
import { TeamPage } from './TeamPage';
import { TeamsPage } from './TeamsPage';
import { TimelinePage } from './timeline/TimelinePage';

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
  component: TeamsPage,
});

export const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId',
  component: TeamPage,
});

export const teamMeetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId/meetings',
  validateSearch: (search: Record<string, unknown>): { around?: string } => {
    const around = dateParam(search.around);
    return around ? { around } : {};
  },
  component: MeetingsPage,
});

export const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/meetings/$meetingId',
  validateSearch: (search: Record<string, unknown>): { item?: string } => {
    const item = idParam(search.item);
    return item ? { item } : {};
  },
  component: MeetingPage,
});

export const familyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$familyId',
  component: SystemicViewPage,
});

export const genogramRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$familyId/genogram',
  component: GenogramPage,
});

export const timelineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/families/$familyId/timeline',
  component: TimelinePage,
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
