import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { postToResponseUrl } from '../../../src/platforms/slack/post-to-response-url.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** A response_url endpoint answering with the given statuses in turn (then 200), counting bodies. */
async function endpoint(statuses: Array<{ status: number; retryAfter?: string }>): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      const next = statuses.shift() ?? { status: 200 };
      res.writeHead(next.status, next.retryAfter ? { 'Retry-After': next.retryAfter } : {}).end(next.status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/commands/T1/2/x`, bodies };
}

describe('postToResponseUrl', () => {
  it('posts the message as JSON once when Slack accepts it', async () => {
    const ep = await endpoint([]);
    await postToResponseUrl(ep.url, { response_type: 'in_channel', text: 'hi' });
    expect(ep.bodies.map((b) => JSON.parse(b))).toEqual([{ response_type: 'in_channel', text: 'hi' }]);
  });

  it('tries again after a 5xx, with a short backoff', async () => {
    const ep = await endpoint([{ status: 503 }]);
    const waits: number[] = [];
    await postToResponseUrl(ep.url, { text: 'hi' }, { onRetry: ({ waitMs }) => waits.push(waitMs) });
    expect(ep.bodies).toHaveLength(2);
    expect(waits).toEqual([500]);
  });

  it('does not try again after a 4xx other than 429 (an expired response_url stays expired)', async () => {
    const ep = await endpoint([{ status: 404 }]);
    const error = await postToResponseUrl(ep.url, { text: 'hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TidingsError);
    expect((error as TidingsError).code).toBe('PLATFORM_FAILED');
    expect(ep.bodies).toHaveLength(1);
  });

  it('caps a huge Retry-After and gives up after maxAttempts, reporting the status', async () => {
    const ep = await endpoint([{ status: 429, retryAfter: '3600' }, { status: 429, retryAfter: '3600' }]);
    const waits: number[] = [];
    const error = await postToResponseUrl(ep.url, { text: 'hi' }, { maxAttempts: 2, maxRetryAfterSec: 0.05, onRetry: ({ waitMs }) => waits.push(waitMs) }).catch((e: unknown) => e);
    expect(waits).toEqual([50]);
    expect(ep.bodies).toHaveLength(2);
    expect((error as TidingsError).message).toContain('429');
  });
});
