import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../router';
import { ChildConsultationsPage } from './ChildConsultationsPage';
import { ConsultationPage } from './ConsultationPage';
import { InboxPage } from './InboxPage';

/** Consultations across the collaboration area (issue 5): the child's requests and the expert's inbox. */
export const childConsultationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/consultations',
  component: ChildConsultationsPage,
});

export const consultationInboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/consultations',
  component: InboxPage,
});

export const consultationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/consultations/$consultationId',
  component: ConsultationPage,
});

export const consultationRoutes = [childConsultationsRoute, consultationInboxRoute, consultationRoute];
