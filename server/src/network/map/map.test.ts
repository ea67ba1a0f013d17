import { type NetworkMapDocument, networkMapChanges } from '@lumo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';

let env: TestEnv;
let worker: StaffFixture;
let child: ChildFixture;
let motherId: string;
let serviceId: string;
let anna: Client;
let member: Client;
let stranger: Client;

const nodeId = () => crypto.randomUUID();
let grandmother = '';
let mother = '';
let school = '';

beforeAll(async () => {
  env = await startTestEnv();
  worker = await env.fx.staff();
  const colleague = await env.fx.staff({ roles: ['family_therapist'] });
  const team = await env.fx.team({
    members: [{ user: worker }, { user: colleague, role: 'family_therapist' }],
  });
  child = await env.fx.child({ team, responsible: worker, firstNames: 'Eevi', lastName: 'Aalto' });
  motherId = (await env.fx.familyMember(child.id, { firstNames: 'Maria', lastName: 'Aalto' })).id;
  const developer = await env.signIn((await env.fx.staff({ roles: ['development_coordinator'] })).username);
  const organisation = await developer.post('/api/partnership/organisations', {
    name: { fi: 'Jyväskylän kaupunki', sv: '' },
    sector: 'municipality',
    region: 'Keski-Suomi',
  });
  serviceId = (
    await developer.post('/api/partnership/services', {
      organisationId: organisation.body.id,
      type: 'school',
      name: { fi: 'Kuokkalan koulu', sv: '' },
      region: 'Keski-Suomi',
      municipalityCodes: ['179'],
    })
  ).body.id;
  anna = await env.signIn(worker.username);
  member = await env.signIn(colleague.username);
  stranger = await env.signIn((await env.fx.staff()).username);
  grandmother = nodeId();
  mother = nodeId();
  school = nodeId();
});
afterAll(() => env.close());

const childNode = () => ({
  id: child.id,
  kind: 'child',
  personId: child.id,
  serviceId: null,
  name: 'Eevi Aalto',
  role: '',
  sector: 'family',
  note: '',
});

function firstMap(): NetworkMapDocument {
  return {
    nodes: [
      childNode(),
      {
        id: mother,
        kind: 'person',
        personId: motherId,
        serviceId: null,
        name: 'Maria Aalto',
        role: 'äiti',
        sector: 'family',
        note: '',
      },
      {
        id: grandmother,
        kind: 'person',
        personId: null,
        serviceId: null,
        name: 'Mummo',
        role: 'mummo',
        sector: 'relatives',
        note: '',
      },
    ],
    ties: [
      {
        id: nodeId(),
        from: mother,
        to: child.id,
        strength: 'moderate',
        stress: 'high',
        support: 'from_to',
        note: '',
      },
      {
        id: nodeId(),
        from: grandmother,
        to: child.id,
        strength: 'strong',
        stress: 'none',
        support: 'both',
        note: '',
      },
    ],
  } as NetworkMapDocument;
}

describe('the child’s network map', () => {
  it('before anything is saved it is the child alone, with the people of the record to link', async () => {
    const opened = await anna.get(`/api/children/${child.id}/network-map`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ version: 0, latestVersion: 0, savedAt: null });
    expect(opened.body.document.nodes).toMatchObject([
      { kind: 'child', personId: child.id, name: 'Eevi Aalto' },
    ]);
    expect(opened.body.recordPeople).toEqual([
      { personId: child.id, name: 'Eevi Aalto', relation: 'child' },
      { personId: motherId, name: 'Maria Aalto', relation: 'mother' },
    ]);
    expect(opened.body.can).toEqual(expect.arrayContaining(['networkMap:read', 'networkMap:edit']));
  });

  it('each save is a new version, used-logged', async () => {
    const saved = await anna.put(`/api/children/${child.id}/network-map`, {
      baseVersion: 0,
      document: firstMap(),
      note: 'Ensimmäinen kartta',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      version: 1,
      latestVersion: 1,
      note: 'Ensimmäinen kartta',
      savedBy: { id: worker.id },
    });
    const audit = await env.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'networkMap:edit', details: { version: 1, nodes: 3, ties: 2 } });
  });

  it('a service node links to the register; the team saves too, from the latest version only', async () => {
    const current = (await member.get(`/api/children/${child.id}/network-map`)).body;
    const document = {
      nodes: [
        ...current.document.nodes.filter((n: { id: string }) => n.id !== grandmother),
        {
          id: school,
          kind: 'service',
          personId: null,
          serviceId,
          name: 'Kuokkalan koulu',
          role: 'kuraattori',
          sector: 'school',
          note: '',
        },
      ],
      ties: [
        { ...current.document.ties[0], stress: 'some', strength: 'strong' },
        {
          id: nodeId(),
          from: school,
          to: child.id,
          strength: 'moderate',
          stress: 'none',
          support: 'from_to',
          note: '',
        },
      ],
    };
    const saved = await member.put(`/api/children/${child.id}/network-map`, {
      baseVersion: 1,
      document,
      note: 'Verkostopalaverin jälkeen',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await anna.put(`/api/children/${child.id}/network-map`, {
      baseVersion: 1,
      document: firstMap(),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.version).toBe(2);
  });

  it('lists the versions and opens any of them, so that before and after can be compared', async () => {
    const listed = await anna.get(`/api/children/${child.id}/network-map/versions`);
    expect(listed.status).toBe(200);
    expect(listed.body.versions).toMatchObject([
      { version: 2, note: 'Verkostopalaverin jälkeen', nodes: 3, ties: 2 },
      { version: 1, note: 'Ensimmäinen kartta', nodes: 3, ties: 2 },
    ]);
    const [before, after] = await Promise.all([
      anna.get(`/api/children/${child.id}/network-map/versions/1`),
      anna.get(`/api/children/${child.id}/network-map/versions/2`),
    ]);
    expect(before.status).toBe(200);
    const changes = networkMapChanges(before.body.document, after.body.document);
    expect(changes.addedNodes.map((n) => n.name)).toEqual(['Kuokkalan koulu']);
    expect(changes.removedNodes.map((n) => n.name)).toEqual(['Mummo']);
    expect(changes.changedTies).toHaveLength(1);
    expect((await anna.get(`/api/children/${child.id}/network-map/versions/9`)).status).toBe(404);
  });

  it('refuses a map that does not hold together or links outside the record and the register, field by field', async () => {
    const doc = firstMap();
    doc.nodes[1] = { ...doc.nodes[1]!, personId: crypto.randomUUID() };
    doc.nodes.push({
      ...doc.nodes[2]!,
      id: nodeId(),
      kind: 'service',
      serviceId: crypto.randomUUID(),
      name: 'Tuntematon',
    });
    doc.ties.push({ ...doc.ties[0]!, id: nodeId(), to: nodeId() });
    const refused = await anna.put(`/api/children/${child.id}/network-map`, {
      baseVersion: 2,
      document: doc,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('network_map_invalid');
    expect(
      refused.body.error.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`).sort(),
    ).toEqual([
      'body.document.nodes.1.personId unknown_reference',
      'body.document.nodes.3.serviceId unknown_reference',
      'body.document.ties.2.to unknown_reference',
    ]);
    const withoutChild = await anna.put(`/api/children/${child.id}/network-map`, {
      baseVersion: 2,
      document: { nodes: firstMap().nodes.slice(1), ties: [] },
    });
    expect(withoutChild.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.document.nodes', code: 'required' }),
    );
    expect((await anna.get(`/api/children/${child.id}/network-map`)).body.latestVersion).toBe(2);
  });

  it('someone outside the case gets what a missing child gets', async () => {
    for (const url of [
      `/api/children/${child.id}/network-map`,
      `/api/children/${child.id}/network-map/versions`,
      `/api/children/${child.id}/network-map/versions/1`,
    ]) {
      const refused = await stranger.get(url);
      expect(refused.status, url).toBe(404);
      expect(refused.body.error.code).toBe('not_found');
    }
    expect(
      (await stranger.put(`/api/children/${child.id}/network-map`, { baseVersion: 2, document: firstMap() }))
        .status,
    ).toBe(404);
  });
});
