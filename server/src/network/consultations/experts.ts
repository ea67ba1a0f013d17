import type { Expert, Expertise, Region } from '@lumo/domain';
import { sql } from 'kysely';
import { requireRole, roleCan } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';

function expertQuery(tx: Tx) {
  return tx
    .selectFrom('expert_profile as p')
    .innerJoin('staff_user as u', 'u.id', 'p.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['p.user_id', 'p.expertise', 'p.region', 'p.description', 'p.available', 'p.version'])
    .select(['u.first_name', 'u.last_name', 'u.title', 'o.id as org_id', 'o.name_fi', 'o.name_sv'])
    .where('u.active', '=', true);
}

function toExpert(r: Awaited<ReturnType<ReturnType<typeof expertQuery>['execute']>>[number]): Expert {
  return {
    userId: r.user_id,
    name: `${r.first_name} ${r.last_name}`,
    title: r.title,
    organisation: { id: r.org_id, name: { fi: r.name_fi, sv: r.name_sv } },
    region: r.region as Region,
    expertise: r.expertise as Expertise[],
    description: r.description,
    available: r.available,
    version: r.version,
  };
}

async function expertView(tx: Tx, userId: string): Promise<Expert> {
  const row = await expertQuery(tx).where('p.user_id', '=', userId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return toExpert(row);
}

/** The expert pool of the four regions, by expertise and region. Not client data. */
export function listExperts(
  ctx: Ctx,
  query: { expertise?: Expertise | undefined; region?: Region | undefined },
) {
  requireRole(ctx, 'expertPool:read');
  return asActor(ctx, async (tx) => {
    let q = expertQuery(tx);
    if (query.expertise) q = q.where(sql<boolean>`${query.expertise} = ANY(${sql.ref('p.expertise')})`);
    if (query.region) q = q.where('p.region', '=', query.region);
    const rows = await q.orderBy('p.region').orderBy('u.last_name').orderBy('u.first_name').execute();
    return {
      experts: rows.map(toExpert),
      can: roleCan(ctx.actor.roles).filter((a) => a === 'expertPool:maintain'),
    };
  });
}

/** Adds an account to the pool (version null) or changes its profile, with optimistic locking. */
export function saveExpertProfile(
  ctx: Ctx,
  userId: string,
  input: {
    version: number | null;
    expertise: Expertise[];
    region: Region;
    description: string;
    available: boolean;
  },
): Promise<Expert> {
  requireRole(ctx, 'expertPool:maintain');
  return asActor(ctx, async (tx) => {
    const user = await tx
      .selectFrom('staff_user')
      .select('id')
      .where('id', '=', userId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!user) throw new AppError('not_found');
    const existing = await tx
      .selectFrom('expert_profile')
      .select('version')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const fields = {
      expertise: input.expertise,
      region: input.region,
      description: input.description,
      available: input.available,
      updated_at: ctx.clock.now(),
      updated_by: ctx.actor.userId,
    };
    if (input.version === null) {
      if (existing) throw new AppError('conflict', [], { current: await expertView(tx, userId) });
      await tx
        .insertInto('expert_profile')
        .values({ user_id: userId, ...fields })
        .execute();
    } else {
      const updated = await tx
        .updateTable('expert_profile')
        .set({ ...fields, version: input.version + 1 })
        .where('user_id', '=', userId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        if (!existing) throw new AppError('not_found');
        throw new AppError('conflict', [], { current: await expertView(tx, userId) });
      }
    }
    return expertView(tx, userId);
  });
}
