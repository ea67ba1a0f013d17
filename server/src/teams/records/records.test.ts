import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../../testing/harness';
import { discuss, meetingOn, type SystemicTeam, systemicTeam } from '../test-support';

// Tuesday 10 March 2026, 10.00: the team's meeting is under way.
let env: TestEnv;
let t: SystemicTeam;
let item: string;
let meetingId: string;

beforeAll(async () => {
  env = await startTestEnv({ now: '2026-03-10T10:00:00+02:00' });
  t = await systemicTeam(env);
  meetingId = await meetingOn(t.clients.anna, t.team.id, '2026-03-10');
  item = await discuss(
    t.clients.anna,
    meetingId,
    t.families.aalto,
    'Miten tukea äitiä rajojen asettamisessa?',
  );
});
afterAll(() => env.close());

const discussion = async () => {
  const page = await t.clients.kaisa.get(`/api/meetings/${meetingId}`);
  return page.body.agenda.find((a: { id: string }) => a.id === item);
};

describe('the reflective record of a family’s discussion', () => {
  it('holds the concern, hypotheses from whom they came, perspectives by role, decisions and the family’s own words', async () => {
    const head = await t.clients.anna.patch(`/api/agenda-items/${item}`, {
      version: 1,
      visibleConcern: 'Eevi on karannut kotoa kahdesti; äiti pelkää menettävänsä otteen.',
    });
    expect(head.body).toMatchObject({ version: 2, updatedBy: { name: 'Anna Virtanen' } });
    const hypothesis = await t.clients.kaisa.post(`/api/agenda-items/${item}/hypotheses`, {
      text: 'Karkailu on Eevin tapa saada isä mukaan perheen arkeen.',
      authorId: t.staff.terhi.id,
    });
    expect(hypothesis.body).toMatchObject({ author: { name: 'Terhi Koskinen' }, status: 'open' });
    await t.clients.terhi.post(`/api/agenda-items/${item}/entries`, {
      kind: 'perspective',
      text: 'Perheessä puhutaan paljon säännöistä, vähän siitä, mitä kukin toivoo.',
    });
    await t.clients.anna.post(`/api/agenda-items/${item}/entries`, {
      kind: 'family_voice',
      speakerPersonId: t.mother.id,
      text: 'Minä en enää tiedä, mitä hänelle pitäisi sanoa.',
    });
    await t.clients.anna.post(`/api/agenda-items/${item}/entries`, {
      kind: 'family_voice',
      speakerLabel: 'Eevi, 11 v',
      text: 'Kotona kukaan ei kuuntele.',
    });
    await t.clients.anna.post(`/api/agenda-items/${item}/entries`, {
      kind: 'decision',
      text: 'Perhetyö jatkuu kahdesti viikossa; tapaaminen isän kanssa sovitaan.',
    });
    for (const attendee of [
      { kind: 'staff', userId: t.staff.anna.id },
      { kind: 'family', personId: t.mother.id },
      { kind: 'family', label: 'Mummo (äidin äiti)' },
    ]) {
      expect((await t.clients.anna.post(`/api/agenda-items/${item}/attendees`, attendee)).status).toBe(201);
    }

    const twice = await t.clients.anna.post(`/api/agenda-items/${item}/attendees`, {
      kind: 'family',
      personId: t.mother.id,
    });
    expect(twice.body.error.issues[0]).toMatchObject({ path: 'body.personId', code: 'duplicate' });

    const { discussion: record, hypotheses, people } = await discussion();

    expect(record.visibleConcern).toMatch(/karannut/);
    expect(record.hypothesesFormed).toEqual([hypothesis.body.id]);
    expect(hypotheses[0].history).toEqual([
      expect.objectContaining({ status: 'open', by: expect.objectContaining({ name: 'Kaisa Mäkelä' }) }),
    ]);
    expect(record.perspectives).toEqual([
      expect.objectContaining({
        author: expect.objectContaining({ name: 'Terhi Koskinen' }),
        teamRole: 'family_therapist',
      }),
    ]);
    expect(
      record.familyVoices.map((v: { speaker: { label: string }; text: string }) => [v.speaker.label, v.text]),
    ).toEqual([
      ['Maria Aalto', 'Minä en enää tiedä, mitä hänelle pitäisi sanoa.'],
      ['Eevi, 11 v', 'Kotona kukaan ei kuuntele.'],
    ]);
    expect(record.decisions).toHaveLength(1);
    expect(
      record.attendees.map(
        (a: { kind: string; label: string; user: { name: string } | null }) => a.user?.name ?? a.label,
      ),
    ).toEqual(['Anna Virtanen', 'Maria Aalto', 'Mummo (äidin äiti)']);
    expect(people.map((p: { name: string; relation: string }) => p.relation)).toEqual([
      'child',
      'child',
      'mother',
    ]);
  });

  it('refuses references outside the team and the family, and dates that would never come back', async () => {
    const notMember = await t.clients.anna.post(`/api/agenda-items/${item}/entries`, {
      kind: 'perspective',
      text: 'Ulkopuolisen näkökulma',
      authorId: t.staff.outsider.id,
    });
    expect(notMember.status).toBe(400);
    expect(notMember.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.authorId', code: 'unknown_reference' }),
    ]);
    const strangerVoice = await t.clients.anna.post(`/api/agenda-items/${item}/entries`, {
      kind: 'family_voice',
      speakerPersonId: t.children.veera.id,
      text: 'Ei tämän perheen lapsi',
    });
    expect(strangerVoice.body.error.issues[0]).toMatchObject({
      path: 'body.speakerPersonId',
      code: 'unknown_reference',
    });
    const sameDay = await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Jotain',
      who: 'Anna',
      followUpOn: '2026-03-10',
    });
    expect(sameDay.body.error.issues[0]).toMatchObject({ path: 'body.followUpOn', code: 'date_order' });
    const withoutReason = await t.clients.anna.patch(
      `/api/hypotheses/${(await discussion()).hypotheses[0].id}`,
      {
        version: 1,
        status: 'set_aside',
      },
    );
    expect(withoutReason.status).toBe(400);
  });
});

describe('members writing at the same time', () => {
  it('lose nothing: hypotheses added at once both survive', async () => {
    const [a, b] = await Promise.all([
      t.clients.mikko.post(`/api/agenda-items/${item}/hypotheses`, {
        text: 'Äidin väsymys näkyy Eevin oireiluna.',
      }),
      t.clients.terhi.post(`/api/agenda-items/${item}/hypotheses`, {
        text: 'Eevi suojelee pikkuveljeään riidoilta.',
      }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const texts = (await discussion()).hypotheses.map((h: { text: string }) => h.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Äidin väsymys näkyy Eevin oireiluna.',
        'Eevi suojelee pikkuveljeään riidoilta.',
      ]),
    );
  });

  it('a stale edit of the same field gets 409 with what the other saved', async () => {
    const { discussion: before } = await discussion();
    const [a, b] = await Promise.all([
      t.clients.anna.patch(`/api/agenda-items/${item}`, {
        version: before.version,
        visibleConcern: 'Annan muotoilu',
      }),
      t.clients.kaisa.patch(`/api/agenda-items/${item}`, {
        version: before.version,
        visibleConcern: 'Kaisan muotoilu',
      }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(lost.body.error.code).toBe('conflict');
    expect(lost.body.error.details.current).toMatchObject({
      visibleConcern: won.body.visibleConcern,
      version: won.body.version,
    });
    expect((await discussion()).discussion.visibleConcern).toBe(won.body.visibleConcern);
  });

  it('two status changes of one hypothesis at once: one wins, the other is told', async () => {
    const h = (await discussion()).hypotheses[0];
    const [a, b] = await Promise.all([
      t.clients.anna.patch(`/api/hypotheses/${h.id}`, {
        version: h.version,
        status: 'supported',
        agendaItemId: item,
      }),
      t.clients.terhi.patch(`/api/hypotheses/${h.id}`, {
        version: h.version,
        status: 'set_aside',
        reason: 'Isä on ollut mukana koko ajan.',
        agendaItemId: item,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const history = (await discussion()).hypotheses[0].history;
    expect(history).toHaveLength(2);
  });
});

describe('hypotheses and experiments over time', () => {
  it('keeps every status a hypothesis has had, and every look back at an experiment', async () => {
    const later = await meetingOn(t.clients.anna, t.team.id, '2026-03-24');
    const experiment = await t.clients.anna.post(`/api/agenda-items/${item}/experiments`, {
      action: 'Äiti kysyy Eeviltä joka ilta yhden asian, joka meni hyvin',
      who: 'Äiti',
      ownerId: t.staff.anna.id,
      followUpOn: '2026-03-20',
    });
    expect(experiment.body).toMatchObject({ owner: { name: 'Anna Virtanen' }, status: 'open' });
    const laterPage = await t.clients.anna.get(`/api/meetings/${later}`);
    const laterItem = laterPage.body.agenda[0];
    expect(laterItem.dueExperimentIds).toEqual([experiment.body.id]);

    const repeated = await t.clients.anna.post(`/api/experiments/${experiment.body.id}/follow-ups`, {
      version: experiment.body.version,
      agendaItemId: laterItem.id,
      whatHappened: 'Äiti muisti kysyä neljänä iltana. Eevi vastasi kahdesti.',
      whatWeLearned: 'Pieni hetki riittää avaamaan puheen.',
      outcome: 'continue',
      nextFollowUpOn: '2026-04-14',
    });
    expect(repeated.body).toMatchObject({ status: 'open', followUpOn: '2026-04-14' });
    expect(repeated.body.followUps).toEqual([
      expect.objectContaining({ outcome: 'continue', date: '2026-03-24' }),
    ]);

    const h = (await discussion()).hypotheses[0];
    const revised = await t.clients.terhi.patch(`/api/hypotheses/${h.id}`, {
      version: h.version,
      status: 'set_aside',
      reason: 'Eevi karkaa myös isän luota.',
      agendaItemId: laterItem.id,
    });
    expect(
      revised.body.history.map((c: { status: string; date: string | null }) => [c.status, c.date]),
    ).toEqual([
      ['open', '2026-03-10'],
      [h.status, '2026-03-10'],
      ['set_aside', '2026-03-24'],
    ]);

    const view = await t.clients.mikko.get(`/api/families/${t.families.aalto}/systemic-view`);
    expect(view.status).toBe(200);
    expect(view.body.discussions.map((d: { meeting: { date: string } }) => d.meeting.date)).toEqual([
      '2026-03-10',
      '2026-03-24',
    ]);
    const [first, second] = view.body.discussions;
    expect(first.hypothesesFormed).toHaveLength(3);
    expect(first.experimentsAgreed).toEqual([experiment.body.id]);
    expect(second.followUps).toEqual([expect.objectContaining({ experimentId: experiment.body.id })]);
    expect(second.statusChanges).toEqual([
      expect.objectContaining({ hypothesisId: h.id, status: 'set_aside' }),
    ]);
    // Mikko works in the team but is not responsible for the children: he may not share with the family.
    expect(view.body.family).toMatchObject({ name: 'Aalto', can: ['systemic:read', 'systemic:record'] });
  });
});

describe('what the family is shown', () => {
  it('is only the summary the responsible worker has shared; editing it takes the sharing back', async () => {
    const written = await t.clients.terhi.put(`/api/agenda-items/${item}/summary`, {
      version: null,
      text: 'Puhuimme siitä, miten illat voisivat sujua rauhallisemmin. Kokeilemme yhteistä iltahetkeä.',
    });
    expect(written.body).toMatchObject({ sharedWithFamily: false, sharedAt: null });
    const byTeamMember = await t.clients.terhi.post(`/api/agenda-items/${item}/summary/share`, {
      version: written.body.version,
      shared: true,
    });
    expect(byTeamMember.status).toBe(404);
    const shared = await t.clients.anna.post(`/api/agenda-items/${item}/summary/share`, {
      version: written.body.version,
      shared: true,
    });
    expect(shared.body).toMatchObject({
      sharedWithFamily: true,
      sharedAt: '2026-03-10T08:00:00.000Z',
      sharedBy: { name: 'Anna Virtanen' },
    });

    const sharedRows = await env.db
      .selectFrom('family_summary')
      .select('text')
      .where('shared_with_family', '=', true)
      .execute();
    expect(sharedRows).toHaveLength(1);

    const edited = await t.clients.terhi.put(`/api/agenda-items/${item}/summary`, {
      version: shared.body.version,
      text: 'Puhuimme siitä, miten illat voisivat sujua rauhallisemmin.',
    });
    expect(edited.body).toMatchObject({ sharedWithFamily: false, sharedAt: null, sharedBy: null });
    const second = await t.clients.terhi.put(`/api/agenda-items/${item}/summary`, {
      version: null,
      text: 'Toinen',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details.current.text).toBe(edited.body.text);
  });
});

describe('everything is client data', () => {
  it('answers anyone without a relationship to every child of the family as if it did not exist, and logs the attempt', async () => {
    const refused = await t.clients.outsider.get(`/api/families/${t.families.aalto}/systemic-view`);
    expect(refused.status).toBe(404);
    expect(
      (await t.clients.outsider.post(`/api/agenda-items/${item}/hypotheses`, { text: 'x' })).status,
    ).toBe(404);
    const denied = await env.db
      .selectFrom('audit_event')
      .select(['action', 'outcome', 'child_ids'])
      .where('actor_id', '=', t.staff.outsider.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.action)).toEqual(['systemic:read', 'systemic:record']);
    expect([...denied[0]!.child_ids].sort()).toEqual([t.children.eevi.id, t.children.elias.id].sort());
  });

  it('lets emergency access to every child read the family’s work, never write it; access to one sibling is not enough', async () => {
    const reason = 'Poliisin virka-apupyyntö yöllä';
    await t.clients.leena.post(`/api/children/${t.children.eevi.id}/emergency-access`, { reason });
    expect((await t.clients.leena.get(`/api/families/${t.families.aalto}/systemic-view`)).status).toBe(404);
    await t.clients.leena.post(`/api/children/${t.children.elias.id}/emergency-access`, { reason });
    const view = await t.clients.leena.get(`/api/families/${t.families.aalto}/systemic-view`);
    expect(view.status).toBe(200);
    expect(view.body.family.can).toEqual(['systemic:read']);
    expect((await t.clients.leena.post(`/api/agenda-items/${item}/hypotheses`, { text: 'x' })).status).toBe(
      404,
    );
  });

  it('writes every read and write to the use log with the children and the basis', async () => {
    await t.clients.mikko.post(`/api/agenda-items/${item}/entries`, { kind: 'decision', text: 'Kirjataan.' });
    const event = await env.db
      .selectFrom('audit_event')
      .select(['action', 'child_ids', 'basis', 'purpose', 'details'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      action: 'systemic:record',
      basis: 'relationship:team',
      purpose: 'child_protection_client_work',
    });
    expect([...event.child_ids].sort()).toEqual([t.children.eevi.id, t.children.elias.id].sort());
    expect(event.details).toMatchObject({ op: 'decision:add', familyId: t.families.aalto });
  });

  it('is guarded by row-level security too: the database shows the app role nothing without relationships', async () => {
    const count = (actorId: string, table: string) =>
      env.db.transaction().execute(async (tx) => {
        await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${actorId}, true),
          set_config('lumo.now', ${env.clock.now().toISOString()}, true)`.execute(tx);
        return (await sql.raw<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`).execute(tx)).rows[0]!
          .n;
      });
    for (const table of [
      'family',
      'agenda_item',
      'hypothesis',
      'record_entry',
      'experiment',
      'family_summary',
    ]) {
      expect(await count(t.staff.outsider.id, table), table).toBe(0);
      expect(await count(t.staff.anna.id, table), table).toBeGreaterThan(0);
    }
  });
});
