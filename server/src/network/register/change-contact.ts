import type { Contact } from '@lumo/domain';
import { requireRole } from '../../platform/access';
import { asActor, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { throwIssues, toContact } from './queries';
import { refreshServiceSearch } from './search-text';

interface ContactFields {
  serviceId?: string | null | undefined;
  name?: string | undefined;
  title?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  userId?: string | null | undefined;
  notes?: string | undefined;
}

/** A contact's service must be her organisation's, and her account a partner account of it. */
async function contactIssues(tx: Tx, organisationId: string, input: ContactFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (input.serviceId) {
    const service = await tx
      .selectFrom('partner_service')
      .select('id')
      .where('id', '=', input.serviceId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (!service) issues.push({ path: 'body.serviceId', code: 'unknown_reference' });
  }
  if (input.userId) {
    const user = await tx
      .selectFrom('staff_user')
      .select(['organisation_id', 'roles'])
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!user || user.organisation_id !== organisationId || !user.roles.includes('partner'))
      issues.push({ path: 'body.userId', code: 'unknown_reference' });
  }
  return issues;
}

async function findContact(tx: Tx, id: string) {
  const row = await tx.selectFrom('partner_contact').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export function addContact(
  ctx: Ctx,
  organisationId: string,
  input: ContactFields & { name: string },
): Promise<Contact> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const organisation = await tx
      .selectFrom('partner_organisation')
      .select('id')
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!organisation) throw new AppError('not_found');
    throwIssues(await contactIssues(tx, organisationId, input));
    const id = newId();
    const now = ctx.clock.now();
    await tx
      .insertInto('partner_contact')
      .values({
        id,
        organisation_id: organisationId,
        service_id: input.serviceId ?? null,
        name: input.name,
        title: input.title ?? '',
        phone: input.phone ?? '',
        email: input.email ?? '',
        user_id: input.userId ?? null,
        notes: input.notes ?? '',
        created_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
      })
      .execute();
    if (input.serviceId) await refreshServiceSearch(tx, [input.serviceId]);
    return toContact(await findContact(tx, id));
  });
}

export function updateContact(
  ctx: Ctx,
  id: string,
  input: ContactFields & { version: number },
): Promise<Contact> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const row = await findContact(tx, id);
    throwIssues(await contactIssues(tx, row.organisation_id, input));
    const updated = await tx
      .updateTable('partner_contact')
      .set({
        ...(input.serviceId !== undefined ? { service_id: input.serviceId } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.userId !== undefined ? { user_id: input.userId } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        version: input.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: ctx.actor.userId,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', [], { current: toContact(row) });
    const after = await findContact(tx, id);
    await refreshServiceSearch(
      tx,
      [row.service_id, after.service_id].filter((s): s is string => s !== null),
    );
    return toContact(after);
  });
}

export function removeContact(ctx: Ctx, id: string, version: number): Promise<void> {
  requireRole(ctx, 'partnerRegister:maintain');
  return asActor(ctx, async (tx) => {
    const row = await findContact(tx, id);
    const removed = await tx
      .deleteFrom('partner_contact')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw new AppError('conflict', [], { current: toContact(row) });
    if (row.service_id) await refreshServiceSearch(tx, [row.service_id]);
  });
}
