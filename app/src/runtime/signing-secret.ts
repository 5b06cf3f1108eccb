import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '@lotse/kernel/config/config';

/**
 * The gateway↔subgraph signing secret. Production must configure one (the config refuses to boot
 * without it); a development machine gets a random one, kept in the data directory.
 */
export async function signingSecret(config: Config): Promise<string> {
  if (config.LOTSE_SIGNING_SECRET) return config.LOTSE_SIGNING_SECRET;
  await mkdir(config.LOTSE_DATA_DIR, { recursive: true });
  const file = path.join(config.LOTSE_DATA_DIR, 'signing-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
