import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { composeSupergraph } from '../../schema/compose.ts';
import { supergraphPath } from '../../schema/subgraphs.ts';

/** The committed supergraph is the public contract: it must compose and match the subgraph SDL. */
describe('schema contract', () => {
  it('composes, and the committed supergraph is not stale (run `npm run compose`)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph());
  });
});
