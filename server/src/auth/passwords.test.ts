import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('uses argon2id with the OWASP parameters (19 MiB, t=2, p=1)', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('verifies the right password only, and never an unknown account', async () => {
    const hash = await hashPassword('the right one');
    expect(await verifyPassword(hash, 'the right one')).toBe(true);
    expect(await verifyPassword(hash, 'the wrong one')).toBe(false);
    expect(await verifyPassword(undefined, 'decoy password that matches no account')).toBe(false);
  });
});
