import { describe, expect, it } from '@jest/globals';
import { thrown } from '../testing/thrown.ts';
import { parseValue } from 'graphql';
import { DateTime } from './date-time.ts';

/** Runs `run` and returns the GraphQL error it throws; fails when it does not throw one. */

describe('DateTime scalar', () => {
  it('is named DateTime', () => {
    expect(DateTime.name).toBe('DateTime');
  });

  describe('serialize', () => {
    it('writes a Date as an ISO 8601 UTC string', () => {
      expect(DateTime.serialize(new Date(Date.UTC(2026, 10, 25, 9, 30)))).toBe('2026-11-25T09:30:00.000Z');
    });

    it('normalizes a string with an offset to UTC', () => {
      expect(DateTime.serialize('2026-11-25T10:30:00+01:00')).toBe('2026-11-25T09:30:00.000Z');
    });

    it('refuses to write an invalid date', () => {
      expect(() => DateTime.serialize(new Date(Number.NaN))).toThrow(RangeError);
    });
  });

  describe('parseValue (variables)', () => {
    it('reads ISO 8601 strings and normalizes them to UTC', () => {
      expect(DateTime.parseValue('2026-11-25T09:30:00Z')).toBe('2026-11-25T09:30:00.000Z');
      expect(DateTime.parseValue('2026-11-25T11:30:00.5+02:00')).toBe('2026-11-25T09:30:00.500Z');
    });

    it.each([['yesterday'], [''], ['2026-13-45T99:00:00Z'], [1764063000000], [null], [{}], [true]])(
      'rejects %p as BAD_USER_INPUT',
      (value) => {
        const error = thrown(() => DateTime.parseValue(value));
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.message).toBe('DateTime must be an ISO 8601 string such as 2026-11-25T09:30:00Z.');
      },
    );
  });

  describe('parseLiteral (inline arguments)', () => {
    it('reads a string literal', () => {
      expect(DateTime.parseLiteral(parseValue('"2026-11-25T09:30:00Z"'))).toBe('2026-11-25T09:30:00.000Z');
    });

    it.each([['1764063000000'], ['"not a date"'], ['true'], ['{ at: "2026-11-25T09:30:00Z" }']])(
      'rejects the literal %s as BAD_USER_INPUT',
      (literal) => {
        expect(thrown(() => DateTime.parseLiteral(parseValue(literal))).extensions.code).toBe(
          'BAD_USER_INPUT',
        );
      },
    );
  });
});
