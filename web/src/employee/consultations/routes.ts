import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../router';

/** Consultations across the collaboration area (issue 5): the child's requests and the expert's inbox. */
export const childConsultationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/consultations',
  component: lazyRouteComponent(() => import('./ChildConsultationsPage'), 'ChildConsultationsPage'),
});

export const consultationInboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/consultations',
  component: lazyRouteComponent(() => import('./InboxPage'), 'InboxPage'),
});

export const consultationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/consultations/$consultationId',
  component: lazyRouteComponent(() => import('./ConsultationPage'), 'ConsultationPage'),
});

export const consultationRoutes = [childConsultationsRoute, consultationInboxRoute, consultationRoute];
