import { queryOptions } from '@tanstack/react-query';
import { familiesApi, meetingsApi, teamsApi } from './api';

export const teamsQuery = queryOptions({ queryKey: ['teams'], queryFn: () => teamsApi.list() });

export const teamQuery = (teamId: string) =>
  queryOptions({ queryKey: ['team', teamId], queryFn: () => teamsApi.get(teamId) });

export const meetingsQuery = (teamId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['team', teamId, 'meetings', from, to],
    queryFn: () => teamsApi.meetings(teamId, from, to),
  });

/** The meeting on the shared screen: everyone's additions appear when it is read again. */
export const meetingQuery = (meetingId: string) =>
  queryOptions({ queryKey: ['meeting', meetingId], queryFn: () => meetingsApi.get(meetingId), staleTime: 0 });

export const childFamilyQuery = (childId: string) =>
  queryOptions({ queryKey: ['child-family', childId], queryFn: () => familiesApi.ofChild(childId) });

export const systemicViewQuery = (familyId: string) =>
  queryOptions({
    queryKey: ['family', familyId, 'systemic-view'],
    queryFn: () => familiesApi.systemicView(familyId),
  });

export const genogramQuery = (familyId: string) =>
  queryOptions({ queryKey: ['family', familyId, 'genogram'], queryFn: () => familiesApi.genogram(familyId) });

export const timelineQuery = (familyId: string) =>
  queryOptions({ queryKey: ['family', familyId, 'timeline'], queryFn: () => familiesApi.timeline(familyId) });
