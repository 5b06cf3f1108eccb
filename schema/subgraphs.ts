import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The subgraphs that make up Lotse and where their SDL lives. Every file under schema/<name>/ is
 * part of that subgraph's schema: `subgraph.graphql` (federation link, shared scalars, other
 * subgraphs' entities it refers to) first, then one file per feature module, named like the module's
 * folder under subgraphs/<name>/src/modules/.
 */
export const subgraphNames = ['identity', 'tickets'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export const schemaDir = import.meta.dirname;
export const supergraphPath = path.join(schemaDir, 'supergraph.graphql');
/** The schema clients see: the supergraph without federation's types and directives. */
export const apiSchemaPath = path.join(schemaDir, 'api.graphql');

const SUBGRAPH_FILE = 'subgraph.graphql';

export function subgraphSdl(name: SubgraphName): string {
  const dir = path.join(schemaDir, name);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => Number(b === SUBGRAPH_FILE) - Number(a === SUBGRAPH_FILE) || a.localeCompare(b))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}

/** The URL a subgraph has in the committed supergraph; deployments override it (IDENTITY_URL, …). */
export const defaultSubgraphUrl = (name: SubgraphName) => `http://127.0.0.1:4000/subgraphs/${name}/graphql`;
