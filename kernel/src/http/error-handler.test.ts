import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createLogger } from '../logging.ts';
import { httpErrorHandler } from './error-handler.ts';
import { unauthorizedRequest } from './http-error.ts';

/** What the handler answers to an error, and whether it logged it. */
function handle(error: unknown) {
  const logger = createLogger('test', 'silent');
  const logged = jest.spyOn(logger, 'error');
  const answer: { status?: number; body?: unknown } = {};
  const res = {
    headersSent: false,
    status(status: number) {
      answer.status = status;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
  } as unknown as Response;
  httpErrorHandler(logger)(error, { path: '/graphql' } as Request, res, jest.fn() as NextFunction);
  return { ...answer, logged: logged.mock.calls.length };
}

const bodyParserError = (type: string, status: number) =>
  Object.assign(new Error(`${type} at /srv/node_modules/body-parser/lib/read.js:1:1`), { type, status });
const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

describe('httpErrorHandler', () => {
  it('answers malformed JSON with 400 BAD_REQUEST', () => {
    expect(handle(bodyParserError('entity.parse.failed', 400))).toEqual({
      status: 400,
      body: errorBody('The request body is not valid JSON.', 'BAD_REQUEST'),
      logged: 0,
    });
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', () => {
    expect(handle(bodyParserError('entity.too.large', 413))).toEqual({
      status: 413,
      body: errorBody('The request body is too large.', 'PAYLOAD_TOO_LARGE'),
      logged: 0,
    });
  });

  it('answers a refused signature with 401 UNAUTHENTICATED', () => {
    expect(handle(unauthorizedRequest())).toEqual({
      status: 401,
      body: errorBody('Unauthorized', 'UNAUTHENTICATED'),
      logged: 0,
    });
  });

  it("keeps another client error's status", () => {
    expect(handle(bodyParserError('encoding.unsupported', 415))).toEqual({
      status: 415,
      body: errorBody('The request could not be read.', 'BAD_REQUEST'),
      logged: 0,
    });
  });

  it('answers anything else with a generic 500 and logs it', () => {
    expect(handle(new Error('connect ECONNREFUSED 10.0.0.7:5432'))).toEqual({
      status: 500,
      body: errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'),
      logged: 1,
    });
  });
});

/**
 * The same through a real express app in development mode, where express's own error page prints
 * the stack trace — shown first, so that the test proves the handler is what keeps it out.
 */
describe('httpErrorHandler on an express router in development', () => {
  const servers: Server[] = [];
  const urls: Record<'without' | 'with', string> = { without: '', with: '' };
  // Outside the test environment express also logs the stack to the console (a tick after
  // answering): keep that out of the test output.
  let consoleError: ReturnType<typeof jest.spyOn>;

  beforeAll(async () => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    for (const variant of ['without', 'with'] as const) {
      const app = express();
      app.set('env', 'development');
      const router = express.Router();
      router.post('/graphql', express.json({ limit: '1kb' }), (_req, res) => {
        res.json({ data: {} });
      });
      if (variant === 'with') router.use(httpErrorHandler(createLogger('test', 'silent')));
      app.use(router);
      const server = createServer(app);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      urls[variant] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    }
  });
  afterAll(async () => {
    consoleError.mockRestore();
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const post = (url: string, body: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const STACK = /at \S+ \(|node_modules/;

  it('express alone prints the stack of a malformed body', async () => {
    expect(await (await post(urls.without, '{"query":')).text()).toMatch(STACK);
  });

  it.each([
    ['malformed JSON', '{"query":', 400, errorBody('The request body is not valid JSON.', 'BAD_REQUEST')],
    [
      'an oversized body',
      JSON.stringify({ query: 'x'.repeat(2000) }),
      413,
      errorBody('The request body is too large.', 'PAYLOAD_TOO_LARGE'),
    ],
  ])('answers %s without a stack', async (_name, body, status, expected) => {
    const response = await post(urls.with, body);
    const text = await response.text();
    expect(text).not.toMatch(STACK);
    expect(response.status).toBe(status);
    expect(JSON.parse(text)).toEqual(expected);
  });
});
