import { describe, expect, it } from '@jest/globals';
import { hashSecret, newSecret, secretKind } from './secrets.ts';

describe('newSecret', () => {
  it('prefixes session secrets with lss_ and API tokens with lat_', () => {
    expect(newSecret('session')).toMatch(/^lss_/);
    expect(newSecret('apiToken')).toMatch(/^lat_/);
  });

  it('carries 256 random bits as base64url after the prefix', () => {
    for (const kind of ['session', 'apiToken'] as const) {
      const body = newSecret(kind).slice(4);
      expect(body).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(body, 'base64url')).toHaveLength(32);
    }
  });

  it('never repeats', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => newSecret('session')));
    expect(secrets.size).toBe(200);
  });
});

describe('secretKind', () => {
  it('recognises the kind of a fresh secret', () => {
    expect(secretKind(newSecret('session'))).toBe('session');
    expect(secretKind(newSecret('apiToken'))).toBe('apiToken');
  });

  it.each(['', 'abc', 'LSS_abc', 'LAT_abc', 'lss', 'xlss_abc', 'Bearer lss_abc', 'lst_abc'])(
    'does not recognise %p',
    (secret) => {
      expect(secretKind(secret)).toBeNull();
    },
  );
});

describe('hashSecret', () => {
  it('is the hex SHA-256 of the secret', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is deterministic and differs between secrets', () => {
    const secret = newSecret('apiToken');
    expect(hashSecret(secret)).toBe(hashSecret(secret));
    expect(hashSecret(secret)).not.toBe(hashSecret(newSecret('apiToken')));
    expect(hashSecret(secret)).not.toContain(secret.slice(4));
  });
});
