import { parseArgs } from 'node:util';
import { badInput } from '@lotse/kernel/errors';
import { createSuperAdmin } from '@lotse/identity/seed/create-admin';
import type { Database } from '../runtime/database.ts';
import { migrateAll, subgraphOrms } from '../runtime/subgraphs.ts';

/**
 * `lotse create-admin --email you@example.com [--name "…"]` with the password in
 * LOTSE_ADMIN_PASSWORD (an argument would end up in shell history and process lists).
 */
export async function createAdmin(args: string[], database: Database, say: (line: string) => void) {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' } } });
  const password = process.env.LOTSE_ADMIN_PASSWORD;
  if (!values.email || !password) {
    throw badInput('Usage: LOTSE_ADMIN_PASSWORD=… lotse create-admin --email you@example.com [--name "Your Name"]');
  }
  await migrateAll(database.url);
  const identity = await subgraphOrms.identity.open(database.url, 2);
  try {
    const user = await createSuperAdmin(identity.em.fork(), { email: values.email, name: values.name ?? '', password });
    say(`Created super admin ${user.email} (${user.id}).`);
  } finally {
    await identity.close();
  }
}
