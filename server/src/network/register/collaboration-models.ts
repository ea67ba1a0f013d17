import type { CollaborationModel, Region, ServiceType } from '@lumo/domain';
import { staffNames } from '../../children/queries';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { anyOf } from '../queries';
import { municipalities, registerCan } from './queries';

/** A collaboration model with its partners, services and ordered steps. */
export async function modelView(tx: Tx, ctx: Ctx, id: string): Promise<CollaborationModel> {
  const row = await tx.selectFrom('collaboration_model').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const [partners, services, home, staff] = await Promise.all([
    row.partner_organisation_ids.length
      ? tx
          .selectFrom('organisation')
          .select(['id', 'name_fi', 'name_sv'])
          .where('id', '=', anyOf(row.partner_organisation_ids))
          .orderBy('name_fi')
          .execute()
      : [],
    row.service_ids.length
      ? tx
          .selectFrom('partner_service')
          .select(['id', 'name_fi', 'name_sv', 'service_type'])
          .where('id', '=', anyOf(row.service_ids))
          .orderBy('name_fi')
          .execute()
      : [],
    municipalities(tx, row.municipality_code ? [row.municipality_code] : []),
    staffNames(tx, row.updated_by ? [row.updated_by] : []),
  ]);
  return {
    id: row.id,
    name: { fi: row.name_fi, sv: row.name_sv },
    description: row.description,
    region: (row.region as Region | null) ?? null,
    municipality: (row.municipality_code && home.get(row.municipality_code)) || null,
    partners: partners.map((p) => ({ id: p.id, name: { fi: p.name_fi, sv: p.name_sv } })),
    services: services.map((s) => ({
      id: s.id,
      name: { fi: s.name_fi, sv: s.name_sv },
      type: s.service_type as ServiceType,
    })),
    steps: row.steps as CollaborationModel['steps'],
    active: row.active,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: (row.updated_by && staff.get(row.updated_by)) || null,
    version: row.version,
    can: registerCan(ctx),
  };
}
