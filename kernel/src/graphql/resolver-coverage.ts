import { isEnumType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';

/** A resolver map as modules assemble it: type name → field name → resolver (or scalar, or enum values). */
export type ResolverMap = Record<string, object>;

const rootTypes = ['Query', 'Mutation', 'Subscription'];
/** Resolver keys GraphQL and federation read that are not schema fields. */
const specialKeys = new Set(['__resolveReference', '__resolveType', '__isTypeOf']);

/**
 * The gaps between a subgraph's schema and its resolvers, as sentences. A root field without a
 * resolver would answer null forever, and an entity without `__resolveReference` would hand the
 * gateway its own key back as the object; a resolver for something the schema lacks is dead code.
 * The subgraph refuses to start on any of them, so a new field cannot be forgotten.
 */
export function resolverGaps(schema: GraphQLSchema, resolvers: ResolverMap, entityTypes: string[]): string[] {
  const gaps: string[] = [];
  for (const name of rootTypes) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    const resolved = (resolvers[name] ?? {}) as Record<string, unknown>;
    for (const field of Object.keys(type.getFields())) {
      if (field.startsWith('_')) continue; // federation's _service and _entities resolve themselves
      if (!(field in resolved)) gaps.push(`${name}.${field} has no resolver`);
    }
  }
  for (const name of entityTypes) {
    if (!('__resolveReference' in (resolvers[name] ?? {}))) gaps.push(`${name} has no __resolveReference`);
  }
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) {
      gaps.push(`${typeName} is resolved but not in the schema`);
      continue;
    }
    if (isScalarType(type)) continue;
    const known = isEnumType(type)
      ? type.getValues().map((value) => value.name)
      : isObjectType(type)
        ? Object.keys(type.getFields())
        : [];
    for (const field of Object.keys(fields)) {
      if (!specialKeys.has(field) && !known.includes(field))
        gaps.push(`${typeName}.${field} is resolved but not in the schema`);
    }
  }
  return gaps;
}
