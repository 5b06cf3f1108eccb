import {
  execute,
  responsePathAsArray,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { InternalContext } from '@lotse/kernel/context/principal';
import type { EntityLoader } from './entity-loader.ts';
import type { ResolvedEntity } from './subscription-catalog.ts';
import { toGraphQLError } from './upstream-errors.ts';

/**
 * Turns one upstream event into the client's result by executing the client's own operation over
 * it with graphql-js: the event data already has the client's response keys, so every field reads
 * its value by response key, except entity fields, which are loaded through the gateway. graphql-js
 * takes care of fragments, aliases, @include/@skip, __typename, null propagation and serialization.
 */
export interface EventOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  entities: ReadonlyMap<string, ResolvedEntity>;
  loadEntity: EntityLoader;
}

interface EventContext {
  internal: InternalContext;
  errors: GraphQLError[];
  /** Set when an entity the event is about is out of the subscriber's reach now: the event is dropped. */
  dropped: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const depthOf = (path: ReadonlyArray<string | number>) => path.filter((segment) => typeof segment === 'string').length;

const fieldResolver: (operation: EventOperation) => GraphQLFieldResolver<unknown, EventContext> =
  (operation) => (source, _args, context, info) => {
    const value = isRecord(source) ? source[info.path.key] : undefined;
    const entity = operation.entities.get(`${info.parentType.name}.${info.fieldName}`);
    if (!entity || value === null || value === undefined) return value;
    if (depthOf(responsePathAsArray(info.path)) !== entity.depth) return value;
    const load = async (reference: unknown) => {
      const key = isRecord(reference) ? reference[entity.key] : undefined;
      const loaded = await operation.loadEntity(entity, key, info, context.internal);
      context.errors.push(...loaded.errors);
      return loaded.value;
    };
    if (Array.isArray(value)) {
      // In a list, entities the subscriber cannot see are left out; the rest of the event stands.
      return Promise.all(value.map(load)).then((items) => items.filter((item) => item !== null));
    }
    return load(value).then((loaded) => {
      if (loaded === null) context.dropped = true;
      return loaded;
    });
  };

/** The client's result for one upstream event, or null when the event must not be delivered. */
export async function executeEvent(
  operation: EventOperation,
  upstream: FormattedExecutionResult,
  internal: InternalContext,
): Promise<ExecutionResult | null> {
  const upstreamErrors = (upstream.errors ?? []).map((error) => toGraphQLError(error));
  if (!upstream.data) return { errors: upstreamErrors };
  const context: EventContext = { internal, errors: [], dropped: false };
  const result = await execute({
    schema: operation.schema,
    document: operation.document,
    operationName: operation.operationName,
    variableValues: operation.variables,
    rootValue: upstream.data,
    contextValue: context,
    fieldResolver: fieldResolver(operation),
  });
  if (context.dropped) return null;
  const errors = [...upstreamErrors, ...context.errors, ...(result.errors ?? [])];
  return errors.length ? { data: result.data, errors } : { data: result.data };
}
