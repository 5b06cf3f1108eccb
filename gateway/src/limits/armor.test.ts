import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { limits, parseOptions } from './armor.ts';

/** A query of exactly `tokens` lexical tokens: `{` + fields + `}`. */
const queryOfTokens = (tokens: number) => `{ ${Array.from({ length: tokens - 2 }, () => 'a').join(' ')} }`;

describe('token limit (graphql-js parse options, shared by HTTP and WebSocket)', () => {
  it(`parses exactly ${limits.maxTokens} tokens`, () => {
    expect(() => parse(queryOfTokens(limits.maxTokens), parseOptions)).not.toThrow();
  });

  it(`refuses ${limits.maxTokens + 1} tokens as a syntax error`, () => {
    expect(() => parse(queryOfTokens(limits.maxTokens + 1), parseOptions)).toThrow(/more that 3000 tokens/);
  });
});
