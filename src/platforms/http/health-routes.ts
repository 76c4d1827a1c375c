import type { HttpRoute } from '../platform-adapter.js';

export interface HealthSource {
  /** Names of the platforms that are running. */
  platforms(): string[];
  /** Throws when the store cannot answer. */
  checkStore(): void;
  /** Prometheus exposition text and its content type. */
  metrics(): Promise<{ body: string; contentType: string }>;
  startedAt: Date;
  version: string;
}

/** GET /healthz (200 with a small JSON status, 503 when the store is down) and GET /metrics. */
export function healthRoutes(source: HealthSource): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      handler: (_req, res) => {
        let store = 'ok';
        try {
          source.checkStore();
        } catch {
          store = 'unavailable';
        }
        const body = JSON.stringify({
          status: store === 'ok' ? 'ok' : 'degraded',
          version: source.version,
          platforms: source.platforms(),
          store,
          uptimeSeconds: Math.round((Date.now() - source.startedAt.getTime()) / 1000),
        });
        res.writeHead(store === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(body);
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handler: (_req, res) => {
        source.metrics().then(
          ({ body, contentType }) => res.writeHead(200, { 'content-type': contentType }).end(body),
          () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
        );
      },
    },
  ];
}
