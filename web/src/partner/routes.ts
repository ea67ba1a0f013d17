import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { isComplete, sessionQuery } from '../employee/auth/session';
import { rootRoute } from '../employee/router';
import { AppShell } from '../employee/shell/AppShell';

/**
 * The partner professional's own face (issue 5): a route tree of its own beside the employee app. A
 * partner lands here after sign-in and the employee app sends her back here; no one else gets in.
 */
export const partnerAppRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'partner',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!isComplete(session)) throw redirect({ to: '/login', search: { redirect: location.href } });
    if (!session.can.includes('partnerPortal:use')) throw redirect({ to: '/worklist' });
  },
  component: AppShell,
});

export const partnerCasesRoute = createRoute({
  getParentRoute: () => partnerAppRoute,
  path: '/partner',
  component: lazyRouteComponent(() => import('./PartnerCasesPage'), 'PartnerCasesPage'),
});

export const partnerCaseRoute = createRoute({
  getParentRoute: () => partnerAppRoute,
  path: '/partner/cases/$childId',
  component: lazyRouteComponent(() => import('./PartnerCasePage'), 'PartnerCasePage'),
});

export const partnerRoutes = partnerAppRoute.addChildren([partnerCasesRoute, partnerCaseRoute]);
