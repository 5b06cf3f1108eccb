/**
 * Where the test suite's PostgreSQL is: the embedded server global-setup started, or DATABASE_URL.
 * Each test file gets its own database, cloned from a migrated template in milliseconds.
 */
export const TEST_ADMIN_URL = 'LOTSE_TEST_ADMIN_URL';
export const TEST_TEMPLATE = 'LOTSE_TEST_TEMPLATE';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
