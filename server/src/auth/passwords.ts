import argon2 from 'argon2';

/** OWASP's argon2id parameters: 19 MiB, 2 iterations, 1 lane. */
export const passwordHashOptions = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, passwordHashOptions);
}

// Verified against when the email is unknown, so that both failures cost one argon2 run.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that matches no account');
  const ok = await argon2.verify(hash ?? (await decoyHash), password);
  return ok && hash !== undefined;
}
