import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { composeSupergraph, printApiSchema } from '../../schema/compose.ts';
import { apiSchemaPath, supergraphPath } from '../../schema/subgraphs.ts';

/** The committed supergraph is the public contract: it must compose and match the subgraph SDL. */
describe('schema contract', () => {
  it('composes, and the committed supergraph is not stale (run `npm run compose`)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph());
  });

  it("commits the clients' API schema as the supergraph serves it, free of federation internals", () => {
    const api = readFileSync(apiSchemaPath, 'utf8');
    expect(api).toBe(printApiSchema(readFileSync(supergraphPath, 'utf8')));
    expect(api).toContain('type Ticket {');
    expect(api).not.toMatch(/join__|link__|@key|_entities|_Service/);
  });
});

describe('schema documentation', () => {
  it('describes every type, field, argument and enum value clients can see', async () => {
    const { isObjectType, isInputObjectType, isEnumType, isInterfaceType } = await import('graphql');
    const { Supergraph } = await import('@apollo/federation-internals');
    const api = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      const isRoot = ['Query', 'Mutation', 'Subscription'].includes(type.name);
      if (!type.description && !isRoot) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });
});
