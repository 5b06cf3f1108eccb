import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * For tests of HTTP clients: a real server on a free loopback port that reads each request's whole
 * body and hands it to `answer`, which writes the response (or none, to simulate a hung peer).
 */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface LoopbackServer {
  origin: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(
  answer: (request: ReceivedRequest, response: ServerResponse) => void,
): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => answer({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
