import { errorBodySchema, idSchema } from '@lumo/domain';
import { z } from 'zod';

/** The error answers every route of the area documents; 409 is added where a route can conflict. */
export const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};
export const conflict = { 409: errorBodySchema };

export const childGrantParamsSchema = z.strictObject({ id: idSchema, grantId: idSchema });
