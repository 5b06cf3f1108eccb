import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Small AST edits shared by the upstream and lookup documents, which are cut out of a client's
 * operation: after a cut, fragments and variables may be left unused, and GraphQL validation
 * (NoUnusedFragments, NoUnusedVariables) would refuse the document.
 */
export const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

export const selectionSet = (...fields: FieldNode[]): SelectionSetNode => ({ kind: Kind.SELECTION_SET, selections: fields });

/** An operation plus exactly the fragments it reaches and the variable definitions it uses. */
export function pruneDocument(
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
): DocumentNode {
  const byName = new Map(fragments.map((fragment) => [fragment.name.value, fragment]));
  const used = new Map<string, FragmentDefinitionNode>();
  const variables = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      VariableDefinition: () => false, // a definition is not a use
      Variable: (variable) => void variables.add(variable.name.value),
      FragmentSpread: (spread) => {
        const fragment = byName.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const kept: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: operation.variableDefinitions?.filter((definition) => variables.has(definition.variable.name.value)),
  };
  return { kind: Kind.DOCUMENT, definitions: [kept, ...used.values()] };
}

/**
 * Adds `__typename` to every selection set below the root, so that the gateway can tell the
 * concrete type of interface and union values when it re-executes the client's selection on data
 * that another server produced.
 */
export function withTypenames(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet: {
        leave(node) {
          // A root selection set must stay as it is: a subscription allows exactly one root field.
          if (roots.has(typeInfo.getParentType())) return undefined;
          const present = node.selections.some(
            (selection) => selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === '__typename',
          );
          return present ? undefined : { ...node, selections: [...node.selections, field('__typename')] };
        },
      },
    }),
  );
}
