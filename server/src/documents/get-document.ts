import { staffNames } from '../children/queries';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import { AppError } from '../platform/http-errors';
import { documentMetaColumns, toDocumentMeta } from './queries';

/** The stored document, byte for byte as it was given to the family. */
export function getDocument(ctx: Ctx, id: string) {
  return runChildCommand(ctx, async (tx) => {
    const row = await tx
      .selectFrom('document')
      .select(['child_id', 'filename', 'content', 'sha256'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    const access = await requireChildAction(tx, ctx, row.child_id, 'document:read');
    await appendAudit(tx, ctx, {
      action: 'document:read',
      childIds: [row.child_id],
      basis: access.basis,
      purpose: CLIENT_WORK,
      details: { documentId: id, sha256: row.sha256 },
    });
    return { filename: row.filename, content: Buffer.from(row.content), sha256: row.sha256 };
  });
}

/** The documents made for the child, newest first, without their bytes. */
export function listDocuments(ctx: Ctx, childId: string) {
  return runChildCommand(ctx, async (tx) => {
    const access = await requireChildAction(tx, ctx, childId, 'document:read');
    const rows = await tx
      .selectFrom('document')
      .select([...documentMetaColumns])
      .where('child_id', '=', childId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    await appendAudit(tx, ctx, {
      action: 'document:list',
      childIds: [childId],
      basis: access.basis,
      purpose: CLIENT_WORK,
    });
    const names = await staffNames(
      tx,
      rows.map((r) => r.created_by),
    );
    return { documents: rows.map((r) => toDocumentMeta(r, names)) };
  });
}
