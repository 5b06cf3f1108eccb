import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RequestHandler } from 'express';
import type { UpgradeHandler } from '@lotse/kernel/http/host';

/**
 * The first step of a graceful stop: turn new client requests away and let those in flight finish.
 * The internal `/subgraphs/…` routes stay open while draining, because in the all-in-one process the
 * gateway reaches its subgraphs through this same server, and a client request in flight may still
 * need them. Refused requests get 503 and `Connection: close`; /health turns 503 too, so a load
 * balancer stops sending traffic.
 */
const INTERNAL_PREFIX = '/subgraphs/';

export interface RequestDrain {
  /** Counts requests in flight and, once draining, refuses new client requests. Mount it first. */
  middleware: RequestHandler;
  /** Wraps a client WebSocket upgrade handler so it refuses new connections once draining. */
  guardUpgrade(handler: UpgradeHandler): UpgradeHandler;
  /** Refuses new client requests from now on; resolves when none is in flight, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

export function createRequestDrain(): RequestDrain {
  let inFlight = 0;
  let draining = false;
  let whenIdle: (() => void) | null = null;

  const middleware: RequestHandler = (request, response, next) => {
    if (draining && !request.path.startsWith(INTERNAL_PREFIX)) {
      response
        .status(503)
        .set('connection', 'close')
        .json({
          errors: [{ message: 'Lotse is shutting down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        });
      return;
    }
    inFlight++;
    response.once('close', () => {
      inFlight--;
      if (inFlight === 0) whenIdle?.();
    });
    next();
  };

  return {
    middleware,
    guardUpgrade: (handler) => (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!draining) return handler(request, socket, head);
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    },
    drain(timeoutMs) {
      draining = true;
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timeout = setTimeout(resolve, timeoutMs);
        whenIdle = () => {
          clearTimeout(timeout);
          resolve();
        };
      });
    },
  };
}
