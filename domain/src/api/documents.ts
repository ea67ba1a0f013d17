import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema } from './common';

export const documentRequestSchema = z.strictObject({ language: z.enum(['fi', 'sv']) });

export const documentSchema = z.object({
  id: idSchema,
  childId: idSchema,
  kind: z.enum(['assessment_summary', 'client_plan']),
  sourceId: idSchema,
  language: z.enum(['fi', 'sv']),
  filename: z.string(),
  /** The SHA-256 of the bytes as given to the family, hex. */
  sha256: z.string(),
  byteSize: z.number(),
  createdBy: staffRefSchema,
  createdAt: instantSchema,
});
export type DocumentMeta = z.infer<typeof documentSchema>;

export const documentListSchema = z.object({ documents: z.array(documentSchema) });
