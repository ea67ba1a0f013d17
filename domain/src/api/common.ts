import { z } from 'zod';

export const idSchema = z.uuid();
export const localDateSchema = z.iso.date();
export const instantSchema = z.iso.datetime({ offset: true });
export const languageSchema = z.enum(['fi', 'sv', 'en']);

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
    requestId: z.string(),
    issues: z
      .array(
        z.object({
          path: z.string(),
          code: z.string(),
          messages: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
        }),
      )
      .optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const idParamsSchema = z.strictObject({ id: idSchema });
