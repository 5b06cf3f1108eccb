import {
  Kind,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { field, pruneDocument, selectionSet, withTypenames } from './document-tools.ts';
import type { ResolvedEntity } from './subscription-catalog.ts';

/**
 * The operation sent to the owning subgraph: the client's subscription with every entity's
 * selection cut down to its key (`ticket { __typename id }`). The subgraph can resolve that on its
 * own; the rest of each entity, which may live in other subgraphs, is loaded by the gateway per event.
 * Aliases, arguments and directives stay, so the upstream data has the client's response keys.
 */
export interface UpstreamRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export function upstreamRequest(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  entities: ReadonlyMap<string, ResolvedEntity>;
  variables: Record<string, unknown> | null | undefined;
}): UpstreamRequest {
  const { schema, entities } = options;
  const fragments = options.document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const typeInfo = new TypeInfo(schema);
  const cut = visit(
    { kind: Kind.DOCUMENT, definitions: [options.operation, ...fragments] } as DocumentNode,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const entity = entities.get(`${typeInfo.getParentType()?.name}.${node.name.value}`);
        if (!entity) return undefined;
        return { ...node, selectionSet: selectionSet(field(entity.key)) };
      },
    }),
  );
  const [operation, ...rest] = cut.definitions as [OperationDefinitionNode, ...FragmentDefinitionNode[]];
  const document = withTypenames(schema, pruneDocument(operation, rest));
  const kept = (document.definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];
  const variables = Object.fromEntries(
    kept
      .map((definition) => definition.variable.name.value)
      .filter((name) => options.variables && name in options.variables)
      .map((name) => [name, options.variables![name]]),
  );
  return {
    query: print(document),
    ...(kept.length ? { variables } : {}),
    ...(operation.name ? { operationName: operation.name.value } : {}),
  };
}
