import { expertises, parseLocalDate } from '@lumo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../testing/harness';
import { DEMO_PASSWORD } from './county';
import { DEMO_EXPERT } from './expert-pool';
import { generateCounty } from './generate';
import { seedDemo } from './seed';

const referenceDate = parseLocalDate('2026-03-10');
const county = generateCounty({ children: 60, referenceDate, passwordHash: 'x' });

describe('the demo expert pool', () => {
  it('has at least two experts for every expertise in every region of the collaboration area', () => {
    for (const region of ['Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo'])
      for (const expertise of expertises) {
        const experts = county.expert_profile.filter(
          (p) => p.region === region && (p.expertise as string[]).includes(expertise),
        );
        expect(experts.length, `${region} ${expertise}`).toBeGreaterThanOrEqual(2);
      }
    expect(new Set(county.staff_user.map((s) => s.username)).size).toBe(county.staff_user.length);
  });

  it('gives Anna Virtanen consultations without a name or identity code of her children', () => {
    const names = county.person.flatMap((p) => [p.first_names, p.last_name]);
    expect(county.consultation).toHaveLength(3);
    for (const c of county.consultation) {
      const text = `${c.question} ${c.background}`;
      expect(text).not.toMatch(/\d{6}[-+A-FU-Y]\d{3}/);
      for (const name of names) expect(text.split(/[\s,.;:?]+/)).not.toContain(name);
    }
  });
});

describe('the demo expert, signed in', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startTestEnv({ now: '2026-03-10T12:00:00+02:00' });
    await seedDemo(env.db, { children: 60, referenceDate });
  });
  afterAll(() => env.close());

  it('answers from her inbox, and sees the pool of her expertise', async () => {
    const helena = await env.signIn(DEMO_EXPERT, DEMO_PASSWORD);
    const assigned = await helena.get('/api/expert/consultations?view=assigned');
    expect(assigned.status).toBe(200);
    expect(assigned.body.consultations.map((c: { status: string }) => c.status)).toEqual([
      'open',
      'answered',
    ]);
    const pool = await helena.get('/api/expert/consultations?view=pool');
    expect(pool.body.consultations).toHaveLength(1);
    const open = assigned.body.consultations[0];
    const answered = await helena.post(`/api/consultations/${open.id}/answer`, {
      version: open.version,
      answer: 'Seuraa unta, leikkiä ja takertumista; jos oireet jatkuvat kuukauden, lähete arvioon.',
    });
    expect(answered.status).toBe(200);
    const anna = await env.signIn('anna.virtanen', DEMO_PASSWORD);
    const experts = await anna.get('/api/experts?expertise=child_psychiatry&region=Pohjois-Savo');
    expect(experts.body.experts.map((e: { name: string }) => e.name)).toContain('Helena Lappalainen');
  });
});
