import type { StaffFixture } from '../testing/fixtures';
import type { Client, TestEnv } from '../testing/harness';

/** A partner organisation of the register, written directly as the owner. */
export async function partnerOrganisation(
  env: TestEnv,
  options: { name: string; region?: string; municipalityCode?: string | null; sector?: string },
): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  const now = env.clock.now();
  await env.db
    .insertInto('organisation')
    .values({
      id,
      kind: 'partner',
      code: null,
      name_fi: options.name,
      name_sv: options.name,
      parent_id: null,
      region: options.region ?? 'Keski-Suomi',
      systemic_training: null,
    })
    .execute();
  await env.db
    .insertInto('partner_organisation')
    .values({
      id,
      sector: options.sector ?? 'wellbeing_county',
      region: options.region ?? 'Keski-Suomi',
      municipality_code: options.municipalityCode === undefined ? '179' : options.municipalityCode,
      created_at: now,
      updated_at: now,
      updated_by: null,
    })
    .execute();
  return { id };
}

/** A partner professional's account in her organisation. */
export async function partnerProfessional(
  env: TestEnv,
  organisationId: string,
  options: { firstName?: string; lastName?: string } = {},
): Promise<StaffFixture> {
  const user = await env.fx.staff({ roles: ['partner'], ...options });
  await env.db
    .updateTable('staff_user')
    .set({ organisation_id: organisationId, title: 'Koulukuraattori' })
    .where('id', '=', user.id)
    .execute();
  return user;
}

/** The responsible worker invites a partner on a statutory basis; the grant as answered. */
export async function invite(
  client: Client,
  childId: string,
  partner: StaffFixture,
  options: { sections?: string[]; validUntil?: string; basis?: unknown } = {},
) {
  const response = await client.post(`/api/children/${childId}/partner-access`, {
    userId: partner.id,
    sections: options.sections ?? ['assessment'],
    validUntil: options.validUntil ?? '2026-06-30',
    purpose: 'Monialainen palvelutarpeen arviointi',
    basis: options.basis ?? { kind: 'statutory', provision: 'lsl_25' },
  });
  if (response.status !== 201) throw new Error(`invite: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; status: string; validUntil: string };
}
