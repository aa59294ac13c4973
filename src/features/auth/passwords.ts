import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Stored for accounts that have no password yet (users brought in by `genjin import`): no argon2 hash starts
 * with `!`, so nothing verifies against it; an administrator's password reset gives them one.
 */
export const UNUSABLE_PASSWORD_HASH = '!no-password';

export function isUsablePasswordHash(stored: string): boolean {
  return !stored.startsWith('!');
}

/**
 * Verifies a password. With no stored hash (unknown login) or an unusable one it still runs one argon2 verification against a
 * dummy hash, so an unknown login takes as long as a wrong password.
 */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  // An unusable hash takes the unknown-login path: the same work, and never a match.
  if (stored === undefined || !isUsablePasswordHash(stored)) {
    dummyHash ??= hashPassword('genjin-timing-equalizer');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
