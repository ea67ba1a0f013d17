import type { PartnerOrganisation } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { organisationView } from './organisations';

export function getOrganisation(ctx: Ctx, id: string): Promise<PartnerOrganisation> {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, (tx) => organisationView(tx, ctx, id));
}
