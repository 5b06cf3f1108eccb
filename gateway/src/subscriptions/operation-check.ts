import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { parseOptions, webSocketValidationRules } from '../limits/armor.ts';

/**
 * Checks an operation that arrived over WebSocket exactly as HTTP would: the parser's token limit,
 * then the standard rules plus the armor's depth, alias, directive and cost limits, against the API
 * schema, then the variables. Every refusal carries the `extensions.code` Apollo gives it on HTTP.
 */
export interface CheckedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The root field of a subscription (validation guarantees exactly one). */
  rootField: string | null;
}

export type CheckResult = { ok: true; value: CheckedOperation } | { ok: false; errors: GraphQLError[] };

export interface OperationRequest {
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

const withCode = (error: GraphQLError, code: string, production: boolean) =>
  new GraphQLError(production ? hideSuggestions(error.message) : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    // The code wins over the rule's own (armor says BAD_USER_INPUT), as in Apollo's ValidationError.
    extensions: { ...error.extensions, code },
  });

// What the armor's block-field-suggestion plugin does on HTTP; that plugin never runs on this path.
const hideSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/, '');

export function createOperationCheck(schema: GraphQLSchema, production: boolean) {
  const rules = [...specifiedRules, ...webSocketValidationRules(production)];
  return (request: OperationRequest): CheckResult => {
    if (typeof request.query !== 'string') {
      return { ok: false, errors: [new GraphQLError('The operation has no query.', { extensions: { code: 'BAD_REQUEST' } })] };
    }
    let document: DocumentNode;
    try {
      document = parse(request.query, parseOptions);
    } catch (error) {
      return { ok: false, errors: [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED', production)] };
    }
    const errors = validate(schema, document, rules);
    if (errors.length) return { ok: false, errors: errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED', production)) };
    const operation = getOperationAST(document, request.operationName ?? undefined);
    if (!operation) {
      const message = request.operationName ? `Unknown operation named "${request.operationName}".` : 'Could not determine which operation to run.';
      return { ok: false, errors: [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] };
    }
    // Checked here because the operation is forwarded: a subgraph would answer bad variables without a code.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 25 });
    if (coerced.errors) return { ok: false, errors: coerced.errors.map((error) => withCode(error, 'BAD_USER_INPUT', production)) };
    const rootField = operation.operation === 'subscription' ? firstField(operation.selectionSet, document) : null;
    return { ok: true, value: { document, operation, rootField } };
  };
}

/** The first field of a selection set, looking through fragments (a valid subscription has exactly one). */
function firstField(selectionSet: SelectionSetNode, document: DocumentNode): string | null {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) return selection.name.value;
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : document.definitions.find(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
          )?.selectionSet;
    const found = inner ? firstField(inner, document) : null;
    if (found) return found;
  }
  return null;
}
