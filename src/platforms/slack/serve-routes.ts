import { createServer, type Server } from 'node:http';
import type { HttpRoute } from '../platform-adapter.js';

/**
 * A bare HTTP server for the extra routes (/healthz, /metrics) when Slack is reached over
 * Socket Mode and Bolt runs no server of its own. Resolves once listening; 404 for anything else.
 */
export function serveRoutes(routes: readonly HttpRoute[], port: number, host?: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (route) return route.handler(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, ...(host ? { host } : {}) }, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Closes a server, dropping idle keep-alive connections. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
