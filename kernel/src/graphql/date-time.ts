import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../errors.ts';

/** ISO 8601 instants. Invalid input is a BAD_USER_INPUT, never a silently wrong date. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** ISO 8601 with an explicit offset only: anything else would be read in the server's local time. */
function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !isoInstant.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput('DateTime must be an ISO 8601 string such as 2026-11-25T09:30:00Z.');
  }
  return new Date(value).toISOString();
}

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : null),
});
