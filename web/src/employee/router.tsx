import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { LoginPage } from './auth/LoginPage';
import { isComplete, sessionQuery } from './auth/session';
import { AuditLogPage } from './children/AuditLogPage';
import { ChildPage } from './children/ChildPage';
import { EmergencyReviewPage } from './emergency/EmergencyReviewPage';
import { SearchPage } from './search/SearchPage';
import { AppShell } from './shell/AppShell';
import { PageNotFound } from './shell/PageNotFound';
import { PublicShell } from './shell/PublicShell';
import { RootLayout } from './shell/RootLayout';
import { WorklistPage } from './worklist/WorklistPage';

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

const rootRoute = createRootRouteWithContext<RouterContext>()({
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
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!isComplete(session)) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
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

export const worklistRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/worklist',
  component: WorklistPage,
});

export const childRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId',
  component: ChildPage,
});

export const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/use-log',
  component: AuditLogPage,
});

export const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  component: SearchPage,
});

export const emergencyReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/emergency-accesses',
  component: EmergencyReviewPage,
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([loginRoute]),
  appRoute.addChildren([
    indexRoute,
    worklistRoute,
    childRoute,
    auditLogRoute,
    searchRoute,
    emergencyReviewRoute,
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
