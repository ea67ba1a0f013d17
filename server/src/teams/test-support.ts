import { expect } from 'vitest';
import type { ChildFixture, StaffFixture } from '../testing/fixtures';
import type { Client, TestEnv } from '../testing/harness';

/**
 * A systemic team as the tests of this area need it: a consultant, two social workers, a family
 * therapist and a lead, a family of two siblings and one of one child (Anna responsible for both),
 * and the weekly meeting on Tuesdays at 9.00 from the start of the year. Built through the API
 * where the API builds it.
 */
export async function systemicTeam(env: TestEnv) {
  const staff = {
    kaisa: await env.fx.staff({
      roles: ['consultant_social_worker'],
      firstName: 'Kaisa',
      lastName: 'Mäkelä',
    }),
    anna: await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' }),
    mikko: await env.fx.staff({ firstName: 'Mikko', lastName: 'Laine' }),
    terhi: await env.fx.staff({ roles: ['family_therapist'], firstName: 'Terhi', lastName: 'Koskinen' }),
    leena: await env.fx.staff({ roles: ['team_lead'], firstName: 'Leena', lastName: 'Lehtonen' }),
    outsider: await env.fx.staff({ firstName: 'Olli', lastName: 'Ulkopuolinen' }),
  } satisfies Record<string, StaffFixture>;
  const team = await env.fx.team({
    lead: staff.leena,
    name: 'Tiimi Kangas',
    members: [
      { user: staff.kaisa, role: 'consultant_social_worker' },
      { user: staff.anna },
      { user: staff.mikko },
      { user: staff.terhi, role: 'family_therapist' },
    ],
  });
  const otherTeam = await env.fx.team({ members: [{ user: staff.outsider }] });
  const children = {
    eevi: await env.fx.child({ team, responsible: staff.anna, firstNames: 'Eevi', lastName: 'Aalto' }),
    elias: await env.fx.child({ team, responsible: staff.anna, firstNames: 'Elias', lastName: 'Aalto' }),
    veera: await env.fx.child({ team, responsible: staff.anna, firstNames: 'Veera', lastName: 'Berg' }),
    stranger: await env.fx.child({ team: otherTeam, responsible: staff.outsider, firstNames: 'Sami' }),
  } satisfies Record<string, ChildFixture>;
  const mother = await env.fx.familyMember(children.eevi.id, { firstNames: 'Maria', lastName: 'Aalto' });
  const clients = {
    kaisa: await env.signIn(staff.kaisa.username),
    anna: await env.signIn(staff.anna.username),
    mikko: await env.signIn(staff.mikko.username),
    terhi: await env.signIn(staff.terhi.username),
    leena: await env.signIn(staff.leena.username),
    outsider: await env.signIn(staff.outsider.username),
  } satisfies Record<string, Client>;
  const series = await clients.kaisa.post(`/api/teams/${team.id}/meeting-series`, {
    weekday: 2,
    startTime: '09:00',
    place: 'Kokoushuone Kangas',
    startsOn: '2026-01-06',
  });
  expect(series.status).toBe(201);
  const aalto = await clients.anna.post('/api/families', { childIds: [children.eevi.id, children.elias.id] });
  const berg = await clients.anna.post('/api/families', { childIds: [children.veera.id] });
  expect([aalto.status, berg.status]).toEqual([201, 201]);
  return {
    staff,
    team,
    children,
    mother,
    clients,
    seriesId: series.body.id as string,
    families: { aalto: aalto.body.id as string, berg: berg.body.id as string },
  };
}

export type SystemicTeam = Awaited<ReturnType<typeof systemicTeam>>;

/** The team's meeting on a day, made real by listing it. */
export async function meetingOn(client: Client, teamId: string, date: string): Promise<string> {
  const list = await client.get(`/api/teams/${teamId}/meetings?from=${date}&to=${date}`);
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  const meeting = list.body.meetings[0];
  expect(meeting, `a meeting on ${date}`).toBeTruthy();
  return meeting.id;
}

/** Puts the family on the meeting's agenda and returns the agenda item's id. */
export async function discuss(
  client: Client,
  meetingId: string,
  familyId: string,
  dilemma = '',
): Promise<string> {
  const item = await client.post(`/api/meetings/${meetingId}/agenda`, { familyId, dilemma });
  expect(item.status, JSON.stringify(item.body)).toBe(201);
  return item.body.id;
}
