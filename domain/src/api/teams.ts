import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, localDateSchema } from './common';
import { genogramViewSchema } from './genogram';
import {
  childRefSchema,
  discussionSchema,
  experimentSchema,
  familyPersonSchema,
  familyRefSchema,
  hypothesisSchema,
  teamRoleSchema,
} from './systemic';

/** Systemic teams, their members and their weekly meetings. See docs/systemic-team.md. */

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const onlineUrl = z.url({ protocol: /^https$/ }).max(500);

export const teamSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  /** The actor's role in the team now; null for a lead who is not a member. */
  myRole: teamRoleSchema.nullable(),
  /** Team actions (`team:read`, `team:manageMembers`, `team:manageMeetings`, `agenda:add`, `agenda:arrange`). */
  can: z.array(z.string()),
});
export const teamListSchema = z.object({ teams: z.array(teamSummarySchema) });

export const teamMemberSchema = z.object({
  id: idSchema,
  user: staffRefSchema,
  teamRole: teamRoleSchema,
  /** The first day of membership. */
  joinsOn: localDateSchema,
  /** The first day she is no longer a member; null while it has no end. */
  leavesOn: localDateSchema.nullable(),
  status: z.enum(['planned', 'current', 'ended']),
  version: z.number(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const addTeamMemberRequestSchema = z.strictObject({
  userId: idSchema,
  teamRole: teamRoleSchema,
  /** Today or later: access to the team's children starts at the start of this day (now, if today). */
  joinsOn: localDateSchema,
  leavesOn: localDateSchema.nullable().optional(),
});
export type AddTeamMemberRequest = z.infer<typeof addTeamMemberRequestSchema>;

export const changeTeamMemberRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  teamRole: teamRoleSchema.optional(),
  /** Today or later (today: at once); null takes back a planned leaving. */
  leavesOn: localDateSchema.nullable().optional(),
});
export type ChangeTeamMemberRequest = z.infer<typeof changeTeamMemberRequestSchema>;

export const teamMemberChangeSchema = teamMemberSchema.extend({
  /** How many children's team relationships the change created or changed. */
  relationshipsChanged: z.number(),
});

export const teamMemberParamsSchema = z.strictObject({ id: idSchema, memberId: idSchema });

export const staffSearchQuerySchema = z.strictObject({ q: z.string().trim().min(2).max(100) });
export const staffSearchResultSchema = z.object({
  results: z.array(staffRefSchema.extend({ roles: z.array(z.string()) })),
});

export const meetingSeriesSchema = z.object({
  id: idSchema,
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number(),
  /** Europe/Helsinki wall-clock time, HH:MM. */
  startTime: z.string(),
  durationMinutes: z.number(),
  place: z.string(),
  onlineUrl: z.string().nullable(),
  startsOn: localDateSchema,
  endsOn: localDateSchema.nullable(),
  version: z.number(),
});
export type MeetingSeries = z.infer<typeof meetingSeriesSchema>;

export const createMeetingSeriesRequestSchema = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  startTime: clockTime,
  durationMinutes: z.number().int().min(15).max(480).default(120),
  place: z.string().trim().max(200).default(''),
  onlineUrl: onlineUrl.nullable().default(null),
  startsOn: localDateSchema,
  endsOn: localDateSchema.nullable().default(null),
});
export type CreateMeetingSeriesRequest = z.infer<typeof createMeetingSeriesRequestSchema>;

export const updateMeetingSeriesRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  startTime: clockTime.optional(),
  durationMinutes: z.number().int().min(15).max(480).optional(),
  place: z.string().trim().max(200).optional(),
  onlineUrl: onlineUrl.nullable().optional(),
  endsOn: localDateSchema.nullable().optional(),
});
export type UpdateMeetingSeriesRequest = z.infer<typeof updateMeetingSeriesRequestSchema>;

export const meetingSummarySchema = z.object({
  id: idSchema,
  teamId: idSchema,
  seriesId: idSchema,
  /** The series date this meeting stands for. */
  occursOn: localDateSchema,
  /** The day it is held: differs from occursOn when moved. */
  date: localDateSchema,
  startTime: z.string(),
  durationMinutes: z.number(),
  place: z.string(),
  onlineUrl: z.string().nullable(),
  status: z.enum(['scheduled', 'cancelled']),
  moved: z.boolean(),
  note: z.string(),
  agendaClosed: z.boolean(),
  /** Families on the agenda, including those the actor may not see. */
  agendaCount: z.number(),
  version: z.number(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingsQuerySchema = z.strictObject({ from: localDateSchema, to: localDateSchema });
export const meetingListSchema = z.object({ meetings: z.array(meetingSummarySchema) });

export const updateMeetingRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  status: z.enum(['scheduled', 'cancelled']).optional(),
  date: localDateSchema.optional(),
  /** null: back to the series' time, place or link. */
  startTime: clockTime.nullable().optional(),
  place: z.string().trim().max(200).nullable().optional(),
  onlineUrl: onlineUrl.nullable().optional(),
  /** Why it was cancelled or moved. For the team: never write about a family here. */
  note: z.string().trim().max(500).optional(),
});
export type UpdateMeetingRequest = z.infer<typeof updateMeetingRequestSchema>;

export const updateMeetingResponseSchema = meetingSummarySchema.extend({
  /** When a cancellation moved the families on its agenda to the next meeting. */
  agendaMovedTo: z.object({ meetingId: idSchema, date: localDateSchema, items: z.number() }).nullable(),
});

export const teamFamilySchema = z.object({
  /** null: these children are not yet a family in Lumo; create one to put them on an agenda. */
  familyId: idSchema.nullable(),
  name: z.string(),
  children: z.array(childRefSchema.extend({ responsibleWorker: staffRefSchema.nullable() })),
  lastDiscussedOn: localDateSchema.nullable(),
  openExperiments: z.number(),
  nextFollowUpOn: localDateSchema.nullable(),
});

export const teamPageSchema = z.object({
  team: z.object({
    id: idSchema,
    name: z.string(),
    lead: staffRefSchema.nullable(),
    municipalities: z.array(z.string()),
  }),
  /** Current and planned members. */
  members: z.array(teamMemberSchema),
  formerMembers: z.array(teamMemberSchema),
  /** The families whose cases the team holds; null for an actor who sees no client data (the lead). */
  families: z.array(teamFamilySchema).nullable(),
  series: z.array(meetingSeriesSchema),
  nextMeeting: meetingSummarySchema.nullable(),
  can: z.array(z.string()),
});
export type TeamPage = z.infer<typeof teamPageSchema>;

export const addToAgendaRequestSchema = z.strictObject({
  familyId: idSchema,
  /** The dilemma the worker brings. */
  dilemma: z.string().trim().max(4000).default(''),
});
export const agendaItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  familyId: idSchema,
  position: z.number(),
  origin: z.enum(['added', 'follow_up', 'moved']),
  dilemma: z.string(),
  version: z.number(),
});

export const orderAgendaRequestSchema = z.strictObject({
  /** Every item of the agenda, in the new order. */
  itemIds: z.array(idSchema).max(100),
});

/** A family on the agenda, with everything the team needs open while discussing it. */
export const agendaEntrySchema = z.object({
  id: idSchema,
  position: z.number(),
  origin: z.enum(['added', 'follow_up', 'moved']),
  addedBy: staffRefSchema.nullable(),
  family: familyRefSchema,
  people: z.array(familyPersonSchema),
  /** This meeting's reflective record of the family (dilemma, concern, version… at its head). */
  discussion: discussionSchema,
  /** Open experiments whose follow-up is due at this meeting: why it came back by itself. */
  dueExperimentIds: z.array(idSchema),
  /** Every hypothesis and experiment of the family, with their history. */
  hypotheses: z.array(hypothesisSchema),
  experiments: z.array(experimentSchema),
  /** The family's three previous discussions, newest first. */
  previous: z.array(discussionSchema),
  genogram: genogramViewSchema,
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

export const meetingPageSchema = z.object({
  meeting: meetingSummarySchema,
  team: z.object({ id: idSchema, name: z.string() }),
  /** The members on the meeting's day, for authors, owners and attendees. */
  members: z.array(z.object({ user: staffRefSchema, teamRole: teamRoleSchema })),
  /** null for an actor who sees no client data (the lead). */
  agenda: z.array(agendaEntrySchema).nullable(),
  /** Families on the agenda this actor may not see. */
  hiddenItems: z.number(),
  can: z.array(z.string()),
});
export type MeetingPage = z.infer<typeof meetingPageSchema>;
