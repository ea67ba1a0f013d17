import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildFixture, StaffFixture } from '../../testing/fixtures';
import { type Client, startTestEnv, type TestEnv } from '../../testing/harness';
import { invite, partnerOrganisation, partnerProfessional } from '../test-support';

// Tuesday 10 March 2026, 9.00 in Helsinki.
const NOW = '2026-03-10T09:00:00+02:00';

let env: TestEnv;
let worker: StaffFixture;
let colleague: StaffFixture;
let child: ChildFixture;
/** Born 2013: 12 years old, so she can consent herself. */
let teenager: ChildFixture;
let guardianId: string;
let school: { id: string };
let clinic: { id: string };
let curator: StaffFixture;
let nurse: StaffFixture;
let anna: Client;
let pekka: Client;

beforeAll(async () => {
  env = await startTestEnv({ now: NOW });
  worker = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
  colleague = await env.fx.staff({ firstName: 'Pekka', lastName: 'Salo' });
  const team = await env.fx.team({ members: [{ user: worker }, { user: colleague }] });
  child = await env.fx.child({ team, responsible: worker, firstNames: 'Eevi', lastName: 'Aalto' });
  teenager = await env.fx.child({ team, responsible: worker, birthDate: '2013-05-02' as never });
  guardianId = (await env.fx.familyMember(child.id, { firstNames: 'Maria', lastName: 'Aalto' })).id;
  school = await partnerOrganisation(env, { name: 'Kuokkalan koulu', sector: 'municipality' });
  clinic = await partnerOrganisation(env, { name: 'Nuorisopsykiatrian poliklinikka' });
  curator = await partnerProfessional(env, school.id, { firstName: 'Sari', lastName: 'Kuraattori' });
  nurse = await partnerProfessional(env, clinic.id, { firstName: 'Hanna', lastName: 'Hoitaja' });
  anna = await env.signIn(worker.username);
  pekka = await env.signIn(colleague.username);
});
afterAll(() => env.close());

/** Raw SQL as the app role for the partner: only the database's own policies decide what she sees. */
async function partnerSees(partner: StaffFixture, childId: string) {
  return env.db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${partner.id}, true),
      set_config('lumo.now', ${env.clock.now().toISOString()}, true)`.execute(tx);
    const count = async (table: string) =>
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE child_id = ${childId}`.execute(tx)
      ).rows[0]!.n;
    const person = (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM person WHERE id = ${childId}`.execute(tx)
    ).rows[0]!.n;
    return {
      person,
      family: await count('family_link'),
      case: await count('child_case'),
      assessment: await count('assessment'),
      networkMap: await count('network_map_version'),
    };
  });
}

/** The clock back to the test's morning, with sessions that have not idled out on the jump. */
async function backToNow() {
  env.clock.set(NOW);
  anna = await env.signIn(worker.username);
  pekka = await env.signIn(colleague.username);
}

async function auditActions(childId: string) {
  const rows = await env.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id', 'outcome', 'details'])
    .where(sql<boolean>`${childId} = ANY(child_ids)`)
    .orderBy('seq')
    .execute();
  return rows;
}

describe('finding a partner professional to invite', () => {
  it('by name or organisation, with her organisation; partners and the register’s keepers do not search', async () => {
    const found = await anna.get('/api/partner-professionals?q=kuraat');
    expect(found.status).toBe(200);
    expect(found.body.partners).toMatchObject([
      {
        id: curator.id,
        name: 'Sari Kuraattori',
        organisation: { id: school.id, name: { fi: 'Kuokkalan koulu' } },
      },
    ]);
    const byOrganisation = await anna.get(`/api/partner-professionals?organisationId=${clinic.id}`);
    expect(byOrganisation.body.partners.map((p: { id: string }) => p.id)).toEqual([nurse.id]);
    const partner = await env.signIn(curator.username);
    expect((await partner.get('/api/partner-professionals?q=hanna')).status).toBe(403);
  });
});

describe('inviting a partner on a statutory duty', () => {
  let grantId = '';

  it('the responsible worker opens chosen sections until a day, and it is used-logged', async () => {
    const granted = await anna.post(`/api/children/${child.id}/partner-access`, {
      userId: curator.id,
      sections: ['assessment', 'basic_facts'],
      validUntil: '2026-04-30',
      purpose: 'Monialainen palvelutarpeen arviointi',
      basis: { kind: 'statutory', provision: 'lsl_25' },
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    expect(granted.body).toMatchObject({
      childId: child.id,
      partner: { id: curator.id, organisation: { id: school.id } },
      sections: ['assessment', 'basic_facts'],
      validUntil: '2026-04-30',
      status: 'active',
      basis: { kind: 'statutory', provision: 'lsl_25', consentId: null },
      grantedBy: { id: worker.id },
      revokedAt: null,
    });
    grantId = granted.body.id;
    const row = await env.db
      .selectFrom('access_relationship')
      .select(['kind', 'valid_to', 'granted_by'])
      .where('id', '=', grantId)
      .executeTakeFirstOrThrow();
    // Access ends when the last day ends in Helsinki.
    expect(row).toMatchObject({ kind: 'partner', granted_by: worker.id });
    expect(row.valid_to?.toISOString()).toBe('2026-04-30T21:00:00.000Z');
    expect((await auditActions(child.id)).at(-1)).toMatchObject({
      action: 'partnerAccess:grant',
      actor_id: worker.id,
      details: {
        grantId,
        sections: ['assessment', 'basic_facts'],
        legalBasis: 'statutory',
        provision: 'lsl_25',
      },
    });
  });

  it('the database shows her the sections given and nothing else: the child’s own row, never the family or case', async () => {
    expect(await partnerSees(curator, child.id)).toEqual({
      person: 1,
      family: 0,
      case: 0,
      assessment: 0,
      networkMap: 0,
    });
    expect(await partnerSees(nurse, child.id)).toMatchObject({ person: 0 });
    expect(await partnerSees(curator, teenager.id)).toMatchObject({ person: 0 });
  });

  it('her partner relationship opens none of the staff routes of the child', async () => {
    const partner = await env.signIn(curator.username);
    for (const url of [
      `/api/children/${child.id}`,
      `/api/children/${child.id}/partner-access`,
      `/api/children/${child.id}/network-map`,
      `/api/children/${child.id}/multiagency-assessments`,
    ]) {
      const refused = await partner.get(url);
      expect(refused.status, url).toBe(404);
      expect(refused.body.error.code).toBe('not_found');
    }
    expect((await partner.get('/api/worklist')).body.children ?? []).toEqual([]);
  });

  it('the team sees the invitation; only the responsible worker invites and revokes', async () => {
    const listed = await pekka.get(`/api/children/${child.id}/partner-access`);
    expect(listed.status).toBe(200);
    expect(listed.body.grants.map((g: { id: string }) => g.id)).toEqual([grantId]);
    expect(listed.body.can).not.toContain('partnerAccess:grant');
    expect((await anna.get(`/api/children/${child.id}/partner-access`)).body.can).toEqual(
      expect.arrayContaining(['partnerAccess:grant', 'partnerAccess:revoke']),
    );
    // Answered like a missing child, as any action her relationship does not allow.
    const refused = await invite(pekka, child.id, nurse).catch((e: Error) => e.message);
    expect(refused).toMatch(/^invite: 404/);
  });

  it('refuses a second live invitation, a non-partner, a past or too distant last day and an unnamed provision', async () => {
    const twice = await anna.post(`/api/children/${child.id}/partner-access`, {
      userId: curator.id,
      sections: ['network_map'],
      validUntil: '2026-04-30',
      purpose: 'Verkostokartta',
      basis: { kind: 'statutory', provision: 'shl_41' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('partner_access_exists');
    const staff = await anna.post(`/api/children/${child.id}/partner-access`, {
      userId: colleague.id,
      sections: ['assessment'],
      validUntil: '2026-04-30',
      purpose: 'Arviointi',
      basis: { kind: 'statutory', provision: 'shl_41' },
    });
    expect(staff.body.error.code).toBe('not_a_partner');
    for (const validUntil of ['2026-03-09', '2027-03-11']) {
      const refused = await anna.post(`/api/children/${child.id}/partner-access`, {
        userId: nurse.id,
        sections: ['assessment'],
        validUntil,
        purpose: 'Arviointi',
        basis: { kind: 'statutory', provision: 'shl_41' },
      });
      expect(refused.status, validUntil).toBe(400);
      expect(refused.body.error.code).toBe('access_period_invalid');
    }
    const unnamed = await anna.post(`/api/children/${child.id}/partner-access`, {
      userId: nurse.id,
      sections: ['assessment'],
      validUntil: '2026-04-30',
      purpose: 'Arviointi',
      basis: { kind: 'statutory', provision: 'other' },
    });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.issues[0].path).toBe('body.basis.provisionDetail');
    expect(
      await env.db.selectFrom('access_relationship').select('id').where('user_id', '=', nurse.id).execute(),
    ).toEqual([]);
  });

  it('revoking ends her access at once', async () => {
    const refused = await pekka.post(`/api/children/${child.id}/partner-access/${grantId}/revoke`, {});
    expect(refused.status).toBe(404);
    const revoked = await anna.post(`/api/children/${child.id}/partner-access/${grantId}/revoke`, {
      reason: 'Arviointi päättyi',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revokedBy: { id: worker.id },
      revokedReason: 'Arviointi päättyi',
    });
    expect(await partnerSees(curator, child.id)).toMatchObject({ person: 0 });
    const again = await anna.post(`/api/children/${child.id}/partner-access/${grantId}/revoke`, {});
    expect(again.status).toBe(409);
    const other = await anna.post(`/api/children/${teenager.id}/partner-access/${grantId}/revoke`, {});
    expect(other.status).toBe(404);
  });

  it('an invitation runs out at the end of its last day', async () => {
    const grant = await invite(anna, teenager.id, curator, {
      sections: ['basic_facts'],
      validUntil: '2026-03-10',
    });
    expect(await partnerSees(curator, teenager.id)).toMatchObject({ person: 1 });
    env.clock.set('2026-03-10T23:59:00+02:00');
    expect(await partnerSees(curator, teenager.id)).toMatchObject({ person: 1 });
    env.clock.set('2026-03-11T00:00:00+02:00');
    expect(await partnerSees(curator, teenager.id)).toMatchObject({ person: 0 });
    const listed = await (await env.signIn(worker.username)).get(
      `/api/children/${teenager.id}/partner-access`,
    );
    expect(listed.body.grants.find((g: { id: string }) => g.id === grant.id).status).toBe('expired');
    await backToNow();
  });
});

describe('consent', () => {
  let consentId = '';

  it('lists who can give consent: the guardians, and the child from 12', async () => {
    const young = await anna.get(`/api/children/${child.id}/consents`);
    expect(young.status).toBe(200);
    expect(young.body.givers).toEqual([{ personId: guardianId, name: 'Maria Aalto', role: 'guardian' }]);
    const older = await anna.get(`/api/children/${teenager.id}/consents`);
    expect(older.body.givers).toContainEqual(
      expect.objectContaining({ personId: teenager.id, role: 'child' }),
    );
  });

  it('a guardian’s consent is recorded with what, to whom, why and until when', async () => {
    const recorded = await pekka.post(`/api/children/${child.id}/consents`, {
      givenByPersonId: guardianId,
      giverRole: 'guardian',
      givenOn: '2026-03-09',
      method: 'written',
      organisationId: clinic.id,
      scopes: ['assessment', 'network_map'],
      purpose: 'Nuorisopsykiatrian näkemys palvelutarpeen arviointiin',
      validUntil: '2026-05-31',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({
      givenBy: { personId: guardianId, name: 'Maria Aalto', role: 'guardian' },
      organisation: { id: clinic.id },
      scopes: ['assessment', 'network_map'],
      validUntil: '2026-05-31',
      status: 'valid',
      recordedBy: { id: colleague.id },
      withdrawal: null,
    });
    consentId = recorded.body.id;
    expect((await auditActions(child.id)).at(-1)).toMatchObject({
      action: 'consent:record',
      actor_id: colleague.id,
    });
  });

  it('refuses a giver who is not a guardian, a child under 12 and a consent given in the future', async () => {
    const base = {
      givenOn: '2026-03-10',
      method: 'oral',
      organisationId: clinic.id,
      scopes: ['assessment'],
      purpose: 'Arviointi',
      validUntil: '2026-05-31',
    };
    const young = await anna.post(`/api/children/${child.id}/consents`, {
      ...base,
      givenByPersonId: child.id,
      giverRole: 'child',
    });
    expect(young.body.error.code).toBe('consent_giver_invalid');
    const stranger = await anna.post(`/api/children/${child.id}/consents`, {
      ...base,
      givenByPersonId: teenager.id,
      giverRole: 'guardian',
    });
    expect(stranger.body.error.code).toBe('consent_giver_invalid');
    const future = await anna.post(`/api/children/${child.id}/consents`, {
      ...base,
      givenByPersonId: guardianId,
      giverRole: 'guardian',
      givenOn: '2026-03-11',
    });
    expect(future.status).toBe(400);
    const herself = await anna.post(`/api/children/${teenager.id}/consents`, {
      ...base,
      givenByPersonId: teenager.id,
      giverRole: 'child',
    });
    expect(herself.status).toBe(201);
    expect(herself.body.givenBy.role).toBe('child');
  });

  it('grounds an invitation only within what it covers: organisation, sections and days', async () => {
    const attempt = (userId: string, sections: string[], validUntil: string) =>
      anna.post(`/api/children/${child.id}/partner-access`, {
        userId,
        sections,
        validUntil,
        purpose: 'Arviointi',
        basis: { kind: 'consent', consentId },
      });
    expect((await attempt(curator.id, ['assessment'], '2026-05-31')).body.error.code).toBe(
      'consent_does_not_cover',
    );
    expect((await attempt(nurse.id, ['client_plan'], '2026-05-31')).body.error.code).toBe(
      'consent_does_not_cover',
    );
    expect((await attempt(nurse.id, ['assessment'], '2026-06-01')).body.error.code).toBe(
      'consent_does_not_cover',
    );
    const granted = await attempt(nurse.id, ['assessment', 'network_map'], '2026-05-31');
    expect(granted.status).toBe(201);
    expect(granted.body.basis).toMatchObject({ kind: 'consent', consentId, provision: null });
    expect(await partnerSees(nurse, child.id)).toMatchObject({ person: 0, family: 0 });
  });

  it('withdrawing it ends the access it grounded at once', async () => {
    const partner = await env.signIn(nurse.username);
    await env.db
      .insertInto('network_map_version')
      .values({
        id: crypto.randomUUID(),
        child_id: child.id,
        version: 1,
        document: JSON.stringify({ nodes: [], ties: [] }),
        saved_by: worker.id,
        saved_at: env.clock.now(),
      })
      .execute();
    expect(await partnerSees(nurse, child.id)).toMatchObject({ networkMap: 1 });
    const withdrawn = await anna.post(`/api/consents/${consentId}/withdraw`, {
      withdrawnOn: '2026-03-10',
      note: 'Äiti perui suostumuksen puhelimessa',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawal: { withdrawnOn: '2026-03-10', recordedBy: { id: worker.id } },
    });
    expect(await partnerSees(nurse, child.id)).toMatchObject({ networkMap: 0 });
    const grants = await anna.get(`/api/children/${child.id}/partner-access`);
    expect(
      grants.body.grants.find((g: { partner: { id: string } }) => g.partner.id === nurse.id),
    ).toMatchObject({
      status: 'consent_withdrawn',
      revokedBy: { id: worker.id },
    });
    expect((await partner.get(`/api/children/${child.id}/network-map`)).status).toBe(404);
    expect(
      (await anna.post(`/api/consents/${consentId}/withdraw`, { withdrawnOn: '2026-03-10' })).status,
    ).toBe(409);
    const reused = await anna.post(`/api/children/${child.id}/partner-access`, {
      userId: nurse.id,
      sections: ['assessment'],
      validUntil: '2026-05-31',
      purpose: 'Arviointi',
      basis: { kind: 'consent', consentId },
    });
    expect(reused.body.error.code).toBe('consent_does_not_cover');
  });

  it('an expired consent’s access ends with it', async () => {
    const consent = await anna.post(`/api/children/${child.id}/consents`, {
      givenByPersonId: guardianId,
      giverRole: 'guardian',
      givenOn: '2026-03-10',
      method: 'electronic',
      organisationId: school.id,
      scopes: ['basic_facts'],
      purpose: 'Koulun tuki',
      validUntil: '2026-03-20',
    });
    await invite(anna, child.id, curator, {
      sections: ['basic_facts'],
      validUntil: '2026-03-20',
      basis: { kind: 'consent', consentId: consent.body.id },
    });
    expect(await partnerSees(curator, child.id)).toMatchObject({ person: 1 });
    env.clock.set('2026-03-21T00:00:00+02:00');
    expect(await partnerSees(curator, child.id)).toMatchObject({ person: 0 });
    const consents = await (await env.signIn(worker.username)).get(`/api/children/${child.id}/consents`);
    expect(consents.body.consents.find((c: { id: string }) => c.id === consent.body.id).status).toBe(
      'expired',
    );
    await backToNow();
  });

  it('someone outside the child’s case sees none of her consents', async () => {
    const stranger = await env.signIn((await env.fx.staff()).username);
    expect((await stranger.get(`/api/children/${child.id}/consents`)).status).toBe(404);
    expect(
      (await stranger.post(`/api/consents/${consentId}/withdraw`, { withdrawnOn: '2026-03-10' })).status,
    ).toBe(404);
  });
});

describe('the disclosure log', () => {
  it('the responsible worker reads what was disclosed, to whom, when, why and on what basis, and the read is logged', async () => {
    const grant = await env.db
      .selectFrom('access_relationship')
      .selectAll()
      .where('user_id', '=', nurse.id)
      .where('child_id', '=', child.id)
      .executeTakeFirstOrThrow();
    // As the partner portal appends them when she opens a section.
    await env.db
      .insertInto('disclosure_event')
      .values({
        id: crypto.randomUUID(),
        occurred_at: new Date('2026-03-10T08:30:00+02:00'),
        child_id: child.id,
        recipient_user_id: nurse.id,
        recipient_name: nurse.name,
        recipient_organisation_id: clinic.id,
        data: 'network_map',
        data_ref: null,
        purpose: grant.purpose!,
        legal_basis: 'consent',
        provision: null,
        consent_id: grant.consent_id,
        relationship_id: grant.id,
        decided_by: worker.id,
        request_id: 'r1',
      })
      .execute();
    const log = await anna.get(`/api/children/${child.id}/disclosure-log`);
    expect(log.status).toBe(200);
    expect(log.body.entries).toMatchObject([
      {
        occurredAt: '2026-03-10T06:30:00.000Z',
        recipient: { id: nurse.id, name: 'Hanna Hoitaja', organisation: { id: clinic.id } },
        data: 'network_map',
        purpose: 'Arviointi',
        basis: { kind: 'consent', consentId: grant.consent_id },
        decidedBy: { id: worker.id },
      },
    ]);
    expect((await auditActions(child.id)).at(-1)).toMatchObject({
      action: 'disclosureLog:read',
      actor_id: worker.id,
    });
  });

  it('is the responsible worker’s: the team and the partners do not read it', async () => {
    expect((await pekka.get(`/api/children/${child.id}/disclosure-log`)).status).toBe(404);
    const partner = await env.signIn(nurse.username);
    expect((await partner.get(`/api/children/${child.id}/disclosure-log`)).status).toBe(404);
    const read = env.db.transaction().execute(async (tx) => {
      await sql`SELECT set_config('role', 'lumo_app', true), set_config('lumo.actor', ${nurse.id}, true)`.execute(
        tx,
      );
      return sql`SELECT * FROM disclosure_event`.execute(tx);
    });
    await expect(read).rejects.toThrow(/permission denied/);
  });
});
