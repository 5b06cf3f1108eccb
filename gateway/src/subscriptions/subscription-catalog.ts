import { Supergraph } from '@apollo/federation-internals';
import { getNamedType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { subscriptionRoutes, type EntityRoute } from './routes.ts';

/**
 * What the gateway knows about subscriptions, derived once from the supergraph: the API schema that
 * client operations are validated against (never the supergraph, whose join__ machinery is not
 * for clients), which subgraph owns each subscription field, and where its entity lookups apply.
 * Every route is checked here, at start-up, so a typo in routes.ts fails the boot, not a client.
 */
export interface ResolvedEntity {
  /** `Type.field` of the entity field inside the event, e.g. `TicketEvent.ticket`. */
  coordinate: string;
  /** How many fields deep it sits in the response (the subscription field is depth 1). */
  depth: number;
  lookup: string;
  argument: string;
  key: string;
  /** The lookup argument's type as written in an operation, e.g. `ID!`. */
  keyType: string;
}

export interface SubscriptionField {
  name: string;
  /** The subgraph that streams this field's events. */
  subgraph: string;
  /** Entity fields resolved through the gateway, by coordinate. */
  entities: ReadonlyMap<string, ResolvedEntity>;
}

export interface SubscriptionCatalog {
  apiSchema: GraphQLSchema;
  fields: ReadonlyMap<string, SubscriptionField>;
}

export function buildSubscriptionCatalog(
  supergraphSdl: string,
  routes: Readonly<Record<string, readonly EntityRoute[]>> = subscriptionRoutes,
): SubscriptionCatalog {
  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema().toGraphQLJSSchema();

  // Ownership comes from the subgraphs the supergraph was composed from (its join__type/join__field).
  const owners = new Map<string, string>();
  for (const subgraph of supergraph.subgraphs()) {
    for (const field of subgraph.schema.schemaDefinition.rootType('subscription')?.fields() ?? []) {
      const other = owners.get(field.name);
      if (other) throw new Error(`Subscription.${field.name} is defined by both ${other} and ${subgraph.name}`);
      owners.set(field.name, subgraph.name);
    }
  }

  const fields = new Map<string, SubscriptionField>();
  for (const field of Object.values(apiSchema.getSubscriptionType()?.getFields() ?? {})) {
    const subgraph = owners.get(field.name);
    if (!subgraph) throw new Error(`No subgraph owns Subscription.${field.name}`);
    const entities = new Map((routes[field.name] ?? []).map((route) => {
      const entity = resolveRoute(apiSchema, field, route);
      return [entity.coordinate, entity] as const;
    }));
    fields.set(field.name, { name: field.name, subgraph, entities });
  }
  for (const name of Object.keys(routes)) {
    if (!fields.has(name)) throw new Error(`routes.ts names Subscription.${name}, which the supergraph does not have`);
  }
  return { apiSchema, fields };
}

function resolveRoute(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, route: EntityRoute): ResolvedEntity {
  const where = `route Subscription.${field.name} → ${route.path}`;
  const segments = route.path.split('.');
  let type = getNamedType(field.type);
  let coordinate = '';
  for (const segment of segments) {
    // Object types only: a resolver sees the concrete parent type, so an interface coordinate would never match.
    if (!isObjectType(type)) throw new Error(`${where}: ${type.name} is not an object type`);
    const next = type.getFields()[segment];
    if (!next) throw new Error(`${where}: ${type.name} has no field ${segment}`);
    coordinate = `${type.name}.${segment}`;
    type = getNamedType(next.type);
  }
  if (!isObjectType(type) || !type.getFields()[route.key]) {
    throw new Error(`${where}: ${type.name} has no key field ${route.key}`);
  }
  const lookup = schema.getQueryType()?.getFields()[route.lookup];
  const argument = lookup?.args.find((arg) => arg.name === route.argument);
  if (!lookup || !argument) throw new Error(`${where}: Query.${route.lookup}(${route.argument}:) does not exist`);
  if (getNamedType(lookup.type) !== type) {
    throw new Error(`${where}: Query.${route.lookup} returns ${getNamedType(lookup.type).name}, not ${type.name}`);
  }
  return {
    coordinate,
    depth: 1 + segments.length,
    lookup: route.lookup,
    argument: route.argument,
    key: route.key,
    keyType: argument.type.toString(),
  };
}
