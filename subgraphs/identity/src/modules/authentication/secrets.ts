import { createHash, randomBytes } from 'node:crypto';

/**
 * Bearer secrets: 256 random bits behind a readable prefix (`lss_` sessions, `lat_` API tokens).
 * They are looked up by SHA-256; a slow password hash would add nothing for secrets this random.
 */
export type SecretKind = 'session' | 'apiToken';
const prefixes: Record<SecretKind, string> = { session: 'lss_', apiToken: 'lat_' };

export const newSecret = (kind: SecretKind) => `${prefixes[kind]}${randomBytes(32).toString('base64url')}`;
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const secretKind = (secret: string): SecretKind | null =>
  secret.startsWith(prefixes.session) ? 'session' : secret.startsWith(prefixes.apiToken) ? 'apiToken' : null;
