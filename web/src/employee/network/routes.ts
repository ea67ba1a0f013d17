import { type Region, regions, type ServiceType, serviceTypes } from '@lumo/domain';
import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../router';
import { PartnerAccessPage } from './access/PartnerAccessPage';
import type { ServiceSearch } from './api';
import { ChildMultiagencyPage } from './assessment/ChildMultiagencyPage';
import { MultiagencyPage } from './assessment/MultiagencyPage';
import { NetworkMapPage } from './map/NetworkMapPage';
import { CoveragePage } from './register/CoveragePage';
import { ModelPage } from './register/ModelPage';
import { OrganisationPage } from './register/OrganisationPage';
import { RegisterSearchPage } from './register/RegisterSearchPage';
import { ServicePage } from './register/ServicePage';

/** The agency network's pages for staff (issue 5), under the signed-in app. */

const isRegion = (value: unknown): value is Region => (regions as readonly unknown[]).includes(value);
const isType = (value: unknown): value is ServiceType => (serviceTypes as readonly unknown[]).includes(value);

export const networkMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/network-map',
  component: NetworkMapPage,
});

export const partnerAccessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/partners',
  component: PartnerAccessPage,
});

export const childMultiagencyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/children/$childId/multiagency',
  component: ChildMultiagencyPage,
});

export const multiagencyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/multiagency/$multiagencyId',
  component: MultiagencyPage,
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
  component: RegisterSearchPage,
});

export const coverageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/coverage',
  validateSearch: (search: Record<string, unknown>): { region?: Region } =>
    isRegion(search.region) ? { region: search.region } : {},
  component: CoveragePage,
});

export const serviceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/services/$serviceId',
  component: ServicePage,
});

export const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/organisations/$organisationId',
  component: OrganisationPage,
});

export const modelRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnership/models/$modelId',
  component: ModelPage,
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
