import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';
import { apiSchemaPath, defaultSubgraphUrl, subgraphNames, subgraphSdl, supergraphPath } from './subgraphs.ts';

/**
 * Composes the subgraph SDL into the supergraph the gateway serves, and prints the API schema
 * clients see (no federation machinery) for mobile and partner clients and for web/'s codegen.
 * `npm run compose` writes both; `--check` fails when a committed file is stale.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphNames.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphSdl(name)) })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}

export const printApiSchema = (supergraphSdl: string): string =>
  `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema())}\n`;

if (import.meta.main) {
  const supergraph = composeSupergraph();
  const outputs = [
    { path: supergraphPath, content: supergraph },
    { path: apiSchemaPath, content: printApiSchema(supergraph) },
  ];
  for (const output of outputs) {
    if (!process.argv.includes('--check')) writeFileSync(output.path, output.content);
    else if (readFileSync(output.path, 'utf8') !== output.content) {
      console.error(`${output.path} is stale: run \`npm run compose\`.`);
      process.exitCode = 1;
    }
  }
}
