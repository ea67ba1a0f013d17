import { errorBodySchema } from '@lumo/domain';

/** The error answers every route of the area documents; 409 is added per route with what it carries. */
export const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};
