import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildModuleSchema, loadModuleResolvers } from './module-schema.ts';
import { resolverGaps } from './resolver-coverage.ts';

const sdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Note @key(fields: "id") { id: ID! text: String! }
  type Ref @key(fields: "id", resolvable: false) { id: ID! }
  enum Mood { GLAD SAD }
  extend type Query { note(id: ID!): Note notes: [Note!]! }
  extend type Mutation { addNote(text: String!): Note! }
`;

/** Writes modules/<module>/resolvers/<file> files and returns the modules folder. */
async function modulesWith(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lotse-modules-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const complete = {
  'notes/resolvers/Query.ts': 'export const Query = { note: () => null, notes: () => [] };',
  'notes/resolvers/Note.ts': 'export const Note = { __resolveReference: () => null };',
  'editing/resolvers/Mutation.ts': 'export const Mutation = { addNote: () => null };',
  'editing/resolvers/Mood.ts': "export const Mood = { GLAD: 'glad', SAD: 'sad' };",
};

describe('module resolvers', () => {
  it('merges every module’s resolver files by type', async () => {
    const resolvers = await loadModuleResolvers(await modulesWith(complete));
    expect(Object.keys(resolvers).sort()).toEqual(['Mood', 'Mutation', 'Note', 'Query']);
    expect(Object.keys(resolvers.Query!).sort()).toEqual(['note', 'notes']);
  });

  it('ignores files that are not named after a type, such as tests', async () => {
    const dir = await modulesWith({
      ...complete,
      'notes/resolvers/Query.test.ts': 'throw new Error("loaded")',
    });
    await expect(loadModuleResolvers(dir)).resolves.toHaveProperty('Query');
  });

  it('refuses a field two modules resolve', async () => {
    const dir = await modulesWith({
      ...complete,
      'editing/resolvers/Query.ts': 'export const Query = { notes: () => [] };',
    });
    await expect(loadModuleResolvers(dir)).rejects.toThrow('Query.notes is resolved twice (again in notes)');
  });

  it('refuses a file that does not export its type', async () => {
    const dir = await modulesWith({ ...complete, 'notes/resolvers/Note.ts': 'export const Notes = {};' });
    await expect(loadModuleResolvers(dir)).rejects.toThrow('notes/resolvers/Note.ts must export const Note');
  });

  it('builds a schema when schema and resolvers agree', async () => {
    const schema = await buildModuleSchema({ typeDefs: parse(sdl), modulesDir: await modulesWith(complete) });
    expect(schema.getQueryType()?.getFields()).toHaveProperty('notes');
  });

  it('refuses to build when a root field has no resolver', async () => {
    const { 'editing/resolvers/Mutation.ts': _forgotten, ...rest } = complete;
    await expect(
      buildModuleSchema({ typeDefs: parse(sdl), modulesDir: await modulesWith(rest) }),
    ).rejects.toThrow('Mutation.addNote has no resolver');
  });
});

describe('resolverGaps', () => {
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl) }]);

  it('names root fields without resolvers and entities without __resolveReference', () => {
    expect(resolverGaps(schema, { Query: { note: () => null } }, ['Note'])).toEqual([
      'Query.notes has no resolver',
      'Mutation.addNote has no resolver',
      'Note has no __resolveReference',
    ]);
  });

  it('names resolvers for types, fields and enum values the schema lacks', () => {
    const resolvers = {
      Query: { note: () => null, notes: () => [], removed: () => null },
      Mutation: { addNote: () => null },
      Note: { __resolveReference: () => null, title: () => '' },
      Mood: { GLAD: 'glad', ANGRY: 'angry' },
      Gone: {},
    };
    expect(resolverGaps(schema, resolvers, ['Note'])).toEqual([
      'Query.removed is resolved but not in the schema',
      'Note.title is resolved but not in the schema',
      'Mood.ANGRY is resolved but not in the schema',
      'Gone is resolved but not in the schema',
    ]);
  });
});
