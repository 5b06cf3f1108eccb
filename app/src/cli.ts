import { ConfigError, loadConfig } from '@lotse/kernel/config/config';
import { createLogger } from '@lotse/kernel/logging';
import { openDatabase } from './runtime/database.ts';
import { signingSecret } from './runtime/signing-secret.ts';
import { migrateAll, subgraphOrms } from './runtime/subgraphs.ts';
import { startLotse } from './runtime/start.ts';
import { DEMO_PASSWORD, demoAccounts, seedDemoData } from './demo/demo-data.ts';

/**
 * `lotse start | migrate | seed`. `start` migrates, seeds demo data on a fresh development
 * database, serves, and prints where to go and how to sign in.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(command: string) {
  const config = loadConfig();
  const logger = createLogger(config.LOTSE_SERVICE, config.LOG_LEVEL);
  const database = await openDatabase(config, say);
  const shutdown = async (running?: { stop(): Promise<void> }) => {
    await running?.stop();
    await database.stop();
  };

  if (command === 'migrate') {
    say(JSON.stringify(await migrateAll(database.url)));
    return shutdown();
  }
  if (config.LOTSE_SERVICE === 'all') await migrateAll(database.url);
  const seedWanted = config.LOTSE_SEED_DEMO ?? config.NODE_ENV !== 'production';
  if (command === 'seed' || (command === 'start' && seedWanted && config.LOTSE_SERVICE === 'all')) {
    const identity = await subgraphOrms.identity.open(database.url, 2);
    const seeded = await seedDemoData(identity, database.url).finally(() => identity.close());
    if (seeded) say('Seeded demo data.');
    if (command === 'seed') return shutdown();
  }
  if (command !== 'start') throw new Error(`Unknown command "${command}". Use start, migrate or seed.`);

  const running = await startLotse({ config, databaseUrl: database.url, secret: await signingSecret(config), logger });
  say(`\nLotse is running (${config.LOTSE_SERVICE}) at ${running.url}`);
  if (running.gateway) {
    say(`  GraphQL API      ${running.url}/graphql`);
    if (config.NODE_ENV !== 'production') say(`  Explorer         ${running.url}/explorer`);
    say(`  Health, metrics  ${running.url}/health  ${running.url}/metrics`);
  }
  if (seedWanted && config.LOTSE_SERVICE === 'all') {
    say(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const account of demoAccounts().filter((a) => a.type === 'staff' || a.email.startsWith('customer1'))) {
      say(`  ${account.email.padEnd(28)} ${account.roles.map((g) => `${g.role}${g.entity ? ` @ ${g.entity}` : ''}`).join(', ')}`);
    }
  }
  const stop = () => void shutdown(running).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv[2] ?? 'start').catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
