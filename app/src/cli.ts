import { ConfigError, loadConfig } from '@lotse/kernel/config/config';
import { badInput, LotseError } from '@lotse/kernel/errors';
import { openDatabase } from './runtime/database.ts';
import { migrateAll } from './runtime/subgraphs.ts';
import { createAdmin } from './commands/create-admin.ts';
import { importTickets } from './commands/import-tickets.ts';
import { seed } from './commands/seed.ts';
import { start } from './commands/start.ts';

/** `lotse start | migrate | seed | create-admin | import-tickets <file>` — see the README. */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main([command = 'start', ...args]: string[]) {
  const config = loadConfig();
  const commands: Record<string, (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<unknown>> = {
    start: (database) => start(config, database, say),
    migrate: async (database) => say(JSON.stringify(await migrateAll(database.url))),
    seed: async (database) => {
      await migrateAll(database.url);
      await seed(database, say);
    },
    'create-admin': (database) => createAdmin(args, database, say),
    'import-tickets': (database) => importTickets(args, database, say),
  };
  const run = commands[command];
  if (!run) throw badInput(`Unknown command "${command}". Use ${Object.keys(commands).join(', ')}.`);
  const database = await openDatabase(config, say);
  try {
    await run(database);
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    // Expected failures (bad configuration, bad arguments) get their message; anything else its stack.
    console.error(error instanceof ConfigError || error instanceof LotseError ? error.message : error);
    process.exit(1);
  },
);
