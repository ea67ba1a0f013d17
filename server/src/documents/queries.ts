import type { DocumentMeta, StaffRef } from '@lumo/domain';

export interface DocumentMetaRow {
  id: string;
  child_id: string;
  kind: DocumentMeta['kind'];
  source_id: string;
  language: DocumentMeta['language'];
  filename: string;
  sha256: string;
  byte_size: number;
  created_by: string;
  created_at: Date;
}

export const documentMetaColumns = [
  'id',
  'child_id',
  'kind',
  'source_id',
  'language',
  'filename',
  'sha256',
  'byte_size',
  'created_by',
  'created_at',
] as const;

export function toDocumentMeta(row: DocumentMetaRow, names: Map<string, StaffRef>): DocumentMeta {
  return {
    id: row.id,
    childId: row.child_id,
    kind: row.kind,
    sourceId: row.source_id,
    language: row.language,
    filename: row.filename,
    sha256: row.sha256,
    byteSize: row.byte_size,
    createdBy: names.get(row.created_by) ?? { id: row.created_by, name: '', title: '', role: null },
    createdAt: row.created_at.toISOString(),
  };
}
