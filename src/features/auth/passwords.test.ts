import { describe, expect, it } from 'vitest';
import { hashPassword, isUsablePasswordHash, UNUSABLE_PASSWORD_HASH, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('verifies a real hash and never the unusable one, whatever is typed', async () => {
    const stored = await hashPassword('correct-horse-1');
    expect(await verifyPassword(stored, 'correct-horse-1')).toBe(true);
    expect(await verifyPassword(stored, 'wrong')).toBe(false);
    expect(isUsablePasswordHash(stored)).toBe(true);
    expect(isUsablePasswordHash(UNUSABLE_PASSWORD_HASH)).toBe(false);
    for (const typed of [UNUSABLE_PASSWORD_HASH, '', 'no-password', '!']) expect(await verifyPassword(UNUSABLE_PASSWORD_HASH, typed)).toBe(false);
  });
});
