import type { CollaborationModel } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import { modelView } from './collaboration-models';

export function getCollaborationModel(ctx: Ctx, id: string): Promise<CollaborationModel> {
  requireRole(ctx, 'partnerRegister:read');
  return asActor(ctx, (tx) => modelView(tx, ctx, id));
}
