import { type Region, regions, type ServiceType, serviceTypes } from '@lumo/domain';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../router';
import type { ServiceSearch } from './api';

/** The agency network's pages for staff (issue 5), under the signed-in app. */

const isRegion = (value: unknown): value is Region => (regions as readonly unknown[]).includes(value);
const isType = (value: unknown): value is ServiceType => (serviceTypes as readonly unknown[]).includes(value);

export const networkMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/network-map',
  component: lazyRouteComponent(() => import('./map/NetworkMapPage'), 'NetworkMapPage'),
});

export const partnerAccessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/partners',
  component: lazyRouteComponent(() => import('./access/PartnerAccessPage'), 'PartnerAccessPage'),
});

export const childMultiagencyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/multiagency',
  component: lazyRouteComponent(() => import('./assessment/ChildMultiagencyPage'), 'ChildMultiagencyPage'),
});

export const multiagencyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/multiagency/$multiagencyId',
  component: lazyRouteComponent(() => import('./assessment/MultiagencyPage'), 'MultiagencyPage'),
});

export const registerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership',
  validateSearch: (search: Record<string, unknown>): ServiceSearch => ({
    ...(typeof search.q === 'string' && search.q.trim() ? { q: search.q.trim().slice(0, 200) } : {}),
    ...(isType(search.type) ? { type: search.type } : {}),
    ...(isRegion(search.region) ? { region: search.region } : {}),
    ...(typeof search.municipality === 'string' && /^\d{3}$/.test(search.municipality)
      ? { municipality: search.municipality }
      : {}),
  }),
  component: lazyRouteComponent(() => import('./register/RegisterSearchPage'), 'RegisterSearchPage'),
});

export const coverageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/coverage',
  validateSearch: (search: Record<string, unknown>): { region?: Region } =>
    isRegion(search.region) ? { region: search.region } : {},
  component: lazyRouteComponent(() => import('./register/CoveragePage'), 'CoveragePage'),
});

export const serviceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/services/$serviceId',
  component: lazyRouteComponent(() => import('./register/ServicePage'), 'ServicePage'),
});

export const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/organisations/$organisationId',
  component: lazyRouteComponent(() => import('./register/OrganisationPage'), 'OrganisationPage'),
});

export const modelRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/models/$modelId',
  component: lazyRouteComponent(() => import('./register/ModelPage'), 'ModelPage'),
});

export const networkRoutes = [
  networkMapRoute,
  partnerAccessRoute,
  childMultiagencyRoute,
  multiagencyRoute,
  registerRoute,
  coverageRoute,
  serviceRoute,
  organisationRoute,
  modelRoute,
] as const;
