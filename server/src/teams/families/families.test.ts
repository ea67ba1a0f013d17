import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../../testing/harness';
import { discuss, meetingOn, type SystemicTeam, systemicTeam } from '../test-support';

let env: TestEnv;
let t: SystemicTeam;

beforeAll(async () => {
  env = await startTestEnv({ now: '2026-03-10T10:00:00+02:00' });
  t = await systemicTeam(env);
});
afterAll(() => env.close());

describe('the family: the children a team works with together', () => {
  it('is proposed from a child and her siblings, and a child belongs to one family only', async () => {
    const onni = await env.fx.child({
      team: t.team,
      responsible: t.staff.anna,
      firstNames: 'Onni',
      lastName: 'Koivu',
    });
    const iida = await env.fx.child({
      team: t.team,
      responsible: t.staff.anna,
      firstNames: 'Iida',
      lastName: 'Koivu',
    });
    await env.db
      .insertInto('family_link')
      .values({ id: randomUUID(), child_id: onni.id, person_id: iida.id, relation: 'half_sibling' })
      .execute();
    const proposal = await t.clients.mikko.get(`/api/children/${onni.id}/family`);
    expect(proposal.body.family).toBeNull();
    expect(proposal.body.proposedChildren.map((c: { firstNames: string }) => c.firstNames).sort()).toEqual([
      'Iida',
      'Onni',
    ]);

    const made = await t.clients.mikko.post('/api/families', { childIds: [onni.id, iida.id] });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Koivu', version: 1 });
    const again = await t.clients.anna.post('/api/families', { childIds: [iida.id] });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('child_already_in_family');
    expect((await t.clients.anna.get(`/api/children/${iida.id}/family`)).body.family.id).toBe(made.body.id);

    const fewer = await t.clients.anna.put(`/api/families/${made.body.id}/children`, {
      version: 1,
      childIds: [onni.id],
    });
    expect(fewer.body).toMatchObject({
      version: 2,
      children: [expect.objectContaining({ firstNames: 'Onni' })],
    });
    const stale = await t.clients.anna.put(`/api/families/${made.body.id}/children`, {
      version: 1,
      childIds: [onni.id, iida.id],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.version).toBe(2);
    expect((await t.clients.outsider.post('/api/families', { childIds: [iida.id] })).status).toBe(404);

    // Once the family has records, a child stays: they speak of her too.
    await discuss(t.clients.anna, await meetingOn(t.clients.anna, t.team.id, '2026-03-17'), made.body.id);
    const withIida = await t.clients.anna.put(`/api/families/${made.body.id}/children`, {
      version: 2,
      childIds: [onni.id, iida.id],
    });
    expect(withIida.body.version).toBe(3);
    const removal = await t.clients.anna.put(`/api/families/${made.body.id}/children`, {
      version: 3,
      childIds: [onni.id],
    });
    expect(removal.status).toBe(409);
    expect(removal.body.error.code).toBe('family_has_records');
  });
});

const person = (over: Record<string, unknown>) => ({
  id: randomUUID(),
  personId: null,
  name: '',
  sex: 'unknown',
  birthYear: null,
  birthDate: null,
  deceased: false,
  deathYear: null,
  note: '',
  ...over,
});
const empty = { persons: [], couples: [], childLinks: [], relationships: [], households: [] };

describe('the genogram', () => {
  it('is proposed from the record, saved whole with its version, and drawn with ages', async () => {
    await env.fx.familyMember(t.children.eevi.id, {
      relation: 'father',
      isGuardian: true,
      firstNames: 'Jari',
      lastName: 'Aalto',
    });
    const draft = await t.clients.anna.get(`/api/families/${t.families.aalto}/genogram/from-record`);
    expect(draft.status).toBe(200);
    expect(draft.body.version).toBe(0);
    expect(draft.body.addedPersons).toBe(4);
    expect(draft.body.document.couples).toEqual([expect.objectContaining({ kind: 'cohabiting' })]);
    expect(draft.body.document.childLinks).toHaveLength(1);

    const saved = await t.clients.terhi.put(`/api/families/${t.families.aalto}/genogram`, {
      version: 0,
      document: draft.body.document,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const eevi = saved.body.document.persons.find(
      (p: { personId: string }) => p.personId === t.children.eevi.id,
    );
    expect(eevi).toMatchObject({ isFamilyChild: true, age: expect.any(Number) });
    const mother = saved.body.document.persons.find((p: { personId: string }) => p.personId === t.mother.id);
    expect(mother).toMatchObject({ isFamilyChild: false, birthDate: null, birthYear: expect.any(Number) });

    const grandfather = person({
      name: 'Veikko Aalto',
      sex: 'male',
      birthYear: 1948,
      deceased: true,
      deathYear: 2019,
    });
    const withGrandfather = {
      ...draft.body.document,
      persons: [...draft.body.document.persons, grandfather],
    };
    const second = await t.clients.anna.put(`/api/families/${t.families.aalto}/genogram`, {
      version: 1,
      document: withGrandfather,
    });
    expect(second.body.document.persons.at(-1)).toMatchObject({ age: 71, deceased: true });
    const stale = await t.clients.terhi.put(`/api/families/${t.families.aalto}/genogram`, {
      version: 1,
      document: draft.body.document,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.version).toBe(2);
    expect(
      (await t.clients.mikko.get(`/api/families/${t.families.aalto}/genogram`)).body.document.persons,
    ).toHaveLength(5);
  });

  it('refuses self-links, duplicate couples, unknown persons, ancestry loops and links outside the record', async () => {
    const a = person({ name: 'A', sex: 'female' });
    const b = person({ name: 'B', sex: 'male' });
    // Eevi is a child of the record, but not of the Berg family whose genogram this is.
    const c = person({ name: 'C', personId: t.children.eevi.id });
    const couple = (x: string, y: string) => ({
      id: randomUUID(),
      partnerA: x,
      partnerB: y,
      kind: 'married',
      fromYear: null,
      toYear: null,
    });
    const ab = couple(a.id, b.id);
    const document = {
      ...empty,
      persons: [a, b, c],
      couples: [ab, couple(b.id, a.id), couple(a.id, a.id)],
      childLinks: [
        { id: randomUUID(), childId: a.id, coupleId: null, parentId: b.id, kind: 'biological' },
        { id: randomUUID(), childId: b.id, coupleId: null, parentId: a.id, kind: 'biological' },
      ],
      relationships: [{ id: randomUUID(), fromId: a.id, toId: randomUUID(), kind: 'conflicted', note: '' }],
    };
    const refused = await t.clients.anna.put(`/api/families/${t.families.berg}/genogram`, {
      version: 0,
      document,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('genogram_invalid');
    expect(
      refused.body.error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`).sort(),
    ).toEqual(
      [
        'body.document.couples.1 duplicate',
        'body.document.couples.2.partnerB self_link',
        'body.document.childLinks.1.childId cycle',
        'body.document.relationships.0.toId unknown_reference',
        'body.document.persons.2.personId unknown_reference',
      ].sort(),
    );
    for (const issue of refused.body.error.issues as { messages: Record<'fi' | 'sv' | 'en', string> }[]) {
      expect(issue.messages.fi).toMatch(/\p{L}{3}/u);
      expect(issue.messages.sv).toMatch(/\p{L}{3}/u);
      expect(issue.messages.sv).not.toBe(issue.messages.fi);
    }
    expect((await t.clients.anna.get(`/api/families/${t.families.berg}/genogram`)).body.version).toBe(0);
  });
});

describe('the timeline', () => {
  it('shows the team’s events with the record’s own: the case, notifications, plans and the team’s discussions', async () => {
    const { municipalityId } = await env.fx.county();
    await env.db
      .insertInto('notification')
      .values(
        [t.children.eevi.id, t.children.elias.id].map((childId) => ({
          id: randomUUID(),
          child_id: childId,
          case_id: childId === t.children.eevi.id ? t.children.eevi.caseId : t.children.elias.caseId,
          municipality_id: municipalityId,
          kind: 'notification' as const,
          received_at: new Date('2025-12-01T10:00:00+02:00'),
          received_on: '2025-12-01',
          pending_date: '2025-12-01',
          channel: 'phone',
          notifier_category: 'school',
          content: 'Eevi ja Elias ovat olleet poissa koulusta.',
          police_notified: null,
          police_not_notified_reason: null,
          registered_by: t.staff.anna.id,
          registered_at: new Date('2025-12-01T10:00:00+02:00'),
          assessment_id: null,
          notifier_name: null,
          notifier_contact: null,
          urgency_assessed_at: null,
          urgency_assessed_by: null,
          urgent: null,
          immediate_measures: null,
        })),
      )
      .execute();
    await discuss(
      t.clients.anna,
      await meetingOn(t.clients.anna, t.team.id, '2026-03-03'),
      t.families.aalto,
      'Koulupoissaolot',
    );
    const added = await t.clients.anna.post(`/api/families/${t.families.aalto}/timeline-events`, {
      occurredOn: '2019-01-01',
      datePrecision: 'year',
      kind: 'loss',
      title: 'Isoisä kuoli',
    });
    expect(added.status).toBe(201);
    const moved = await t.clients.anna.post(`/api/families/${t.families.aalto}/timeline-events`, {
      occurredOn: '2025-08-15',
      kind: 'move',
      title: 'Muutto Jyväskylään',
      description: 'Äiti ja lapset muuttivat Keuruulta.',
    });
    const edited = await t.clients.terhi.patch(`/api/timeline-events/${moved.body.id}`, {
      version: 1,
      title: 'Muutto Keuruulta Jyväskylään',
    });
    expect(edited.body.version).toBe(2);
    const stale = await t.clients.anna.patch(`/api/timeline-events/${moved.body.id}`, {
      version: 1,
      title: 'x',
    });
    expect(stale.body.error.details.current.title).toBe('Muutto Keuruulta Jyväskylään');

    const timeline = await t.clients.mikko.get(`/api/families/${t.families.aalto}/timeline`);
    expect(timeline.status).toBe(200);
    expect(
      timeline.body.events.map(
        (e: { date: string; kind: string; source: string }) => `${e.date} ${e.kind} ${e.source}`,
      ),
    ).toEqual([
      '2019-01-01 loss team',
      '2025-01-01 case_opened record',
      '2025-08-15 move team',
      '2025-12-01 notification record',
      '2026-03-03 team_discussion record',
    ]);
    const notification = timeline.body.events.find((e: { kind: string }) => e.kind === 'notification');
    expect(notification).toMatchObject({ description: 'school' });
    expect(notification.childIds).toHaveLength(2);

    expect(
      (await t.clients.anna.request('DELETE', `/api/timeline-events/${added.body.id}?version=1`)).status,
    ).toBe(204);
    expect((await t.clients.outsider.get(`/api/families/${t.families.aalto}/timeline`)).status).toBe(404);
  });
});
