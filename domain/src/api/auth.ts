import { z } from 'zod';
import { idSchema, languageSchema } from './common';

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const secondFactorStateSchema = z.enum(['not_required', 'pending', 'enrolment_required', 'verified']);
export type SecondFactorState = z.infer<typeof secondFactorStateSchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  username: z.string(),
  name: z.string(),
  title: z.string(),
  roles: z.array(z.string()),
  language: languageSchema,
  organisation: z.object({ id: idSchema, name: z.object({ fi: z.string(), sv: z.string() }) }),
  totpEnabled: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  user: sessionUserSchema,
  secondFactor: secondFactorStateSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
  idleTimeoutMinutes: z.number(),
  can: z.array(z.string()),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

export const totpCodeRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});

export const totpSetupSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TotpSetup = z.infer<typeof totpSetupSchema>;

export const languageRequestSchema = z.strictObject({ language: languageSchema });
