import { parseLocalDate, regions } from '@lumo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../testing/harness';
import { DEMO_CURATOR, DEMO_DEVELOPER, DEMO_NURSE } from './agency-network';
import { DEMO_PASSWORD } from './county';
import { generateCounty } from './generate';
import { seedDemo } from './seed';

const referenceDate = parseLocalDate('2026-03-10');

describe('the demo agency network', () => {
  const county = generateCounty({ children: 60, referenceDate, passwordHash: 'x' });

  it('is the same every time, ids included', () => {
    const again = generateCounty({ children: 60, referenceDate, passwordHash: 'x' });
    expect(again.partner_service).toEqual(county.partner_service);
    expect(again.multiagency_contribution).toEqual(county.multiagency_contribution);
  });

  it('has services in all four regions, unevenly: the specialised ones at hubs only', () => {
    for (const region of regions)
      expect(county.partner_service.filter((s) => s.region === region).length, region).toBeGreaterThan(20);
    const served = (type: string) =>
      new Set(
        county.partner_service_area
          .filter((a) => county.partner_service.find((s) => s.id === a.service_id)?.service_type === type)
          .map((a) => a.municipality_code),
      );
    expect(served('school').size).toBe(66);
    expect(served('youth_psychiatry').size).toBeLessThan(66);
    expect(served('family_unit').size).toBeLessThan(10);
  });

  it('grows the register and the multi-agency assessments with the county', () => {
    const national = generateCounty({ children: 20_000, referenceDate, passwordHash: 'x' });
    expect(national.partner_service.length).toBeGreaterThan(county.partner_service.length * 1.3);
    const contributions = new Map<string, number>();
    for (const c of national.multiagency_contribution)
      contributions.set(c.multiagency_id, (contributions.get(c.multiagency_id) ?? 0) + 1);
    expect([...contributions.values()].filter((n) => n === 8).length).toBeGreaterThan(5);
  });
});

describe('the demo agency network, signed in', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startTestEnv({ now: '2026-03-10T12:00:00+02:00' });
    await seedDemo(env.db, { children: 60, referenceDate });
  });
  afterAll(() => env.close());

  it('the register is searchable across the regions and shows the coverage gaps', async () => {
    const developer = await env.signIn(DEMO_DEVELOPER, DEMO_PASSWORD);
    const found = await developer.get('/api/partnership/services?q=nuorisopsyk');
    expect(new Set(found.body.services.map((s: { region: string }) => s.region))).toEqual(new Set(regions));
    expect(found.body.can).toEqual(['partnerRegister:maintain']);
    const coverage = await developer.get('/api/partnership/coverage');
    const jyvaskyla = coverage.body.municipalities.find((m: { code: string }) => m.code === '179');
    const luhanka = coverage.body.municipalities.find((m: { code: string }) => m.code === '414');
    expect(jyvaskyla.missing.length).toBeLessThan(luhanka.missing.length);
    expect((await developer.get('/api/partnership/models')).body.models.length).toBeGreaterThanOrEqual(3);
    expect((await developer.get('/api/action-cards')).body.cards.length).toBeGreaterThanOrEqual(5);
  });

  it('Anna Virtanen’s multi-agency assessment has the curator and the nurse in it, and two map versions', async () => {
    const anna = await env.signIn('anna.virtanen', DEMO_PASSWORD);
    const multiagency = await env.db
      .selectFrom('multiagency_assessment as m')
      .innerJoin('child_case as c', 'c.child_id', 'm.child_id')
      .innerJoin('staff_user as u', 'u.id', 'c.responsible_worker_id')
      .select(['m.id', 'm.child_id'])
      .where('u.username', '=', 'anna.virtanen')
      .executeTakeFirstOrThrow();
    const opened = await anna.get(`/api/multiagency-assessments/${multiagency.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.partners.map((p: { partner: { name: string } }) => p.partner.name).sort()).toEqual([
      'Heidi Laitinen',
      'Minna Koivisto',
    ]);
    expect(opened.body.contributions).toHaveLength(2);
    expect(opened.body.childViews.text).not.toBe('');
    const versions = await anna.get(`/api/children/${multiagency.child_id}/network-map/versions`);
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    for (const username of [DEMO_CURATOR, DEMO_NURSE]) {
      const partner = await env.signIn(username, DEMO_PASSWORD);
      expect((await partner.get('/api/partnership/services?q=koulu')).status).toBe(200);
      expect((await partner.get(`/api/children/${multiagency.child_id}`)).status).toBe(404);
    }
  });
});
