import {
  type AddAttendeeRequest,
  type AddRecordEntryRequest,
  type AddTeamMemberRequest,
  type AddTimelineEventRequest,
  agendaItemHeadSchema,
  agendaItemSchema,
  attendeeSchema,
  type ChangeTeamMemberRequest,
  type CreateMeetingSeriesRequest,
  childFamilySchema,
  experimentSchema,
  type FollowUpExperimentRequest,
  familyRefSchema,
  familySummarySchema,
  type GenogramDocument,
  genogramDraftSchema,
  genogramViewSchema,
  hypothesisSchema,
  meetingListSchema,
  meetingPageSchema,
  meetingSeriesSchema,
  meetingSummarySchema,
  recordEntrySchema,
  staffSearchResultSchema,
  systemicViewSchema,
  teamListSchema,
  teamMemberChangeSchema,
  teamPageSchema,
  timelineEventSchema,
  timelineSchema,
  type UpdateAgendaItemRequest,
  type UpdateExperimentRequest,
  type UpdateHypothesisRequest,
  type UpdateMeetingRequest,
  type UpdateMeetingSeriesRequest,
  type UpdateTimelineEventRequest,
  updateMeetingResponseSchema,
} from '@lumo/domain';
import { z } from 'zod';
import { request } from '../../lib/api/client';

/** The systemic team workspace's API (docs/systemic-team.md): teams, meetings, records, families. */

const enc = encodeURIComponent;

export const teamsApi = {
  list: () => request('GET', '/api/teams', { schema: teamListSchema }),
  get: (id: string) => request('GET', `/api/teams/${enc(id)}`, { schema: teamPageSchema }),
  addMember: (teamId: string, body: AddTeamMemberRequest) =>
    request('POST', `/api/teams/${enc(teamId)}/members`, { body, schema: teamMemberChangeSchema }),
  changeMember: (teamId: string, memberId: string, body: ChangeTeamMemberRequest) =>
    request('PATCH', `/api/teams/${enc(teamId)}/members/${enc(memberId)}`, {
      body,
      schema: teamMemberChangeSchema,
    }),
  searchStaff: (q: string) => request('GET', `/api/staff?q=${enc(q)}`, { schema: staffSearchResultSchema }),
  createSeries: (teamId: string, body: Partial<CreateMeetingSeriesRequest>) =>
    request('POST', `/api/teams/${enc(teamId)}/meeting-series`, { body, schema: meetingSeriesSchema }),
  updateSeries: (id: string, body: UpdateMeetingSeriesRequest) =>
    request('PATCH', `/api/meeting-series/${enc(id)}`, { body, schema: meetingSeriesSchema }),
  meetings: (teamId: string, from: string, to: string) =>
    request('GET', `/api/teams/${enc(teamId)}/meetings?from=${from}&to=${to}`, { schema: meetingListSchema }),
};

export const meetingsApi = {
  get: (id: string) => request('GET', `/api/meetings/${enc(id)}`, { schema: meetingPageSchema }),
  update: (id: string, body: UpdateMeetingRequest) =>
    request('PATCH', `/api/meetings/${enc(id)}`, { body, schema: updateMeetingResponseSchema }),
  addToAgenda: (id: string, body: { familyId: string; dilemma: string }) =>
    request('POST', `/api/meetings/${enc(id)}/agenda`, { body, schema: agendaItemSchema }),
  order: (id: string, itemIds: string[]) =>
    request('PUT', `/api/meetings/${enc(id)}/agenda/order`, {
      body: { itemIds },
      schema: z.object({ itemIds: z.array(z.string()) }),
    }),
  close: (id: string) =>
    request('POST', `/api/meetings/${enc(id)}/agenda/close`, { schema: meetingSummarySchema }),
  reopen: (id: string) =>
    request('POST', `/api/meetings/${enc(id)}/agenda/reopen`, { schema: meetingSummarySchema }),
};

export const recordApi = {
  updateHead: (agendaItemId: string, body: UpdateAgendaItemRequest) =>
    request('PATCH', `/api/agenda-items/${enc(agendaItemId)}`, { body, schema: agendaItemHeadSchema }),
  removeItem: (agendaItemId: string, version: number) =>
    request<void>('DELETE', `/api/agenda-items/${enc(agendaItemId)}?version=${version}`),
  addHypothesis: (agendaItemId: string, body: { text: string; authorId?: string }) =>
    request('POST', `/api/agenda-items/${enc(agendaItemId)}/hypotheses`, { body, schema: hypothesisSchema }),
  updateHypothesis: (id: string, body: UpdateHypothesisRequest) =>
    request('PATCH', `/api/hypotheses/${enc(id)}`, { body, schema: hypothesisSchema }),
  addEntry: (agendaItemId: string, body: AddRecordEntryRequest) =>
    request('POST', `/api/agenda-items/${enc(agendaItemId)}/entries`, { body, schema: recordEntrySchema }),
  updateEntry: (id: string, body: { version: number; text: string }) =>
    request('PATCH', `/api/record-entries/${enc(id)}`, { body, schema: recordEntrySchema }),
  removeEntry: (id: string, version: number) =>
    request<void>('DELETE', `/api/record-entries/${enc(id)}?version=${version}`),
  addExperiment: (
    agendaItemId: string,
    body: {
      action: string;
      who: string;
      ownerId: string | null;
      followUpOn: string;
      hypothesisId: string | null;
    },
  ) =>
    request('POST', `/api/agenda-items/${enc(agendaItemId)}/experiments`, { body, schema: experimentSchema }),
  updateExperiment: (id: string, body: UpdateExperimentRequest) =>
    request('PATCH', `/api/experiments/${enc(id)}`, { body, schema: experimentSchema }),
  followUp: (id: string, body: FollowUpExperimentRequest) =>
    request('POST', `/api/experiments/${enc(id)}/follow-ups`, { body, schema: experimentSchema }),
  addAttendee: (agendaItemId: string, body: AddAttendeeRequest) =>
    request('POST', `/api/agenda-items/${enc(agendaItemId)}/attendees`, { body, schema: attendeeSchema }),
  removeAttendee: (id: string) => request<void>('DELETE', `/api/discussion-attendees/${enc(id)}`),
  saveSummary: (agendaItemId: string, body: { version: number | null; text: string }) =>
    request('PUT', `/api/agenda-items/${enc(agendaItemId)}/summary`, { body, schema: familySummarySchema }),
  shareSummary: (agendaItemId: string, body: { version: number; shared: boolean }) =>
    request('POST', `/api/agenda-items/${enc(agendaItemId)}/summary/share`, {
      body,
      schema: familySummarySchema,
    }),
};

export const familiesApi = {
  ofChild: (childId: string) =>
    request('GET', `/api/children/${enc(childId)}/family`, { schema: childFamilySchema }),
  create: (childIds: string[]) =>
    request('POST', '/api/families', { body: { childIds }, schema: familyRefSchema }),
  systemicView: (id: string) =>
    request('GET', `/api/families/${enc(id)}/systemic-view`, { schema: systemicViewSchema }),
  genogram: (id: string) =>
    request('GET', `/api/families/${enc(id)}/genogram`, { schema: genogramViewSchema }),
  saveGenogram: (id: string, body: { version: number; document: GenogramDocument }) =>
    request('PUT', `/api/families/${enc(id)}/genogram`, { body, schema: genogramViewSchema }),
  genogramFromRecord: (id: string) =>
    request('GET', `/api/families/${enc(id)}/genogram/from-record`, { schema: genogramDraftSchema }),
  timeline: (id: string) => request('GET', `/api/families/${enc(id)}/timeline`, { schema: timelineSchema }),
  addEvent: (id: string, body: AddTimelineEventRequest) =>
    request('POST', `/api/families/${enc(id)}/timeline-events`, { body, schema: timelineEventSchema }),
  updateEvent: (id: string, body: UpdateTimelineEventRequest) =>
    request('PATCH', `/api/timeline-events/${enc(id)}`, { body, schema: timelineEventSchema }),
  removeEvent: (id: string, version: number) =>
    request<void>('DELETE', `/api/timeline-events/${enc(id)}?version=${version}`),
};
