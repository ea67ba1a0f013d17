import type { CollaborationModel, collaborationModelRequestSchema } from '@lumo/domain';
import type { z } from 'zod';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { anyOf } from '../queries';
import { modelView } from './collaboration-models';
import { municipalityIssues, throwIssues } from './queries';

type ModelInput = z.output<typeof collaborationModelRequestSchema>;

/** The partners and services a model names must be in the register; its municipality in its region. */
async function modelIssues(tx: Tx, input: ModelInput): Promise<FieldIssue[]> {
  const partnerIds = input.partnerOrganisationIds ?? [];
  const serviceIds = input.serviceIds ?? [];
  const [partners, services] = await Promise.all([
    partnerIds.length
      ? tx.selectFrom('partner_organisation').select('id').where('id', '=', anyOf(partnerIds)).execute()
      : [],
    serviceIds.length
      ? tx.selectFrom('partner_service').select('id').where('id', '=', anyOf(serviceIds)).execute()
      : [],
  ]);
  const knownPartners = new Set(partners.map((p) => p.id));
  const knownServices = new Set(services.map((s) => s.id));
  return [
    ...partnerIds.flatMap((id, i) =>
      knownPartners.has(id)
        ? []
        : [{ path: `body.partnerOrganisationIds.${i}`, code: 'unknown_reference' as const }],
    ),
    ...serviceIds.flatMap((id, i) =>
      knownServices.has(id) ? [] : [{ path: `body.serviceIds.${i}`, code: 'unknown_reference' as const }],
    ),
    ...(input.municipalityCode
      ? await municipalityIssues(
          tx,
          [input.municipalityCode],
          input.region ?? null,
          () => 'body.municipalityCode',
        )
      : []),
  ];
}

function columns(input: ModelInput) {
  return {
    name_fi: input.name.fi,
    name_sv: input.name.sv,
    description: input.description ?? '',
    region: input.region ?? null,
    municipality_code: input.municipalityCode ?? null,
    partner_organisation_ids: [...new Set(input.partnerOrganisationIds ?? [])],
    service_ids: [...new Set(input.serviceIds ?? [])],
    steps: JSON.stringify(input.steps),
    active: input.active ?? true,
  };
}

export function createCollaborationModel(ctx: Ctx, input: ModelInput): Promise<CollaborationModel> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    throwIssues(await modelIssues(tx, input));
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('collaboration_model')
      .values({ id, ...columns(input), created_at: now, updated_at: now, updated_by: ctx.actor.userId })
      .execute();
    return modelView(tx, ctx, id);
  });
}

/** Saves the whole model, steps and all, edited from the version given. */
export function saveCollaborationModel(
  ctx: Ctx,
  id: string,
  input: ModelInput & { version: number },
): Promise<CollaborationModel> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const current = await modelView(tx, ctx, id);
    throwIssues(await modelIssues(tx, input));
    const updated = await tx
      .updateTable('collaboration_model')
      .set({
        ...columns(input),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', [], { current });
    return modelView(tx, ctx, id);
  });
}
