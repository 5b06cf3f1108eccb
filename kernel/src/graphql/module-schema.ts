import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { resolverGaps, type ResolverMap } from './resolver-coverage.ts';

/**
 * Builds a subgraph's schema from its SDL and its feature modules. The resolver map is not written by
 * hand: every file `modules/<module>/resolvers/<Type>.ts` exports one object named after the GraphQL
 * type it resolves (`export const Query: QueryResolvers = { … }`), and this loader merges them. Several
 * modules may resolve fields of one type; resolving the same field twice is refused, and so is any
 * gap between schema and resolvers (see resolver-coverage.ts).
 */
export async function loadModuleResolvers(modulesDir: string): Promise<ResolverMap> {
  const merged: Record<string, Record<string, unknown>> = {};
  const modules = (await readdir(modulesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  for (const module of modules.map((entry) => entry.name).sort()) {
    const dir = path.join(modulesDir, module, 'resolvers');
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((name) => /^[A-Z]\w*\.ts$/.test(name)).sort()) {
      const typeName = file.slice(0, -'.ts'.length);
      const exported = (await import(pathToFileURL(path.join(dir, file)).href))[typeName] as unknown;
      if (!exported || typeof exported !== 'object')
        throw new Error(`${module}/resolvers/${file} must export const ${typeName}`);
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(exported)) {
        if (field in target) throw new Error(`${typeName}.${field} is resolved twice (again in ${module})`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

/** Object types this subgraph resolves as federation entities (`@key` without `resolvable: false`). */
function entityTypeNames(typeDefs: DocumentNode): string[] {
  const names = new Set<string>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const resolvable = definition.directives?.some(
      (directive) =>
        directive.name.value === 'key' &&
        !directive.arguments?.some(
          (arg) => arg.name.value === 'resolvable' && arg.value.kind === Kind.BOOLEAN && !arg.value.value,
        ),
    );
    if (resolvable) names.add(definition.name.value);
  }
  return [...names];
}

export interface ModuleSchemaOptions {
  typeDefs: DocumentNode;
  /** The subgraph's `src/modules` folder. */
  modulesDir: string;
  /** Resolvers every subgraph shares, such as the DateTime scalar. */
  shared?: ResolverMap;
}

export async function buildModuleSchema(options: ModuleSchemaOptions): Promise<GraphQLSchema> {
  const resolvers = { ...options.shared, ...(await loadModuleResolvers(options.modulesDir)) };
  const schema = buildSubgraphSchema([
    { typeDefs: options.typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> },
  ]);
  const gaps = resolverGaps(schema, resolvers, entityTypeNames(options.typeDefs));
  if (gaps.length) throw new Error(`The schema and its resolvers disagree:\n- ${gaps.join('\n- ')}`);
  return schema;
}
