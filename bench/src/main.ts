import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { subgraphOrms } from '@lotse/app/runtime/subgraphs';
import { openBenchDatabase } from './database.ts';
import { explainPage } from './explain.ts';
import { environment } from './environment.ts';
import { startLoadGenerator } from './load/load-generator.ts';
import { measureSize } from './measure-size.ts';
import { parseOptions } from './options.ts';
import { ORM_POOL_SIZE } from './page.ts';
import { noProfiler, startProfiler } from './profiler.ts';
import { cpuTable, errorsNote, plansTable, resultsTable, type SizeResult } from './report.ts';
import { benchEntities, seedPeople } from './seed/people.ts';
import { growTickets } from './seed/tickets.ts';
import { startBenchServer } from './server.ts';

/**
 * The benchmark: a fresh database, the people, then for each size grow the tickets, explain the
 * page query and measure the page through the gateway, straight to the subgraph and as raw SQL.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

export async function main(argv: string[]) {
  const options = parseOptions(argv);
  const database = await openBenchDatabase({ dataDir: options.dataDir, log: say });
  const stops: (() => Promise<unknown>)[] = [() => database.stop()];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error: unknown) => console.error(error));
  };
  // Ctrl-C stops the server, the load generator and PostgreSQL instead of leaving them behind.
  const interrupt = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const identity = await subgraphOrms.identity.open(database.url, 2);
    const people = await seedPeople(identity).finally(() => identity.close());
    const server = await startBenchServer(database.url, people.agent);
    stops.push(() => server.stop());
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    stops.push(() => admin.end());
    const load = await startLoadGenerator({
      baseUrl: server.running.url,
      token: server.token,
      secret: server.secret,
      context: server.context,
      databaseUrl: database.url,
      poolSize: ORM_POOL_SIZE,
    });
    stops.push(() => load.stop());
    say(`Lotse at ${server.running.url} (production settings, logs in ${server.logFile}); load generator in a child process.`);

    const profiler = options.profileDir ? await startProfiler(options.profileDir) : noProfiler;
    const results: SizeResult[] = [];
    for (const [index, size] of options.sizes.entries()) {
      say(`Seeding to ${size.toLocaleString('en')} tickets …`);
      const began = performance.now();
      await growTickets(admin, size, { entities: benchEntities, people: people.byEntity, spreadDays: 730, chunk: 50_000, log: say });
      const seedSeconds = (performance.now() - began) / 1000;
      if (index === 0) {
        const ids = await load.verify();
        const same = ids.gateway.length === 50 && ids.gateway.join() === ids.subgraph.join() && ids.subgraph.join() === ids.sql.join();
        if (!same) throw new Error(`the three paths disagree on the page: ${JSON.stringify(ids)}`);
        say('  the gateway, the subgraph and the SQL return the same 50 tickets.');
      }
      const plan = options.explain ? await explainPage(admin) : null;
      if (plan) say(`  plan: ${plan.scans.join('; ')} — ${plan.executionMs} ms, buffers: ${plan.sharedHit} hit, ${plan.sharedRead} read`);
      results.push({ size, seedSeconds, plan, cells: await measureSize(load, options, size, profiler, say) });
    }

    const report = [
      `Command: \`${['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ')}\`; ${options.runs} runs of ${options.durationMs / 1000} s per path after a ${options.warmupMs / 1000} s warm-up, medians.`,
      '',
      environment(database.describe),
      '',
      resultsTable(results),
      '',
      cpuTable(results),
      '',
      plansTable(results),
      '',
      errorsNote(results),
      '',
    ].join('\n');
    say(`\n${report}`);
    if (options.out) await writeFile(options.out, report);
  } finally {
    await stopAll();
  }
}
