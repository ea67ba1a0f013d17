import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { partnerRoutes } from '../partner/routes';
import { LoginPage } from './auth/LoginPage';
import { isComplete, sessionQuery } from './auth/session';
import { consultationRoutes } from './consultations/routes';
import { networkRoutes } from './network/routes';
import { AppShell } from './shell/AppShell';
import { PageNotFound } from './shell/PageNotFound';
import { PublicShell } from './shell/PublicShell';
import { RootLayout } from './shell/RootLayout';
import { teamRoutes } from './teams/routes';
import { DeadlinesPage } from './worklist/DeadlinesPage';

export interface RouterContext {
  queryClient: QueryClient;
}

export type LoginReason = 'expired' | 'signedOut';

export interface LoginSearch {
  reason?: LoginReason;
  redirect?: string;
}

/** Only a path of this app may be a target after sign-in, never another site. */
export function safeRedirect(target: unknown): string | undefined {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')
    ? target
    : undefined;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: PageNotFound,
});

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicShell });

export const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    ...(search.reason === 'expired' || search.reason === 'signedOut' ? { reason: search.reason } : {}),
    ...(safeRedirect(search.redirect) ? { redirect: safeRedirect(search.redirect) } : {}),
  }),
  component: LoginPage,
});

/** Everything past sign-in: the router sends anyone without a complete session to the sign-in page. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!isComplete(session)) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
    // A partner professional has her own face and never sees an employee screen.
    if (session.can.includes('partnerPortal:use')) throw redirect({ to: '/partner', replace: true });
  },
  component: AppShell,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/worklist' });
  },
});

const idParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;
const dateParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export interface DeadlineSearch {
  scope?: 'mine' | 'team';
}

/** The landing page: every open statutory deadline, most pressing first. */
export const worklistRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/worklist',
  validateSearch: (search: Record<string, unknown>): DeadlineSearch =>
    search.scope === 'team' || search.scope === 'mine' ? { scope: search.scope } : {},
  component: DeadlinesPage,
});

export const worklistChildrenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/worklist/children',
  component: lazyRouteComponent(() => import('./worklist/WorklistChildrenPage'), 'WorklistChildrenPage'),
});

export interface NotificationRegisterSearch {
  childId?: string;
  municipalityId?: string;
  from?: string;
  to?: string;
}

export const notificationRegisterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications',
  validateSearch: (search: Record<string, unknown>): NotificationRegisterSearch => {
    const out: NotificationRegisterSearch = {};
    const childId = idParam(search.childId);
    const municipalityId = idParam(search.municipalityId);
    const from = dateParam(search.from);
    const to = dateParam(search.to);
    if (childId) out.childId = childId;
    if (municipalityId) out.municipalityId = municipalityId;
    if (from) out.from = from;
    if (to) out.to = to;
    return out;
  },
  component: lazyRouteComponent(
    () => import('./notifications/NotificationRegisterPage'),
    'NotificationRegisterPage',
  ),
});

export const newNotificationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications/new',
  validateSearch: (search: Record<string, unknown>): { childId?: string } => {
    const childId = idParam(search.childId);
    return childId ? { childId } : {};
  },
  component: lazyRouteComponent(
    () => import('./notifications/RegisterNotificationPage'),
    'RegisterNotificationPage',
  ),
});

export const notificationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications/$notificationId',
  validateSearch: (search: Record<string, unknown>): { registered?: boolean } =>
    search.registered === true || search.registered === 'true' ? { registered: true } : {},
  component: lazyRouteComponent(() => import('./notifications/NotificationPage'), 'NotificationPage'),
});

export const assessmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/assessments/$assessmentId',
  component: lazyRouteComponent(() => import('./assessments/AssessmentPage'), 'AssessmentPage'),
});

export const clientPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/client-plans/$planId',
  component: lazyRouteComponent(() => import('./plans/ClientPlanPage'), 'ClientPlanPage'),
});

export const caseloadsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseloads',
  component: lazyRouteComponent(() => import('./workforce/CaseloadsPage'), 'CaseloadsPage'),
});

export const childRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId',
  component: lazyRouteComponent(() => import('./children/ChildPage'), 'ChildPage'),
});

export const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/use-log',
  component: lazyRouteComponent(() => import('./children/AuditLogPage'), 'AuditLogPage'),
});

export const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  component: lazyRouteComponent(() => import('./search/SearchPage'), 'SearchPage'),
});

export const emergencyReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/emergency-accesses',
  component: lazyRouteComponent(() => import('./emergency/EmergencyReviewPage'), 'EmergencyReviewPage'),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([loginRoute]),
  partnerRoutes,
  appRoute.addChildren([
    indexRoute,
    worklistRoute,
    worklistChildrenRoute,
    notificationRegisterRoute,
    newNotificationRoute,
    notificationRoute,
    assessmentRoute,
    clientPlanRoute,
    caseloadsRoute,
    childRoute,
    auditLogRoute,
    searchRoute,
    emergencyReviewRoute,
    ...teamRoutes,
    ...consultationRoutes,
    ...networkRoutes,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
