import { isValidHetu, type PersonSearchResult } from '@lumo/domain';
import { sql } from 'kysely';
import { childActionFilter, requireRole } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import { asActor, type Ctx } from '../platform/context';
import { personSummaryColumns, toPersonSummary } from './queries';

const MAX_RESULTS = 50;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Finds people by name or personal identity code among those the actor has a relationship with:
 * the children she may read and the family members linked to them. No one else is ever found.
 */
export function searchPeople(ctx: Ctx, query: string): Promise<PersonSearchResult> {
  requireRole(ctx, 'person:search');
  return asActor(ctx, { plans: 'perExecution' }, async (tx) => {
    const q = query.trim();
    const hetu = q.toUpperCase();
    const byHetu = isValidHetu(hetu);
    const readable = childActionFilter(ctx, 'child:read', 'f.child_id');
    const readableChild = childActionFilter(ctx, 'child:read', 'p.id');
    const tokens = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
    const people = await tx
      .selectFrom('person as p')
      .select([...personSummaryColumns])
      .where((eb) =>
        byHetu
          ? eb('p.hetu', '=', hetu)
          : eb.and(
              tokens.map((token) =>
                eb.or([
                  eb(sql`lower(p.first_names)`, 'like', `${escapeLike(token)}%`),
                  eb(sql`lower(p.first_names)`, 'like', `% ${escapeLike(token)}%`),
                  eb(sql`lower(p.last_name)`, 'like', `${escapeLike(token)}%`),
                ]),
              ),
            ),
      )
      .where((eb) =>
        eb.or([
          eb.and([eb('p.kind', '=', 'child'), readableChild(eb as never)]),
          eb.exists(
            eb
              .selectFrom('family_link as f')
              .select(sql.lit(1).as('one'))
              .whereRef('f.person_id', '=', 'p.id')
              .where((inner) => readable(inner as never)),
          ),
        ]),
      )
      .orderBy('p.last_name')
      .orderBy('p.first_names')
      .limit(MAX_RESULTS + 1)
      .execute();
    const truncated = people.length > MAX_RESULTS;
    const found = people.slice(0, MAX_RESULTS);
    const adultIds = found.filter((p) => p.kind === 'adult').map((p) => p.id);
    const links =
      adultIds.length === 0
        ? []
        : await tx
            .selectFrom('family_link as f')
            .innerJoin('person as c', 'c.id', 'f.child_id')
            .select(['f.person_id', 'c.id', 'c.first_names', 'c.last_name'])
            .where('f.person_id', 'in', adultIds)
            .where((eb) => readable(eb as never))
            .execute();
    const results = found.map((p) => ({
      ...toPersonSummary(p),
      children:
        p.kind === 'child'
          ? [{ id: p.id, name: `${p.first_names} ${p.last_name}` }]
          : links
              .filter((l) => l.person_id === p.id)
              .map((l) => ({ id: l.id, name: `${l.first_names} ${l.last_name}` })),
    }));
    await appendAudit(tx, ctx, {
      action: 'person:search',
      childIds: [...new Set(results.flatMap((r) => r.children.map((c) => c.id)))],
      basis: 'relationship',
      purpose: CLIENT_WORK,
      details: { query: q, results: results.length },
    });
    return { results, truncated };
  });
}
