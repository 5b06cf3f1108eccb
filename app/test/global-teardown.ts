import pg from 'pg';
import { TEST_ADMIN_URL, TEST_TEMPLATE } from './database.ts';

/** Drops what the run created; stops the embedded server if global-setup started one. */
export default async function globalTeardown() {
  if (globalThis.lotseTestPostgres) {
    await globalThis.lotseTestPostgres.stop();
    return;
  }
  const client = new pg.Client({ connectionString: process.env[TEST_ADMIN_URL] });
  await client.connect();
  try {
    const template = process.env[TEST_TEMPLATE]!;
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname = $1 or datname like $2`,
      [template, `${template}_t%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
