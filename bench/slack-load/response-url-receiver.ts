import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** Where late answers arrive: Slack's response_url, played on loopback, noting when each came. */
export interface ResponseUrlReceiver {
  /** The response_url to put in request `index`. */
  urlFor(index: number): string;
  /** performance.now() at which request `index`'s answer arrived, by index. */
  readonly received: Map<number, number>;
  close(): Promise<void>;
}

/** Starts the receiver on a free 127.0.0.1 port; every POST to /commands/T…/<index>/<token> gets 200. */
export async function startResponseUrlReceiver(): Promise<ResponseUrlReceiver> {
  const received = new Map<number, number>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const index = Number(/^\/commands\/[^/]+\/(\d+)\//u.exec(req.url ?? '')?.[1]);
      if (Number.isInteger(index) && !received.has(index)) received.set(index, performance.now());
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (index) => `http://127.0.0.1:${port}/commands/T0FAKE0001/${index}/benchResponseToken`,
    received,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
