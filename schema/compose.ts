import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { defaultSubgraphUrl, subgraphNames, subgraphSdl, supergraphPath } from './subgraphs.ts';

/**
 * Composes the subgraph SDL into the supergraph the gateway serves. `npm run compose` writes it;
 * `--check` (used by the tests) fails when the committed file is stale.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphNames.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphSdl(name)) })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}

if (import.meta.main) {
  const composed = composeSupergraph();
  if (process.argv.includes('--check')) {
    if (readFileSync(supergraphPath, 'utf8') !== composed) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose`.');
      process.exit(1);
    }
  } else {
    writeFileSync(supergraphPath, composed);
  }
}
