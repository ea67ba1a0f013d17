import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';
import { partnerProfessional } from '../test-support';

let env: TestEnv;
let developer: Client;
let lead: Client;
let worker: Client;
let partner: Client;
let curator: StaffFixture;
/** One organisation and one service in each of the four regions. */
const ids = { jyvaskyla: '', kuopio: '', joensuu: '', mikkeli: '', curatorService: '', psychiatry: '' };

async function organisation(name: string, region: string, municipalityCode: string) {
  const created = await developer.post('/api/partnership/organisations', {
    name: { fi: name, sv: '' },
    sector: 'municipality',
    region,
    municipalityCode,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function service(organisationId: string, type: string, name: string, region: string, codes: string[]) {
  const created = await developer.post('/api/partnership/services', {
    organisationId,
    type,
    name: { fi: name, sv: '' },
    region,
    municipalityCodes: codes,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

beforeAll(async () => {
  env = await startTestEnv();
  developer = await env.signIn((await env.fx.staff({ roles: ['development_coordinator'] })).username);
  lead = await env.signIn((await env.fx.staff({ roles: ['team_lead'] })).username);
  worker = await env.signIn((await env.fx.staff()).username);
  ids.jyvaskyla = await organisation('Jyväskylän kaupunki, perusopetus', 'Keski-Suomi', '179');
  ids.kuopio = await organisation('Kuopion kaupunki, perusopetus', 'Pohjois-Savo', '297');
  ids.joensuu = await organisation('Joensuun kaupunki', 'Pohjois-Karjala', '167');
  ids.mikkeli = await organisation('Etelä-Savon hyvinvointialue', 'Etelä-Savo', '491');
  ids.curatorService = await service(
    ids.jyvaskyla,
    'school',
    'Kuokkalan koulun oppilashuolto',
    'Keski-Suomi',
    ['179', '500'],
  );
  await service(ids.kuopio, 'school', 'Kuopion oppilashuolto', 'Pohjois-Savo', ['297']);
  await service(ids.joensuu, 'school', 'Joensuun oppilashuolto', 'Pohjois-Karjala', ['167']);
  ids.psychiatry = await service(
    ids.mikkeli,
    'youth_psychiatry',
    'Nuorisopsykiatrian poliklinikka',
    'Etelä-Savo',
    ['491', '740'],
  );
  curator = await partnerProfessional(env, ids.jyvaskyla, { firstName: 'Sari', lastName: 'Kuraattori' });
  partner = await env.signIn(curator.username);
});
afterAll(() => env.close());

const names = (body: { services: { name: { fi: string } }[] }) => body.services.map((s) => s.name.fi).sort();

describe('searching the register', () => {
  it('finds a service across all four regions by the start of a word of its type', async () => {
    const found = await worker.get('/api/partnership/services?q=kuraat');
    expect(found.status).toBe(200);
    expect(names(found.body)).toEqual([
      'Joensuun oppilashuolto',
      'Kuokkalan koulun oppilashuolto',
      'Kuopion oppilashuolto',
    ]);
    expect(found.body.can).toEqual([]);
  });

  it('narrows by region, by municipality served and by type', async () => {
    expect(
      names((await worker.get('/api/partnership/services?q=oppilashuolto&region=Pohjois-Savo')).body),
    ).toEqual(['Kuopion oppilashuolto']);
    // Muurame is served by the Jyväskylä school service, Savonlinna by the Mikkeli clinic.
    expect(names((await worker.get('/api/partnership/services?municipality=500')).body)).toEqual([
      'Kuokkalan koulun oppilashuolto',
    ]);
    expect(
      names((await worker.get('/api/partnership/services?municipality=740&type=youth_psychiatry')).body),
    ).toEqual(['Nuorisopsykiatrian poliklinikka']);
    expect(
      (await worker.get('/api/partnership/services?municipality=167&type=youth_psychiatry')).body.services,
    ).toEqual([]);
  });

  it('pages with more and offset', async () => {
    const first = await worker.get('/api/partnership/services?limit=2');
    expect(first.body.services).toHaveLength(2);
    expect(first.body.more).toBe(true);
    const rest = await worker.get('/api/partnership/services?limit=2&offset=2');
    expect(rest.body.services).toHaveLength(2);
    expect(rest.body.more).toBe(false);
  });

  it('a service lists its municipalities and organisation', async () => {
    const opened = await worker.get(`/api/partnership/services/${ids.psychiatry}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      type: 'youth_psychiatry',
      region: 'Etelä-Savo',
      organisation: { id: ids.mikkeli },
    });
    expect(opened.body.municipalities.map((m: { code: string }) => m.code).sort()).toEqual(['491', '740']);
  });

  it('a partner professional reads the register too, but does not keep it', async () => {
    expect((await partner.get('/api/partnership/services?q=nuorisopsyk')).body.services).toHaveLength(1);
    const refused = await partner.post('/api/partnership/organisations', {
      name: { fi: 'Oma järjestö', sv: '' },
      sector: 'ngo',
      region: 'Keski-Suomi',
    });
    expect(refused.status).toBe(403);
  });
});

describe('coverage: which municipality has which service', () => {
  it('counts the active services of each type serving each municipality, and names the gaps', async () => {
    const coverage = await worker.get('/api/partnership/coverage');
    expect(coverage.status).toBe(200);
    type Cell = { code: string; counts: Record<string, number>; missing: string[] };
    const byCode = new Map<string, Cell>(coverage.body.municipalities.map((m: Cell) => [m.code, m]));
    expect(byCode.size).toBe(66);
    expect(byCode.get('179')).toMatchObject({ counts: { school: 1 } });
    expect(byCode.get('179')?.missing).toContain('youth_psychiatry');
    expect(byCode.get('179')?.missing).not.toContain('school');
    expect(byCode.get('740')).toMatchObject({ counts: { youth_psychiatry: 1 } });
    expect(byCode.get('414')).toMatchObject({ counts: {} });
    expect(byCode.get('414')?.missing).not.toContain('other');
  });

  it('per region, and an inactive service leaves a gap', async () => {
    const current = await developer.get(`/api/partnership/services/${ids.psychiatry}`);
    const closed = await developer.patch(`/api/partnership/services/${ids.psychiatry}`, {
      version: current.body.version,
      active: false,
    });
    expect(closed.status).toBe(200);
    const coverage = await worker.get('/api/partnership/coverage?region=Etelä-Savo');
    expect(coverage.body.municipalities.every((m: { region: string }) => m.region === 'Etelä-Savo')).toBe(
      true,
    );
    const savonlinna = coverage.body.municipalities.find((m: { code: string }) => m.code === '740');
    expect(savonlinna.missing).toContain('youth_psychiatry');
    expect((await worker.get('/api/partnership/services?q=nuorisopsyk')).body.services).toEqual([]);
    expect(
      (await worker.get('/api/partnership/services?q=nuorisopsyk&includeInactive=true')).body.services,
    ).toHaveLength(1);
    await developer.patch(`/api/partnership/services/${ids.psychiatry}`, {
      version: closed.body.version,
      active: true,
    });
  });
});

describe('keeping the register', () => {
  it('only team leads and development coordinators create and change entries', async () => {
    const refused = await worker.post('/api/partnership/services', {
      organisationId: ids.jyvaskyla,
      type: 'school',
      name: { fi: 'Uusi', sv: '' },
      region: 'Keski-Suomi',
      municipalityCodes: ['179'],
    });
    expect(refused.status).toBe(403);
    const byLead = await lead.post('/api/partnership/services', {
      organisationId: ids.jyvaskyla,
      type: 'early_childhood_education',
      name: { fi: 'Kuokkalan päiväkoti', sv: 'Kuokkala daghem' },
      region: 'Keski-Suomi',
      municipalityCodes: ['179'],
    });
    expect(byLead.status).toBe(201);
    expect(byLead.body.can).toEqual(['partnerRegister:maintain']);
  });

  it('refuses municipalities outside the service’s region and unknown codes, field by field', async () => {
    const refused = await developer.post('/api/partnership/services', {
      organisationId: ids.jyvaskyla,
      type: 'school',
      name: { fi: 'Väärä alue', sv: '' },
      region: 'Keski-Suomi',
      municipalityCodes: ['179', '297', '999'],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(
      refused.body.error.issues.map((f: { path: string; code: string }) => `${f.path} ${f.code}`),
    ).toEqual(['body.municipalityCodes.1 invalid_value', 'body.municipalityCodes.2 unknown_reference']);
  });

  it('a stale version is a conflict carrying the current entry', async () => {
    const current = await developer.get(`/api/partnership/organisations/${ids.joensuu}`);
    const changed = await developer.patch(`/api/partnership/organisations/${ids.joensuu}`, {
      version: current.body.version,
      phone: '013 267 000',
    });
    expect(changed.status).toBe(200);
    const stale = await lead.patch(`/api/partnership/organisations/${ids.joensuu}`, {
      version: current.body.version,
      phone: '013 000 000',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ phone: '013 267 000' });
  });
});

describe('contacts', () => {
  it('a contact of a service is found by her name and linked to her account', async () => {
    const added = await developer.post(`/api/partnership/organisations/${ids.jyvaskyla}/contacts`, {
      serviceId: ids.curatorService,
      name: 'Sari Kuraattori',
      title: 'Koulukuraattori',
      phone: '014 266 0000',
      email: 'sari.kuraattori@example.invalid',
      userId: curator.id,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(names((await worker.get('/api/partnership/services?q=sari')).body)).toEqual([
      'Kuokkalan koulun oppilashuolto',
    ]);
    const service = await worker.get(`/api/partnership/services/${ids.curatorService}`);
    expect(service.body.contacts).toMatchObject([{ name: 'Sari Kuraattori', userId: curator.id }]);

    const contactId = service.body.contacts[0].id;
    const renamed = await developer.patch(`/api/partnership/contacts/${contactId}`, {
      version: service.body.contacts[0].version,
      name: 'Sari Oppilashuoltaja',
    });
    expect(renamed.status).toBe(200);
    expect((await worker.get('/api/partnership/services?q=sari+oppilash')).body.services).toHaveLength(1);
    expect((await worker.request('DELETE', `/api/partnership/contacts/${contactId}?version=1`)).status).toBe(
      403,
    );
    const removed = await developer.request(
      'DELETE',
      `/api/partnership/contacts/${contactId}?version=${renamed.body.version}`,
    );
    expect(removed.status).toBe(204);
    expect((await worker.get(`/api/partnership/services/${ids.curatorService}`)).body.contacts).toEqual([]);
  });
});

describe('collaboration models', () => {
  const steps = [
    {
      title: 'Huoli herää koulussa',
      owner: 'Koulukuraattori',
      actionCard: 'Keskustele oppilaan ja huoltajan kanssa.',
    },
    {
      title: 'Yhteinen arvio',
      owner: 'Sosiaalityöntekijä',
      actionCard: 'Kutsu verkosto koolle viikon kuluessa.',
    },
  ];

  it('a model has ordered steps with owners and action cards, linked to partners and services', async () => {
    const created = await developer.post('/api/partnership/models', {
      name: { fi: 'Koulun ja lastensuojelun yhteistyö', sv: '' },
      region: 'Keski-Suomi',
      municipalityCode: '179',
      partnerOrganisationIds: [ids.jyvaskyla],
      serviceIds: [ids.curatorService],
      steps,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      steps,
      partners: [{ id: ids.jyvaskyla }],
      services: [{ id: ids.curatorService, type: 'school' }],
      municipality: { code: '179' },
      version: 1,
    });
    const listed = await worker.get('/api/partnership/models?municipality=179');
    expect(listed.body.models).toMatchObject([{ id: created.body.id, steps: 2 }]);
    expect((await worker.get('/api/partnership/models?region=Pohjois-Savo')).body.models).toEqual([]);
    const service = await worker.get(`/api/partnership/services/${ids.curatorService}`);
    expect(service.body.models.map((m: { id: string }) => m.id)).toEqual([created.body.id]);

    const saved = await lead.put(`/api/partnership/models/${created.body.id}`, {
      version: 1,
      name: { fi: 'Koulun ja lastensuojelun yhteistyö', sv: 'Skolan och barnskyddet' },
      region: 'Keski-Suomi',
      municipalityCode: '179',
      partnerOrganisationIds: [ids.jyvaskyla],
      serviceIds: [ids.curatorService],
      steps: [...steps, { title: 'Palaute', owner: 'Tiimi', actionCard: '' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.steps).toHaveLength(3);
    expect(
      (await worker.put(`/api/partnership/models/${created.body.id}`, { ...saved.body, version: 2 })).status,
    ).toBe(400);
    const stale = await developer.put(`/api/partnership/models/${created.body.id}`, {
      version: 1,
      name: { fi: 'Vanha', sv: '' },
      steps,
    });
    expect(stale.status).toBe(409);
  });

  it('refuses unknown partners and a municipality outside the model’s region', async () => {
    const refused = await developer.post('/api/partnership/models', {
      name: { fi: 'Virheellinen', sv: '' },
      region: 'Pohjois-Savo',
      municipalityCode: '179',
      partnerOrganisationIds: [crypto.randomUUID()],
      steps,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((f: { path: string }) => f.path).sort()).toEqual([
      'body.municipalityCode',
      'body.partnerOrganisationIds.0',
    ]);
  });
});
