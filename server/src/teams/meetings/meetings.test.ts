import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../../testing/harness';
import { discuss, meetingOn, type SystemicTeam, systemicTeam } from '../test-support';

// Tuesday 10 March 2026, 8.00 in Helsinki: the team meets at 9.00 today.
let env: TestEnv;
let t: SystemicTeam;

beforeAll(async () => {
  env = await startTestEnv({ now: '2026-03-10T08:00:00+02:00' });
  t = await systemicTeam(env);
});
afterAll(() => env.close());

describe('the weekly meeting', () => {
  it('has a date every week of the series, and lists cancelled and moved meetings too', async () => {
    const list = await t.clients.anna.get(`/api/teams/${t.team.id}/meetings?from=2026-03-01&to=2026-03-31`);
    expect(list.status).toBe(200);
    expect(list.body.meetings.map((m: { date: string }) => m.date)).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
    ]);
    expect(list.body.meetings[0]).toMatchObject({
      startTime: '09:00',
      durationMinutes: 120,
      place: 'Kokoushuone Kangas',
      status: 'scheduled',
      moved: false,
    });
  });

  it('is moved or cancelled for one week by the consultant; a member may not', async () => {
    const id = await meetingOn(t.clients.kaisa, t.team.id, '2026-05-05');
    const meeting = (await t.clients.kaisa.get(`/api/meetings/${id}`)).body.meeting;
    expect(
      (await t.clients.anna.patch(`/api/meetings/${id}`, { version: meeting.version, status: 'cancelled' }))
        .status,
    ).toBe(403);
    const moved = await t.clients.kaisa.patch(`/api/meetings/${id}`, {
      version: meeting.version,
      date: '2026-05-06',
      startTime: '12:30',
      note: 'Vappuviikko',
    });
    expect(moved.body).toMatchObject({
      date: '2026-05-06',
      occursOn: '2026-05-05',
      startTime: '12:30',
      moved: true,
    });
    const taken = await t.clients.kaisa.patch(`/api/meetings/${id}`, {
      version: moved.body.version,
      date: '2026-05-12',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('meeting_date_taken');
    const stale = await t.clients.kaisa.patch(`/api/meetings/${id}`, {
      version: meeting.version,
      place: 'Etänä',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({
      date: '2026-05-06',
      version: moved.body.version,
    });
  });

  it('allows one series at a time, and keeps meetings that have families on their agendas', async () => {
    const overlapping = await t.clients.kaisa.post(`/api/teams/${t.team.id}/meeting-series`, {
      weekday: 3,
      startTime: '13:00',
      startsOn: '2026-06-01',
    });
    expect(overlapping.body.error.code).toBe('series_overlap');
    const june = await meetingOn(t.clients.anna, t.team.id, '2026-06-02');
    await discuss(t.clients.anna, june, t.families.berg, 'Veeran koulunkäynti');
    const series = (await t.clients.kaisa.get(`/api/teams/${t.team.id}`)).body.series[0];
    const ending = await t.clients.kaisa.patch(`/api/meeting-series/${t.seriesId}`, {
      version: series.version,
      endsOn: '2026-05-31',
    });
    expect(ending.body.error.code).toBe('meetings_have_agenda');
    const ended = await t.clients.kaisa.patch(`/api/meeting-series/${t.seriesId}`, {
      version: series.version,
      endsOn: '2026-06-30',
    });
    expect(ended.body).toMatchObject({ endsOn: '2026-06-30', version: series.version + 1 });
    const july = await t.clients.anna.get(`/api/teams/${t.team.id}/meetings?from=2026-07-01&to=2026-07-31`);
    expect(july.body.meetings).toEqual([]);
    await t.clients.kaisa.patch(`/api/meeting-series/${t.seriesId}`, {
      version: series.version + 1,
      endsOn: null,
    });
  });
});

describe('the agenda', () => {
  it('takes families from any member with their dilemma, once each, in the order the consultant sets', async () => {
    const id = await meetingOn(t.clients.anna, t.team.id, '2026-03-17');
    const first = await discuss(
      t.clients.anna,
      id,
      t.families.aalto,
      'Miten tukea äitiä rajojen asettamisessa?',
    );
    const second = await discuss(t.clients.mikko, id, t.families.berg, 'Veeran poissaolot koulusta');
    const again = await t.clients.terhi.post(`/api/meetings/${id}/agenda`, {
      familyId: t.families.aalto,
      dilemma: '',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'already_on_agenda',
      details: { current: { id: first } },
    });

    expect(
      (await t.clients.anna.put(`/api/meetings/${id}/agenda/order`, { itemIds: [second, first] })).status,
    ).toBe(403);
    const ordered = await t.clients.kaisa.put(`/api/meetings/${id}/agenda/order`, {
      itemIds: [second, first],
    });
    expect(ordered.body.itemIds).toEqual([second, first]);
    const page = await t.clients.terhi.get(`/api/meetings/${id}`);
    expect(
      page.body.agenda.map(
        (a: { family: { name: string }; discussion: { dilemma: string }; addedBy: { name: string } }) => [
          a.family.name,
          a.discussion.dilemma,
          a.addedBy.name,
        ],
      ),
    ).toEqual([
      ['Berg', 'Veeran poissaolot koulusta', 'Mikko Laine'],
      ['Aalto', 'Miten tukea äitiä rajojen asettamisessa?', 'Anna Virtanen'],
    ]);
  });

  it('is closed by the consultant: nothing more is added until she opens it again', async () => {
    const id = await meetingOn(t.clients.anna, t.team.id, '2026-03-31');
    expect((await t.clients.anna.post(`/api/meetings/${id}/agenda/close`)).status).toBe(403);
    const closed = await t.clients.kaisa.post(`/api/meetings/${id}/agenda/close`);
    expect(closed.body.agendaClosed).toBe(true);
    const late = await t.clients.anna.post(`/api/meetings/${id}/agenda`, {
      familyId: t.families.berg,
      dilemma: '',
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('agenda_closed');
    await t.clients.kaisa.post(`/api/meetings/${id}/agenda/reopen`);
    await discuss(t.clients.anna, id, t.families.berg);
  });

  it('accepts only families whose case the team holds, and only from those who may record for them', async () => {
    const id = await meetingOn(t.clients.anna, t.team.id, '2026-04-14');
    const strangers = await t.clients.outsider.post('/api/families', { childIds: [t.children.stranger.id] });
    const foreign = await t.clients.anna.post(`/api/meetings/${id}/agenda`, {
      familyId: strangers.body.id,
      dilemma: '',
    });
    expect(foreign.status).toBe(404);
    const byOutsider = await t.clients.outsider.post(`/api/meetings/${id}/agenda`, {
      familyId: strangers.body.id,
      dilemma: '',
    });
    expect(byOutsider.status).toBe(404);
  });

  it('moves the families of a cancelled meeting to the next one', async () => {
    const cancelled = await meetingOn(t.clients.anna, t.team.id, '2026-04-21');
    await discuss(t.clients.anna, cancelled, t.families.aalto, 'Isän tapaamiset');
    const meeting = (await t.clients.kaisa.get(`/api/meetings/${cancelled}`)).body.meeting;
    const result = await t.clients.leena.patch(`/api/meetings/${cancelled}`, {
      version: meeting.version,
      status: 'cancelled',
      note: 'Koulutuspäivä',
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'cancelled',
      agendaMovedTo: { date: '2026-04-28', items: 1 },
    });
    const next = await t.clients.anna.get(`/api/meetings/${result.body.agendaMovedTo.meetingId}`);
    expect(next.body.agenda).toEqual([
      expect.objectContaining({
        origin: 'moved',
        discussion: expect.objectContaining({ dilemma: 'Isän tapaamiset' }),
      }),
    ]);
  });

  it('shows the lead how full the meeting is without showing whom it is about', async () => {
    const id = await meetingOn(t.clients.anna, t.team.id, '2026-03-17');
    const page = await t.clients.leena.get(`/api/meetings/${id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ agenda: null, hiddenItems: 2 });
    expect(page.body.meeting.agendaCount).toBe(2);
    expect((await t.clients.outsider.get(`/api/meetings/${id}`)).status).toBe(404);
  });
});

describe('experiments come back by themselves', () => {
  it('on the next meeting on or after the follow-up date, and on each later one until followed up', async () => {
    const today = await meetingOn(t.clients.anna, t.team.id, '2026-03-10');
    const item = await discuss(t.clients.anna, today, t.families.aalto, 'Iltojen riidat');
    const experiment = await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Äiti ja Eevi sopivat illan ohjelmasta yhdessä ennen iltapalaa',
      who: 'Äiti ja Eevi, Pekka tukee kotikäynnillä',
      followUpOn: '2026-04-01',
    });
    expect(experiment.status).toBe(201);

    // 31.3 is before the follow-up date: not yet.
    const march31 = await t.clients.anna.get(
      `/api/meetings/${await meetingOn(t.clients.anna, t.team.id, '2026-03-31')}`,
    );
    expect(march31.body.agenda.map((a: { family: { name: string } }) => a.family.name)).toEqual(['Berg']);
    // 7.4 is the first meeting on or after 1.4: the family is there without anyone adding it.
    const april7Id = await meetingOn(t.clients.anna, t.team.id, '2026-04-07');
    const april7 = await t.clients.mikko.get(`/api/meetings/${april7Id}`);
    const carried = april7.body.agenda.find(
      (a: { family: { id: string } }) => a.family.id === t.families.aalto,
    );
    expect(carried).toMatchObject({
      origin: 'follow_up',
      addedBy: null,
      dueExperimentIds: [experiment.body.id],
    });
    expect(carried.previous.map((d: { dilemma: string }) => d.dilemma)).toEqual([
      'Miten tukea äitiä rajojen asettamisessa?',
      'Iltojen riidat',
    ]);

    const removal = await t.clients.anna.request('DELETE', `/api/agenda-items/${carried.id}?version=1`);
    expect(removal.status).toBe(409);
    expect(removal.body.error.code).toBe('experiments_due');

    // Not followed up on 7.4: it comes again on 14.4; followed up there, it comes no more.
    const april14Id = await meetingOn(t.clients.anna, t.team.id, '2026-04-14');
    const april14 = await t.clients.anna.get(`/api/meetings/${april14Id}`);
    const again = april14.body.agenda.find(
      (a: { family: { id: string } }) => a.family.id === t.families.aalto,
    );
    expect(again.dueExperimentIds).toEqual([experiment.body.id]);
    const followed = await t.clients.anna.post(`/api/experiments/${experiment.body.id}/follow-ups`, {
      version: experiment.body.version,
      agendaItemId: again.id,
      whatHappened: 'Illat rauhoittuivat kolmena iltana viidestä.',
      whatWeLearned: 'Eevi jaksaa paremmin, kun hän saa valita.',
      outcome: 'conclude',
    });
    expect(followed.status).toBe(201);
    const may5 = await t.clients.anna.get(
      `/api/meetings/${await meetingOn(t.clients.anna, t.team.id, '2026-05-12')}`,
    );
    expect(may5.body.agenda.map((a: { family: { id: string } }) => a.family.id)).not.toContain(
      t.families.aalto,
    );
  });

  it('leaves a later agenda again when followed up earlier, unless something is written there or it is due again', async () => {
    const agendaOf = async (meetingId: string) =>
      (await t.clients.anna.get(`/api/meetings/${meetingId}`)).body.agenda as {
        id: string;
        family: { id: string };
        discussion: { version: number };
      }[];
    const aaltoOn = async (meetingId: string) =>
      (await agendaOf(meetingId)).find((a) => a.family.id === t.families.aalto);
    const jan5 = await meetingOn(t.clients.anna, t.team.id, '2027-01-05');
    const item = await discuss(t.clients.anna, jan5, t.families.aalto);
    const experiment = await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Isä hakee Eevin koulusta tiistaisin',
      who: 'Isä',
      followUpOn: '2027-01-12',
    });
    // Opened ahead of time, the meetings of 19.1 and 26.1 already carry the family; on 26.1 a member
    // writes her question for the team.
    const jan19 = await meetingOn(t.clients.anna, t.team.id, '2027-01-19');
    const jan26 = await meetingOn(t.clients.anna, t.team.id, '2027-01-26');
    expect(await aaltoOn(jan19)).toBeDefined();
    const written = (await aaltoOn(jan26))!;
    const dilemma = await t.clients.anna.patch(`/api/agenda-items/${written.id}`, {
      version: written.discussion.version,
      dilemma: 'Riittääkö tiistai?',
    });
    expect(dilemma.status, JSON.stringify(dilemma.body)).toBe(200);

    // Looked at on 12.1 and continued until 2.2: 19.1 no longer needs the family, 26.1 keeps it.
    const jan12 = await meetingOn(t.clients.anna, t.team.id, '2027-01-12');
    const followed = await t.clients.anna.post(`/api/experiments/${experiment.body.id}/follow-ups`, {
      version: experiment.body.version,
      agendaItemId: (await aaltoOn(jan12))!.id,
      whatHappened: 'Tiistait sujuivat.',
      whatWeLearned: 'Eevi odottaa tiistaita.',
      outcome: 'continue',
      nextFollowUpOn: '2027-02-02',
    });
    expect(followed.status, JSON.stringify(followed.body)).toBe(201);
    expect(await aaltoOn(jan19)).toBeUndefined();
    expect(await aaltoOn(jan26)).toBeDefined();
    expect(await aaltoOn(await meetingOn(t.clients.anna, t.team.id, '2027-02-02'))).toMatchObject({
      family: { id: t.families.aalto },
    });

    // Its day moved later again: 2.2 lets the family go, and 9.2 has it once opened.
    const moved = await t.clients.anna.patch(`/api/experiments/${experiment.body.id}`, {
      version: followed.body.version,
      followUpOn: '2027-02-09',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await aaltoOn(await meetingOn(t.clients.anna, t.team.id, '2027-02-02'))).toBeUndefined();
    expect(await aaltoOn(await meetingOn(t.clients.anna, t.team.id, '2027-02-09'))).toBeDefined();
  });

  it('is not put on every coming meeting by a list that reaches months ahead', async () => {
    const item = await discuss(
      t.clients.anna,
      await meetingOn(t.clients.anna, t.team.id, '2026-03-24'),
      t.families.berg,
    );
    await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Veera kirjoittaa viikon parhaan hetken muistiin',
      who: 'Veera',
      followUpOn: '2026-09-01',
    });
    const list = await t.clients.anna.get(`/api/teams/${t.team.id}/meetings?from=2026-09-01&to=2026-12-31`);
    expect(list.status).toBe(200);
    expect(list.body.meetings.map((m: { agendaCount: number }) => m.agendaCount)).toEqual(
      list.body.meetings.map(() => 0),
    );
  });

  it('skips a cancelled meeting and comes to the next one held', async () => {
    const may19 = await meetingOn(t.clients.anna, t.team.id, '2026-05-19');
    const item = await discuss(t.clients.anna, may19, t.families.berg);
    const experiment = await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Koulukuraattori soittaa Veeralle maanantaiaamuisin',
      who: 'Koulukuraattori',
      followUpOn: '2026-05-26',
    });
    const may26 = await meetingOn(t.clients.kaisa, t.team.id, '2026-05-26');
    const meeting = (await t.clients.leena.get(`/api/meetings/${may26}`)).body.meeting;
    await t.clients.leena.patch(`/api/meetings/${may26}`, { version: meeting.version, status: 'cancelled' });
    const june2 = await t.clients.anna.get(
      `/api/meetings/${await meetingOn(t.clients.anna, t.team.id, '2026-06-02')}`,
    );
    const berg = june2.body.agenda.find((a: { family: { id: string } }) => a.family.id === t.families.berg);
    expect(berg.dueExperimentIds).toEqual([experiment.body.id]);
  });

  it('leaves a past meeting’s agenda as it was', async () => {
    const item = await discuss(
      t.clients.anna,
      await meetingOn(t.clients.anna, t.team.id, '2026-02-03'),
      t.families.berg,
    );
    await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Veera pitää unipäiväkirjaa',
      who: 'Veera',
      followUpOn: '2026-02-10',
    });
    const feb17 = await t.clients.anna.get(
      `/api/meetings/${await meetingOn(t.clients.anna, t.team.id, '2026-02-17')}`,
    );
    expect(feb17.body.agenda).toEqual([]);
  });
});
