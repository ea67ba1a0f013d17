import type { Expertise, Region } from '@lumo/domain';
import { queryOptions } from '@tanstack/react-query';
import { consultationsApi } from './api';

export const expertsQuery = (expertise: Expertise | undefined, region: Region | undefined) =>
  queryOptions({
    queryKey: ['experts', expertise ?? '', region ?? ''],
    queryFn: () => consultationsApi.experts({ expertise, region }),
  });

export const childConsultationsQuery = (childId: string) =>
  queryOptions({
    queryKey: ['consultations', 'child', childId],
    queryFn: () => consultationsApi.forChild(childId),
  });

export const childConsentsQuery = (childId: string) =>
  queryOptions({ queryKey: ['consents', childId], queryFn: () => consultationsApi.consents(childId) });

export const inboxQuery = (view: 'assigned' | 'pool') =>
  queryOptions({ queryKey: ['consultations', 'inbox', view], queryFn: () => consultationsApi.inbox(view) });

export const remindersQuery = queryOptions({
  queryKey: ['consultations', 'reminders'],
  queryFn: consultationsApi.reminders,
});

export const consultationQuery = (id: string) =>
  queryOptions({ queryKey: ['consultations', 'one', id], queryFn: () => consultationsApi.get(id) });
