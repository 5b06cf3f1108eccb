import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword as verifyReporting } from './passwords.ts';

const unexpectedReport = (error: unknown) => {
  throw new Error(`reported a corrupt hash: ${String(error)}`);
};
const verifyPassword = (hash: string | null | undefined, password: string) =>
  verifyReporting(hash, password, unexpectedReport);

describe('passwords', () => {
  it('hashes with argon2id at 19 MiB, 2 iterations, parallelism 1', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain('correct horse');
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('verifies the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    await expect(verifyPassword(hash, 'correct horse battery staple')).resolves.toBe(true);
  });

  it('refuses a wrong password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    await expect(verifyPassword(hash, 'Correct horse battery staple')).resolves.toBe(false);
    await expect(verifyPassword(hash, '')).resolves.toBe(false);
  });

  it('refuses every password when there is no hash', async () => {
    await expect(verifyPassword(null, 'lotse-decoy-password')).resolves.toBe(false);
    await expect(verifyPassword(undefined, 'anything')).resolves.toBe(false);
    await expect(verifyPassword('', 'anything')).resolves.toBe(false);
  });

  it('refuses instead of throwing when the stored hash is not an argon2 hash, and reports it', async () => {
    const reports: unknown[] = [];
    await expect(verifyReporting('not-a-hash', 'anything', (error) => reports.push(error))).resolves.toBe(
      false,
    );
    expect(reports).toHaveLength(1);
  });
});
