import { describe, expect, it } from '@jest/globals';
import { thrown } from '@lotse/kernel/testing/thrown';
import { GraphQLError } from 'graphql';
import {
  CLIENT_MUTATION_ID_MAX,
  DESCRIPTION_MAX,
  TITLE_MAX,
  cleanClientMutationId,
  cleanDescription,
  cleanTitle,
} from './ticket-input.ts';

/** Runs `run` and returns the GraphQL error it throws; fails when it does not throw one. */

describe('ticket input limits', () => {
  it('are the documented sizes', () => {
    expect(TITLE_MAX).toBe(200);
    expect(DESCRIPTION_MAX).toBe(50_000);
    expect(CLIENT_MUTATION_ID_MAX).toBe(100);
  });
});

describe('cleanTitle', () => {
  it('trims surrounding whitespace', () => {
    expect(cleanTitle('  Login fails on tablet \n\t')).toBe('Login fails on tablet');
  });

  it('keeps inner whitespace', () => {
    expect(cleanTitle('a   b')).toBe('a   b');
  });

  it('accepts 200 characters, counted after trimming', () => {
    expect(cleanTitle('x'.repeat(200))).toBe('x'.repeat(200));
    expect(cleanTitle(`   ${'x'.repeat(200)}   `)).toBe('x'.repeat(200));
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t '],
    ['201 characters', 'x'.repeat(201)],
  ])('rejects a title that is %s as BAD_USER_INPUT on title', (_label, title) => {
    const error = thrown(() => cleanTitle(title));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(error.message).toBe('title must be 1–200 characters.');
  });
});

describe('cleanDescription', () => {
  it('keeps the description as written, whitespace included', () => {
    const text = '  Steps:\n  1. open the app\n  2. tap login\n';
    expect(cleanDescription(text)).toBe(text);
  });

  it('accepts 50,000 characters', () => {
    expect(cleanDescription('x'.repeat(50_000))).toHaveLength(50_000);
  });

  it.each([
    ['empty', ''],
    ['only whitespace', '  \n\n  '],
    ['50,001 characters', 'x'.repeat(50_001)],
  ])('rejects a description that is %s as BAD_USER_INPUT on description', (_label, description) => {
    const error = thrown(() => cleanDescription(description));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'description' });
  });

  it('counts surrounding whitespace towards the limit, since it is stored', () => {
    expect(() => cleanDescription(`${'x'.repeat(49_999)}  `)).toThrow(GraphQLError);
  });
});

describe('cleanClientMutationId', () => {
  it('is null when not given', () => {
    expect(cleanClientMutationId(null)).toBeNull();
    expect(cleanClientMutationId(undefined)).toBeNull();
  });

  it('keeps an id of 1 to 100 characters unchanged', () => {
    expect(cleanClientMutationId('a')).toBe('a');
    expect(cleanClientMutationId('m'.repeat(100))).toBe('m'.repeat(100));
    expect(cleanClientMutationId(' retry-7 ')).toBe(' retry-7 ');
  });

  it.each([
    ['empty', ''],
    ['101 characters', 'm'.repeat(101)],
  ])('rejects an id that is %s as BAD_USER_INPUT on clientMutationId', (_label, id) => {
    const error = thrown(() => cleanClientMutationId(id));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'clientMutationId' });
  });
});
