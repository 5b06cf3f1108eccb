import {
  Kind,
  OperationTypeNode,
  parseType,
  print,
  responsePathAsArray,
  type GraphQLError,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import type { InternalContext } from '@lotse/kernel/context/principal';
import { pruneDocument, withTypenames } from './document-tools.ts';
import type { GatewayExecutor } from './gateway-executor.ts';
import type { ResolvedEntity } from './subscription-catalog.ts';
import { toGraphQLError } from './upstream-errors.ts';

/**
 * Loads one entity of an event with the client's selection of it, through the gateway, as the
 * subscriber is now: `query($key: ID!) { ticket(id: $key) { …client selection… } }`. That resolves
 * fields other subgraphs own and re-applies the subscriber's current access, per event. The query
 * text depends only on where in the operation the entity sits, so it is built once per position.
 */
export interface LoadedEntity {
  /** The entity as the client selected it (response keys, aliases included), or null when out of reach. */
  value: unknown;
  errors: GraphQLError[];
}

export type EntityLoader = (
  entity: ResolvedEntity,
  key: unknown,
  info: GraphQLResolveInfo,
  internal: InternalContext,
) => Promise<LoadedEntity>;

interface LookupPlan {
  query: string;
  keyVariable: string;
  variableNames: string[];
}

export function createEntityLoader(execute: GatewayExecutor, schema: GraphQLResolveInfo['schema']): EntityLoader {
  const plans = new Map<string, LookupPlan>();

  return async (entity, key, info, internal) => {
    const path = responsePathAsArray(info.path);
    const position = path.filter((segment) => typeof segment === 'string').join('.');
    let plan = plans.get(position);
    if (!plan) {
      plan = lookupPlan(entity, info, schema);
      plans.set(position, plan);
    }
    const variables: Record<string, unknown> = { [plan.keyVariable]: key };
    for (const name of plan.variableNames) variables[name] = info.variableValues[name];
    const result = await execute({ query: plan.query, variables, operationName: 'LotseEntityLookup' }, internal);
    // Errors are re-homed from the lookup's path (`ticket.createdBy`) to the client's (`ticketEvents.ticket.createdBy`).
    const errors = (result.errors ?? []).map((error) =>
      toGraphQLError(error, error.path ? [...path, ...error.path.slice(1)] : path),
    );
    return { value: result.data?.[entity.lookup] ?? null, errors };
  };
}

function lookupPlan(entity: ResolvedEntity, info: GraphQLResolveInfo, schema: GraphQLResolveInfo['schema']): LookupPlan {
  const clientVariables = info.operation.variableDefinitions ?? [];
  const taken = new Set(clientVariables.map((definition) => definition.variable.name.value));
  let keyVariable = 'lotseKey';
  for (let i = 2; taken.has(keyVariable); i++) keyVariable = `lotseKey${i}`;

  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    name: { kind: Kind.NAME, value: 'LotseEntityLookup' },
    variableDefinitions: [
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: keyVariable } },
        type: parseType(entity.keyType),
      },
      ...clientVariables,
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          name: { kind: Kind.NAME, value: entity.lookup },
          arguments: [
            {
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: entity.argument },
              value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: keyVariable } },
            },
          ],
          // Every occurrence of the field under this response key, merged as GraphQL merges them.
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
          },
        },
      ],
    },
  };
  const document = withTypenames(schema, pruneDocument(operation, Object.values(info.fragments)));
  const kept = (document.definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];
  return {
    query: print(document),
    keyVariable,
    variableNames: kept.map((definition) => definition.variable.name.value).filter((name) => name !== keyVariable),
  };
}
