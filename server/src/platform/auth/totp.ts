import { generateSecret, generateURI, verify } from 'otplib';

const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: 'Lumo', label: username, secret });
}

/**
 * Checks a code against the secret at the given time, one period of clock drift allowed either
 * way. Returns the time step used, so the caller can refuse to accept the same code twice.
 */
export async function checkTotp(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
