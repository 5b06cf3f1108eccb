import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { CONTEXT_HEADER, SIGNATURE_HEADER, verifySignedContext } from '@lotse/kernel/context/signing';
import type { InternalContext } from '@lotse/kernel/context/principal';
import {
  startLoopbackServer,
  type LoopbackServer,
  type ReceivedRequest,
} from '@lotse/kernel/testing/loopback-server';
import type { GatewayContext } from '../gateway-context.ts';
import { SignedDataSource } from './signed-data-source.ts';

const secret = 'a-test-secret-of-at-least-32-characters';
const internal: InternalContext = {
  requestId: 'req-12345678',
  principal: {
    kind: 'user',
    userId: 'u1',
    userType: 'staff',
    roles: [{ role: 'support_agent', entity: 'kids_ascension' }],
    credentialId: 'c1',
    credentialKind: 'session',
  },
  entities: [],
  clientIp: '127.0.0.1',
  exp: Date.now() + 60_000,
};

interface Answer {
  status: number;
  contentType: string;
  body: string;
  cacheControl?: string;
  hang?: boolean;
}

let server: LoopbackServer;
let url: string;
let answer: Answer;
let received: ReceivedRequest;
const dispatcher = new Agent();

beforeAll(async () => {
  server = await startLoopbackServer((request, res) => {
    received = request;
    if (answer.hang) return;
    res.writeHead(answer.status, {
      'content-type': answer.contentType,
      ...(answer.cacheControl ? { 'cache-control': answer.cacheControl } : {}),
    });
    res.end(answer.body);
  });
  url = `${server.origin}/subgraphs/tickets/graphql`;
});

afterAll(async () => {
  await server.close();
  await dispatcher.close();
});

const dataSource = (timeoutMs = 2000) => new SignedDataSource({ url, secret, dispatcher, timeoutMs });

function options(restrict?: (hint: unknown) => void): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    kind: 'incoming operation',
    request: { query: '{ tickets { edges { node { id } } } }', variables: { a: 1 }, operationName: 'Q' },
    context: { internal },
    incomingRequestContext: { overallCachePolicy: restrict ? { restrict } : undefined },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('SignedDataSource', () => {
  it('sends the operation with a signature over the exact body and only its own headers', async () => {
    answer = {
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: '{"data":{"tickets":null}}',
    };
    const response = await dataSource().process(options());
    expect(response).toEqual({ data: { tickets: null } });
    expect(JSON.parse(received.body)).toEqual({
      query: '{ tickets { edges { node { id } } } }',
      variables: { a: 1 },
      operationName: 'Q',
    });
    const verified = verifySignedContext(
      secret,
      received.headers[CONTEXT_HEADER] as string,
      received.headers[SIGNATURE_HEADER] as string,
      received.body,
    );
    expect(verified).toEqual({ ok: true, context: internal });
    expect(received.headers['x-request-id']).toBe(internal.requestId);
    expect(Object.keys(received.headers).sort()).toEqual(
      [
        'connection',
        'content-length',
        'content-type',
        'host',
        CONTEXT_HEADER,
        SIGNATURE_HEADER,
        'x-request-id',
      ].sort(),
    );
  });

  it("turns a non-2xx answer into Apollo's error, without a code that would blame the client", async () => {
    answer = {
      status: 401,
      contentType: 'application/json',
      body: '{"errors":[{"message":"Unauthorized"}]}',
    };
    const error = await dataSource()
      .process(options())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('401: Unauthorized');
    expect((error as GraphQLError).extensions).toEqual({
      response: {
        url,
        status: 401,
        statusText: 'Unauthorized',
        body: { errors: [{ message: 'Unauthorized' }] },
      },
    });
  });

  it('refuses an answer that is not JSON', async () => {
    answer = { status: 200, contentType: 'text/html', body: '<html>proxy error</html>' };
    await expect(dataSource().process(options())).rejects.toThrow(
      'Expected JSON response body, but received: <html>proxy error</html>',
    );
  });

  it("lets a subgraph's Cache-Control restrict the response's cache policy", async () => {
    answer = {
      status: 200,
      contentType: 'application/json',
      body: '{"data":{}}',
      cacheControl: 'max-age=60, public',
    };
    const hints: unknown[] = [];
    await dataSource().process(options((hint) => hints.push(hint)));
    expect(hints).toEqual([{ maxAge: 60, scope: 'PUBLIC' }]);
  });

  it('gives up on a subgraph that does not answer in time', async () => {
    answer = { status: 200, contentType: 'application/json', body: '{}', hang: true };
    const started = Date.now();
    await expect(dataSource(200).process(options())).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
