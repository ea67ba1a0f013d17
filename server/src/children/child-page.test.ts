import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../testing/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.close());

describe('the child page', () => {
  it('shows the facts, the family with guardians, and the case with its worker and team', async () => {
    const worker = await env.fx.staff({ firstName: 'Anna', lastName: 'Virtanen' });
    const team = await env.fx.team({ members: [{ user: worker }], name: 'Tiimi Kangas' });
    const child = await env.fx.child({ team, responsible: worker, firstNames: 'Eevi', lastName: 'Aalto' });
    await env.fx.familyMember(child.id, { relation: 'mother', isGuardian: true, firstNames: 'Maria' });
    await env.fx.familyMember(child.id, { relation: 'grandparent', isGuardian: false, firstNames: 'Kaisa' });
    const anna = await env.signIn(worker.username);

    const response = await anna.get(`/api/children/${child.id}`);

    expect(response.status).toBe(200);
    expect(response.body.child).toMatchObject({ firstNames: 'Eevi', lastName: 'Aalto', hetu: child.hetu });
    expect(
      response.body.family.map((f: { firstNames: string; isGuardian: boolean }) => [
        f.firstNames,
        f.isGuardian,
      ]),
    ).toEqual([
      ['Maria', true],
      ['Kaisa', false],
    ]);
    // The role names her job in the reader's language; the stored free-text title travels along.
    expect(response.body.case.responsibleWorker).toMatchObject({
      name: 'Anna Virtanen',
      title: 'Sosiaalityöntekijä',
      role: 'social_worker',
    });
    expect(response.body.case.team.name).toBe('Tiimi Kangas');
    expect(response.body.can).toEqual(
      expect.arrayContaining(['child:read', 'child:update', 'child:readAuditLog', 'child:readAccessGrants']),
    );
  });
});
