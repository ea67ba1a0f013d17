import { queryOptions } from '@tanstack/react-query';
import { partnerApi } from './api';

export const partnerCasesQuery = queryOptions({ queryKey: ['partner', 'cases'], queryFn: partnerApi.cases });

export const partnerCaseQuery = (childId: string) =>
  queryOptions({ queryKey: ['partner', 'case', childId], queryFn: () => partnerApi.case(childId) });

export const partnerMapQuery = (childId: string) =>
  queryOptions({ queryKey: ['partner', 'map', childId], queryFn: () => partnerApi.networkMap(childId) });

export const partnerPlanQuery = (childId: string) =>
  queryOptions({ queryKey: ['partner', 'plan', childId], queryFn: () => partnerApi.clientPlan(childId) });

export const partnerMultiagencyQuery = (id: string) =>
  queryOptions({ queryKey: ['partner', 'multiagency', id], queryFn: () => partnerApi.multiagency(id) });
