import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { badInput, notFound, rateLimited, type LotseError } from '../errors.ts';
import { createLogger } from '../logging.ts';
import { formatError, toClientError } from './format-error.ts';

const STACK = [
  'Error: boom',
  '    at resolver (/srv/subgraphs/tickets/src/modules/tickets/ticket.service.ts:42:11)',
];

/** What graphql-js and Apollo hand to formatError for an error thrown inside a resolver at `path`. */
function resolverError(original: Error, path = ['ticket']) {
  const error = new GraphQLError(original.message, { path, originalError: original });
  const code = original instanceof GraphQLError ? original.extensions.code : 'INTERNAL_SERVER_ERROR';
  const formatted: GraphQLFormattedError = {
    message: original.message,
    locations: [{ line: 1, column: 3 }],
    path,
    extensions: { code, stacktrace: STACK },
  };
  return { error, formatted };
}

function setup() {
  const logger = createLogger('test', 'silent');
  const logged = jest.spyOn(logger, 'error');
  return { format: formatError(logger), logged };
}

describe('formatError', () => {
  it('passes a LotseError thrown in a resolver with its code and details, without a stack trace', () => {
    const { format, logged } = setup();
    const { error, formatted } = resolverError(badInput('title must be 1–200 characters.', 'title'), [
      'createTicket',
    ]);
    expect(format(formatted, error)).toEqual({
      message: 'title must be 1–200 characters.',
      locations: [{ line: 1, column: 3 }],
      path: ['createTicket'],
      extensions: { code: 'BAD_USER_INPUT', field: 'title' },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it.each([
    ['NOT_FOUND', notFound('Ticket')],
    ['RATE_LIMITED', rateLimited('Slow down.', 30)],
  ])('keeps the %s code of a LotseError', (code, lotseError: LotseError) => {
    const { format } = setup();
    const { error, formatted } = resolverError(lotseError);
    const result = format(formatted, error);
    expect(result.extensions?.code).toBe(code);
    expect(result.message).toBe(lotseError.message);
    expect(result.extensions).not.toHaveProperty('stacktrace');
  });

  it('passes a LotseError thrown outside a resolver', () => {
    const { format } = setup();
    const lotseError = notFound('Ticket');
    expect(format({ message: lotseError.message }, lotseError).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('replaces an unexpected error by a generic INTERNAL_SERVER_ERROR and logs the original', () => {
    const { format, logged } = setup();
    const original = new Error('relation "tickets.ticket" does not exist');
    const { error, formatted } = resolverError(original, ['tickets', 'edges']);
    const result = format(formatted, error);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['tickets', 'edges'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('relation');
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toEqual({ err: original });
  });

  it('replaces a formatted error that carries no code', () => {
    const { format } = setup();
    const original = new TypeError("Cannot read properties of undefined (reading 'id')");
    const result = format({ message: original.message }, original);
    expect(result).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes other coded errors (such as validation) but drops their stack trace', () => {
    const { format, logged } = setup();
    const formatted: GraphQLFormattedError = {
      message: 'Cannot query field "secret" on type "Ticket".',
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: STACK },
    };
    const error = new GraphQLError(formatted.message);
    expect(format(formatted, error)).toEqual({
      message: 'Cannot query field "secret" on type "Ticket".',
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('does not trust a GraphQLError that merely claims INTERNAL_SERVER_ERROR', () => {
    const { format } = setup();
    const original = new GraphQLError('password authentication failed for user "lotse"', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const { error, formatted } = resolverError(original);
    expect(format(formatted, error).message).toBe('Internal server error');
  });

  it('keeps retryAfterSeconds of a RATE_LIMITED error', () => {
    const { format } = setup();
    const { error, formatted } = resolverError(rateLimited('Slow down.', 30), ['login']);
    expect(format(formatted, error)).toEqual({
      message: 'Slow down.',
      locations: [{ line: 1, column: 3 }],
      path: ['login'],
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
    });
  });

  it("drops the gateway's serviceName from a subgraph's error", () => {
    const { format } = setup();
    const formatted: GraphQLFormattedError = {
      message: 'Ticket was not found.',
      locations: [{ line: 1, column: 12 }],
      path: ['updateTicket'],
      extensions: { code: 'NOT_FOUND', serviceName: 'tickets', stacktrace: STACK },
    };
    expect(
      format(formatted, new GraphQLError(formatted.message, { extensions: formatted.extensions })),
    ).toEqual({
      message: 'Ticket was not found.',
      locations: [{ line: 1, column: 12 }],
      path: ['updateTicket'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it("drops a failed subgraph call's response (URL and body) from a coded error", () => {
    const { format } = setup();
    const extensions = {
      code: 'FORBIDDEN',
      response: { url: 'http://10.0.0.7:4000/subgraphs/tickets/graphql', status: 403, body: 'secret' },
    };
    const error = new GraphQLError('403: Forbidden', { extensions });
    expect(format({ message: error.message, extensions }, error)).toEqual({
      message: '403: Forbidden',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('toClientError', () => {
  it('keeps message, locations, path and the client extensions, and nothing else', () => {
    const error = {
      message: 'title must be 1–200 characters.',
      locations: [{ line: 2, column: 5 }],
      path: ['createTicket', 'ticket'],
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'title',
        retryAfterSeconds: 5,
        serviceName: 'tickets',
        exception: { stacktrace: STACK },
      },
      somethingElse: true,
    } as GraphQLFormattedError;
    expect(toClientError(error)).toEqual({
      message: 'title must be 1–200 characters.',
      locations: [{ line: 2, column: 5 }],
      path: ['createTicket', 'ticket'],
      extensions: { code: 'BAD_USER_INPUT', field: 'title', retryAfterSeconds: 5 },
    });
  });

  it('gives an error without extensions an empty set rather than none', () => {
    expect(toClientError({ message: 'Unauthorized' })).toStrictEqual({
      message: 'Unauthorized',
      extensions: {},
    });
  });
});
