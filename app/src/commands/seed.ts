import type { Database } from '../runtime/database.ts';
import { subgraphOrms } from '../runtime/subgraphs.ts';
import { seedDemoData } from '../demo/demo-data.ts';

/** `lotse seed`: demo data into an empty database; a database with users is left alone. */
export async function seed(database: Database, say: (line: string) => void) {
  const identity = await subgraphOrms.identity.open(database.url, 2);
  try {
    say((await seedDemoData(identity, database.url)) ? 'Seeded demo data.' : 'Users exist already: no demo data added.');
  } finally {
    await identity.close();
  }
}
