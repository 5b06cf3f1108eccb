import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';

/**
 * One HTTP server for whatever this process runs (gateway, subgraphs or all of them): requests go
 * to the express app, WebSocket upgrades to the handler registered for their path.
 */
export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface Host {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  app: Express,
  upgrades: Record<string, UpgradeHandler>,
  options: { host: string; port: number },
): Promise<Host> {
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handler = upgrades[path];
    if (handler) handler(request, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
