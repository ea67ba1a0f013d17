import type { Region } from '@lumo/domain';
import { queryOptions } from '@tanstack/react-query';
import { multiagencyApi, networkMapApi, partnerAccessApi, registerApi, type ServiceSearch } from './api';

export const networkMapQuery = (childId: string) =>
  queryOptions({ queryKey: ['child', childId, 'network-map'], queryFn: () => networkMapApi.get(childId) });

export const networkMapVersionsQuery = (childId: string) =>
  queryOptions({
    queryKey: ['child', childId, 'network-map', 'versions'],
    queryFn: () => networkMapApi.versions(childId),
  });

/** A saved version never changes. */
export const networkMapVersionQuery = (childId: string, version: number) =>
  queryOptions({
    queryKey: ['child', childId, 'network-map', 'version', version],
    queryFn: () => networkMapApi.version(childId, version),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const serviceSearchQuery = (search: ServiceSearch) =>
  queryOptions({
    queryKey: ['partnership', 'services', search],
    queryFn: () => registerApi.searchServices(search),
  });

export const serviceQuery = (id: string) =>
  queryOptions({ queryKey: ['partnership', 'service', id], queryFn: () => registerApi.service(id) });

export const organisationQuery = (id: string) =>
  queryOptions({
    queryKey: ['partnership', 'organisation', id],
    queryFn: () => registerApi.organisation(id),
  });

export const modelQuery = (id: string) =>
  queryOptions({ queryKey: ['partnership', 'model', id], queryFn: () => registerApi.model(id) });

export const coverageQuery = (region?: Region) =>
  queryOptions({
    queryKey: ['partnership', 'coverage', region ?? 'all'],
    queryFn: () => registerApi.coverage(region),
  });

export const partnerGrantsQuery = (childId: string) =>
  queryOptions({
    queryKey: ['child', childId, 'partner-access'],
    queryFn: () => partnerAccessApi.grants(childId),
  });

export const consentsQuery = (childId: string) =>
  queryOptions({
    queryKey: ['child', childId, 'consents'],
    queryFn: () => partnerAccessApi.consents(childId),
  });

export const disclosureLogQuery = (childId: string) =>
  queryOptions({
    queryKey: ['child', childId, 'disclosure-log'],
    queryFn: () => partnerAccessApi.disclosureLog(childId),
  });

export const childMultiagencyQuery = (childId: string) =>
  queryOptions({
    queryKey: ['child', childId, 'multiagency'],
    queryFn: () => multiagencyApi.ofChild(childId),
  });

export const multiagencyQuery = (id: string) =>
  queryOptions({ queryKey: ['multiagency', id], queryFn: () => multiagencyApi.get(id) });
