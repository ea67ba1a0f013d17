import { formatHetu, localDateFromParts } from '@lumo/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';

let env: TestEnv;
let child: ChildFixture;
let worker: Client;
let teamMate: Client;
let otherWorker: Client;
let coordinator: Client;
let psychiatrist: StaffFixture;
let lawyer: StaffFixture;
const experts = {} as Record<'psychiatrist' | 'colleague' | 'lawyer', Client>;
let outsider: Client;
let motherId: string;
let askerName: string;

// Tuesday 10.3.2026 in Helsinki.
beforeAll(async () => {
  env = await startTestEnv({ now: '2026-03-10T09:00:00+02:00' });
  const responsible = await env.fx.staff();
  const mate = await env.fx.staff({ roles: ['family_therapist'] });
  const other = await env.fx.staff();
  const team = await env.fx.team({
    members: [{ user: responsible }, { user: mate, role: 'family_therapist' }],
  });
  await env.fx.team({ members: [{ user: other }] });
  child = await env.fx.child({ team, responsible, firstNames: 'Eevi Maria', lastName: 'Virtanen' });
  motherId = (await env.fx.familyMember(child.id, { firstNames: 'Sanna', lastName: 'Virtanen' })).id;
  await env.fx.familyMember(child.id, { relation: 'father', firstNames: 'Mikko', lastName: 'Koski' });
  psychiatrist = await env.fx.staff({
    roles: ['consultant_social_worker'],
    firstName: 'Paula',
    lastName: 'Psykiatri',
  });
  const colleague = await env.fx.staff({ roles: ['consultant_social_worker'] });
  lawyer = await env.fx.staff({ roles: ['consultant_social_worker'] });
  const dev = await env.fx.staff({ roles: ['development_coordinator'] });
  const nobody = await env.fx.staff({ roles: ['consultant_social_worker'] });
  askerName = responsible.username;
  worker = await env.signIn(responsible.username);
  teamMate = await env.signIn(mate.username);
  otherWorker = await env.signIn(other.username);
  coordinator = await env.signIn(dev.username);
  experts.psychiatrist = await env.signIn(psychiatrist.username);
  experts.colleague = await env.signIn(colleague.username);
  experts.lawyer = await env.signIn(lawyer.username);
  outsider = await env.signIn(nobody.username);
  const profile = (expertise: string[], region: string) => ({
    version: null,
    expertise,
    region,
    description: '',
    available: true,
  });
  for (const [user, body] of [
    [psychiatrist, profile(['child_psychiatry', 'trauma'], 'Pohjois-Savo')],
    [colleague, profile(['child_psychiatry'], 'Keski-Suomi')],
    [lawyer, profile(['law'], 'Etelä-Savo')],
  ] as const) {
    const saved = await coordinator.put(`/api/experts/${user.id}`, body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }
});
afterAll(() => env.close());

const ask = (client: Client, body: Record<string, unknown>) =>
  client.post(`/api/children/${child.id}/consultations`, { expertise: 'child_psychiatry', ...body });

async function consultationCount(): Promise<number> {
  const row = await env.db
    .selectFrom('consultation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the expert pool', () => {
  it('lists the experts by expertise and region for workers, and only coordinators keep it', async () => {
    const all = await worker.get('/api/experts');
    expect(all.status).toBe(200);
    expect(all.body.experts).toHaveLength(3);
    expect(all.body.can).toEqual([]);
    const psychiatry = await worker.get('/api/experts?expertise=child_psychiatry');
    expect(psychiatry.body.experts.map((e: { userId: string }) => e.userId)).toContain(psychiatrist.id);
    expect(psychiatry.body.experts).toHaveLength(2);
    const savo = await worker.get('/api/experts?expertise=child_psychiatry&region=Pohjois-Savo');
    expect(savo.body.experts).toEqual([
      expect.objectContaining({ userId: psychiatrist.id, name: 'Paula Psykiatri', region: 'Pohjois-Savo' }),
    ]);
    expect((await coordinator.get('/api/experts')).body.can).toEqual(['expertPool:maintain']);
    const refused = await worker.put(`/api/experts/${lawyer.id}`, {
      version: 1,
      expertise: ['law'],
      region: 'Etelä-Savo',
      description: 'Lastensuojelulaki',
      available: true,
    });
    expect(refused.status).toBe(403);
  });

  it('changes a profile with optimistic locking', async () => {
    const body = {
      expertise: ['law'],
      region: 'Etelä-Savo',
      description: 'Lastensuojelulaki',
      available: true,
    };
    const changed = await coordinator.put(`/api/experts/${lawyer.id}`, { ...body, version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    const stale = await coordinator.put(`/api/experts/${lawyer.id}`, { ...body, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.description).toBe('Lastensuojelulaki');
    const again = await coordinator.put(`/api/experts/${lawyer.id}`, { ...body, version: null });
    expect(again.status).toBe(409);
  });
});

describe('the anonymiser before a consultation is sent', () => {
  it('refuses the names of the child and her family in any inflection, saying where, never what', async () => {
    const before = await consultationCount();
    for (const [question, background] of [
      ['Miten tukea Eeviä koulussa, kun hän pelkää?', ''],
      ['Miten tukea lasta koulussa, kun hän pelkää?', 'Virtaset muuttivat syksyllä.'],
      ['Miten tukea lasta, jonka isä MIKOLLE ei vastaa?', ''],
      ['Miten puhua Sannan kanssa lapsen unesta?', ''],
      ['Miten Koskelta saisi tietoa lapsen arjesta?', ''],
    ] as const) {
      const refused = await ask(worker, { question, background });
      expect(refused.status, question).toBe(400);
      expect(refused.body.error.code).toBe('identifying_data_found');
      expect(refused.body.error.message).toMatch(/nimi/);
      const field = background ? 'background' : 'question';
      expect(refused.body.error.issues).toEqual([
        { path: `body.${field}`, code: 'case_name', messages: expect.any(Object) },
      ]);
      const [finding] = refused.body.error.details.findings;
      const text = background || question;
      expect(finding).toMatchObject({ field, kind: 'name' });
      expect(text.slice(finding.start, finding.end)).toMatch(/^(Eeviä|Virtaset|MIKOLLE|Sannan|Koskelta)$/);
      expect(JSON.stringify(refused.body)).not.toMatch(/Eevi|Virtaset|MIKOLLE|Sanna|Koskelta/);
    }
    expect(await consultationCount()).toBe(before);
  });

  it('refuses any identity code, of the case or not, even in an identifying request, and logs no code', async () => {
    const strange = formatHetu(localDateFromParts(2012, 5, 17), 934);
    for (const code of [child.hetu, strange, strange.toLowerCase(), strange.slice(0, 10)]) {
      const refused = await ask(worker, { question: `Tunnus (${code}) on liitteessä, mitä suosittelet?` });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('identity_code_in_consultation');
      expect(JSON.stringify(refused.body)).not.toContain(code);
    }
    const identifying = await ask(worker, {
      question: `Eevi Virtanen ${strange}: mitä suosittelet?`,
      expertId: psychiatrist.id,
      identifyingBasis: { kind: 'statutory', provision: 'lsl_41' },
    });
    expect(identifying.status).toBe(400);
    expect(identifying.body.error.code).toBe('identity_code_in_consultation');
    const log = await env.db
      .selectFrom('audit_event')
      .select(['outcome', 'details', 'child_ids'])
      .where('action', '=', 'consultation:ask')
      .where('outcome', '=', 'failed')
      .execute();
    expect(log.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(log)).not.toContain(strange.slice(0, 6));
    expect(log[0]!.child_ids).toEqual([child.id]);
  });

  it('marks what a draft would be refused for, without sending it', async () => {
    const checked = await worker.post(`/api/children/${child.id}/consultations/check`, {
      question: 'Eevin äiti on huolissaan.',
      background: 'Ei muuta.',
    });
    expect(checked.status).toBe(200);
    expect(checked.body.findings).toEqual([{ field: 'question', kind: 'name', start: 0, end: 5 }]);
  });

  it('refuses generated names of the case and identity codes embedded in any text', async () => {
    const syllable = fc
      .tuple(
        fc.constantFrom('k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v'),
        fc.constantFrom('a', 'e', 'i', 'o', 'u'),
      )
      .map(([c, v]) => c + v);
    const name = fc
      .array(syllable, { minLength: 2, maxLength: 3 })
      .map((s) => s.join(''))
      .map((n) => n.charAt(0).toUpperCase() + n.slice(1));
    const ending = fc.constantFrom('', 'n', 'lle', 'a', 'sta', 'llekin');
    const filler = fc.constantFrom('Lapsi on väsynyt.', 'Koulussa sujuu', '– huoli –', '"kysymys"', '');
    await fc.assert(
      fc.asyncProperty(
        name,
        name,
        ending,
        filler,
        filler,
        fc.boolean(),
        async (first, last, end, a, b, useLast) => {
          const sibling = await env.fx.familyMember(child.id, {
            relation: 'sibling',
            firstNames: first,
            lastName: last,
          });
          try {
            const word = (useLast ? last : first) + end;
            const checked = await worker.post(`/api/children/${child.id}/consultations/check`, {
              question: `${a} ${word}, ${b}`,
            });
            expect(checked.body.findings.some((f: { kind: string }) => f.kind === 'name')).toBe(true);
          } finally {
            await env.db.deleteFrom('family_link').where('person_id', '=', sibling.id).execute();
          }
        },
      ),
      { numRuns: 15 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1900, max: 2025 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 900, max: 999 }),
        filler,
        async (year, month, day, individual, text) => {
          const code = formatHetu(localDateFromParts(year, month, day), individual);
          const refused = await ask(worker, { question: `${text}${code} – mitä tehdä?` });
          expect(refused.status).toBe(400);
          expect(refused.body.error.code).toBe('identity_code_in_consultation');
        },
      ),
      { numRuns: 15 },
    );
  });

  it('passes a clean request to the pool, due in five working days', async () => {
    const sent = await ask(worker, {
      question: 'Miten tukea 8-vuotiasta, joka pelkää kouluun menoa?',
      background: 'Äiti kertoo unettomuudesta. Koulu on huolissaan poissaoloista.',
      childAgeYears: 8,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({
      expertise: 'child_psychiatry',
      expert: null,
      identifying: false,
      basis: null,
      dueOn: '2026-03-17',
      status: 'open',
      child: { id: child.id, name: 'Eevi Maria Virtanen' },
    });
  });
});

describe('a consultation to the pool', () => {
  let id = '';
  beforeAll(async () => {
    const sent = await ask(teamMate, {
      question: 'Millaista tukea perheterapia voisi tarjota uhmakkaalle 12-vuotiaalle?',
      region: null,
      dueInWorkingDays: 3,
    });
    expect(sent.status).toBe(201);
    id = sent.body.id;
  });

  it('shows to the experts of the expertise, never with the child, and to nobody else', async () => {
    for (const expert of [experts.psychiatrist, experts.colleague]) {
      const pool = await expert.get('/api/expert/consultations?view=pool');
      expect(pool.status).toBe(200);
      const mine = pool.body.consultations.find((c: { id: string }) => c.id === id);
      expect(mine).toMatchObject({ child: null, can: ['consultation:take', 'consultation:answer'] });
      expect(JSON.stringify(pool.body)).not.toContain(child.id);
      const one = await expert.get(`/api/consultations/${id}`);
      expect(one.status).toBe(200);
      expect(one.body.child).toBeNull();
    }
    const lawyers = await experts.lawyer.get('/api/expert/consultations?view=pool');
    expect(lawyers.body.consultations).toEqual([]);
    expect((await experts.lawyer.get(`/api/consultations/${id}`)).status).toBe(404);
    expect((await outsider.get('/api/expert/consultations')).status).toBe(403);
    expect((await outsider.get(`/api/consultations/${id}`)).status).toBe(404);
    expect((await otherWorker.get(`/api/consultations/${id}`)).status).toBe(404);
  });

  it('is taken by one expert, answered, and the answer is in the child’s record for the team', async () => {
    const taken = await experts.psychiatrist.post(`/api/consultations/${id}/take`, { version: 1 });
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body.expert.id).toBe(psychiatrist.id);
    expect((await experts.colleague.post(`/api/consultations/${id}/take`, { version: 1 })).status).toBe(404);
    const stale = await experts.psychiatrist.post(`/api/consultations/${id}/answer`, {
      version: 1,
      answer: 'x',
    });
    expect(stale.status).toBe(409);
    const answered = await experts.psychiatrist.post(`/api/consultations/${id}/answer`, {
      version: 2,
      answer: 'Suosittelen perheterapeuttista arviota ja koulun kanssa yhteistä suunnitelmaa.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', can: [], child: null });
    const again = await experts.psychiatrist.post(`/api/consultations/${id}/answer`, {
      version: 3,
      answer: 'x',
    });
    expect(again.body.error.code).toBe('consultation_closed');
    const record = await worker.get(`/api/children/${child.id}/consultations`);
    expect(record.status).toBe(200);
    expect(record.body.consultations.find((c: { id: string }) => c.id === id)).toMatchObject({
      answer: 'Suosittelen perheterapeuttista arviota ja koulun kanssa yhteistä suunnitelmaa.',
      child: { id: child.id },
      expert: { id: psychiatrist.id },
    });
    expect((await otherWorker.get(`/api/children/${child.id}/consultations`)).status).toBe(404);
  });

  it('writes the team’s reads to the child’s use log and the anonymised expert’s to none', async () => {
    const reads = await env.db
      .selectFrom('audit_event')
      .select(['action', 'child_ids'])
      .where('action', 'in', ['consultation:read', 'consultation:expertRead', 'consultation:answer'])
      .execute();
    expect(reads.some((r) => r.action === 'consultation:read' && r.child_ids.includes(child.id))).toBe(true);
    expect(reads.filter((r) => r.action !== 'consultation:read').every((r) => r.child_ids.length === 0)).toBe(
      true,
    );
  });
});

describe('an identifying consultation', () => {
  it('needs a named expert and a basis, and is written to the disclosure log', async () => {
    const unnamed = await ask(worker, {
      question: 'Eevin tilanne: tarvitaanko lastenpsykiatrinen arvio?',
      identifyingBasis: { kind: 'statutory', provision: 'lsl_41' },
    });
    expect(unnamed.status).toBe(400);
    const sent = await ask(worker, {
      question: 'Eevin tilanne: tarvitaanko lastenpsykiatrinen arvio?',
      expertId: psychiatrist.id,
      identifyingBasis: { kind: 'statutory', provision: 'lsl_41' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({
      identifying: true,
      basis: { kind: 'statutory', provision: 'lsl_41' },
      expert: { id: psychiatrist.id },
    });
    const disclosed = await env.db
      .selectFrom('disclosure_event')
      .selectAll()
      .where('data_ref', '=', sent.body.id)
      .execute();
    expect(disclosed).toEqual([
      expect.objectContaining({
        child_id: child.id,
        recipient_user_id: psychiatrist.id,
        data: 'consultation',
        legal_basis: 'statutory',
        provision: 'lsl_41',
      }),
    ]);
    const pool = await experts.colleague.get('/api/expert/consultations?view=pool');
    expect(pool.body.consultations.some((c: { id: string }) => c.id === sent.body.id)).toBe(false);
    const read = await experts.psychiatrist.get(`/api/consultations/${sent.body.id}`);
    expect(read.body.child).toBeNull();
    const logged = await env.db
      .selectFrom('audit_event')
      .select('child_ids')
      .where('action', '=', 'consultation:expertRead')
      .where('actor_id', '=', psychiatrist.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(logged.child_ids).toEqual([child.id]);
  });

  it('on consent only if it covers consultations with the expert’s organisation, and refuses an expert outside the pool', async () => {
    const { countyId } = await env.fx.county();
    const consentId = crypto.randomUUID();
    await env.db
      .insertInto('consent')
      .values({
        id: consentId,
        child_id: child.id,
        given_by_person_id: motherId,
        giver_role: 'guardian',
        given_on: '2026-03-01',
        method: 'written',
        organisation_id: countyId,
        scopes: ['network_map'],
        purpose: 'Verkostotyö',
        valid_until: '2026-12-31',
        recorded_by: psychiatrist.id,
        recorded_at: new Date('2026-03-01T10:00:00Z'),
      })
      .execute();
    const body = {
      question: 'Eevin tilanne: tarvitaanko lastenpsykiatrinen arvio?',
      expertId: psychiatrist.id,
      identifyingBasis: { kind: 'consent', consentId },
    };
    const uncovered = await ask(worker, body);
    expect(uncovered.status).toBe(409);
    expect(uncovered.body.error.code).toBe('consent_does_not_cover');
    await env.db
      .updateTable('consent')
      .set({ scopes: ['consultation'] })
      .where('id', '=', consentId)
      .execute();
    expect((await ask(worker, body)).status).toBe(201);
    const notExpert = await ask(worker, { ...body, expertId: lawyer.id });
    expect(notExpert.body.error.code).toBe('not_an_expert');
  });
});

describe('reminders', () => {
  it('show the asker and the expert what is overdue or due within two working days', async () => {
    const sent = await ask(worker, {
      question: 'Miten tukea lasta, joka ei nuku?',
      expertId: psychiatrist.id,
      dueInWorkingDays: 10,
    });
    expect(sent.status).toBe(201);
    const early = await worker.get('/api/consultations/reminders');
    expect(early.body.asked.some((c: { id: string }) => c.id === sent.body.id)).toBe(false);
    env.clock.set('2026-03-23T09:00:00+02:00');
    try {
      const asker = await (await env.signIn(askerName)).get('/api/consultations/reminders');
      expect(asker.status).toBe(200);
      const mine = asker.body.asked.find((c: { id: string }) => c.id === sent.body.id);
      expect(mine).toMatchObject({ dueOn: '2026-03-24', overdue: false, child: { id: child.id } });
      expect(asker.body.asked.some((c: { overdue: boolean }) => c.overdue)).toBe(true);
      expect(asker.body.toAnswer).toEqual([]);
      const expert = await (await env.signIn(psychiatrist.username)).get('/api/consultations/reminders');
      expect(expert.body.toAnswer.find((c: { id: string }) => c.id === sent.body.id)).toMatchObject({
        child: null,
      });
      expect(expert.body.pool.length).toBeGreaterThan(0);
      expect(expert.body.asked).toEqual([]);
    } finally {
      env.clock.set('2026-03-10T09:00:00+02:00');
    }
  });

  it('refuses a worker without a relationship to the child, like a missing child', async () => {
    const refused = await ask(otherWorker, { question: 'Miten tukea lasta, joka ei nuku?' });
    expect(refused.status).toBe(404);
    expect(
      (await otherWorker.post(`/api/children/${child.id}/consultations/check`, { question: 'x' })).status,
    ).toBe(404);
  });
});
