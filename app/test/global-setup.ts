import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '@lotse/kernel/db/embedded-postgres';
import { migrateAll } from '../src/runtime/subgraphs.ts';
import { databaseUrl, TEST_ADMIN_URL, TEST_TEMPLATE } from './database.ts';

/**
 * Starts one PostgreSQL for the whole run (embedded, or the server at DATABASE_URL) and migrates a
 * template database that every test file clones.
 */
declare global {
  var lotseTestPostgres: EmbeddedServer | undefined;
}

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'lotse-test-'));
    globalThis.lotseTestPostgres = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = globalThis.lotseTestPostgres.adminUrl;
  }
  const template = `lotse_template_${process.pid}`;
  await ensureDatabase(adminUrl, template);
  await migrateAll(databaseUrl(adminUrl, template));
  process.env[TEST_ADMIN_URL] = adminUrl;
  process.env[TEST_TEMPLATE] = template;
}
