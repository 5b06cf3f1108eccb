import type { Config } from '@lotse/kernel/config/config';
import { createLogger } from '@lotse/kernel/logging';
import type { Database } from '../runtime/database.ts';
import { firstShutdownSignal } from '../runtime/shutdown-signal.ts';
import { signingSecret } from '../runtime/signing-secret.ts';
import { migrateAll } from '../runtime/subgraphs.ts';
import { startLotse } from '../runtime/start.ts';
import { DEMO_PASSWORD, demoAccounts } from '../demo/demo-data.ts';
import { seed } from './seed.ts';

/**
 * `lotse start`: in all-in-one mode migrates and (outside production) seeds demo data first, then
 * serves and prints where to go and how to sign in. Runs until SIGINT, SIGTERM or SIGHUP, then stops
 * in order (RunningLotse.stop); the CLI stops the database last.
 */
export async function start(config: Config, database: Database, say: (line: string) => void) {
  // Listening from the start: a signal during migration or seeding stops Lotse once it is up.
  const shutdown = firstShutdownSignal();
  const allInOne = config.LOTSE_SERVICE === 'all';
  const withDemo = allInOne && (config.LOTSE_SEED_DEMO ?? config.NODE_ENV !== 'production');
  if (allInOne) await migrateAll(database.url);
  if (withDemo) await seed(database, say);

  // Development gets readable lines in the terminal; production keeps one JSON object per line.
  const logger = createLogger(
    config.LOTSE_SERVICE,
    config.LOG_LEVEL,
    config.NODE_ENV === 'development' ? 'pretty' : 'json',
  );
  const running = await startLotse({
    config,
    databaseUrl: database.url,
    secret: await signingSecret(config),
    logger,
  });
  say(`\nLotse is running (${config.LOTSE_SERVICE}) at ${running.url}`);
  if (running.gateway) {
    say(`  GraphQL API      ${running.url}/graphql  (WebSocket subscriptions on the same path)`);
    if (config.NODE_ENV !== 'production') say(`  Explorer         ${running.url}/explorer`);
    say(`  Health, metrics  ${running.url}/health  ${running.url}/metrics`);
  }
  if (withDemo) {
    say(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    const shown = demoAccounts().filter((a) => a.type === 'staff' || a.email.startsWith('customer1'));
    for (const account of shown) {
      const roles = account.roles.map((g) => `${g.role}${g.entity ? ` @ ${g.entity}` : ''}`).join(', ');
      say(`  ${account.email.padEnd(28)} ${roles}`);
    }
  }
  const signal = await shutdown;
  say(`\nStopping Lotse (${signal}) …`);
  await running.stop();
}
