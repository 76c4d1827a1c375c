import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { safeFetch, USER_AGENT, type SafeFetchOptions } from '../../../src/ingest/safe-fetch.js';
import { projectRoot } from '../../support/corpus.js';
import { startLocalHttpServer, type Handler, type LocalHttpServer } from '../../support/local-http-server.js';

const open: LocalHttpServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler, host = '127.0.0.1'): Promise<LocalHttpServer> {
  const server = await startLocalHttpServer(handler, host);
  open.push(server);
  return server;
}

const trusted: SafeFetchOptions = { timeoutMs: 5_000, maxBytes: 5_000_000, allowPrivate: true };
const strict: SafeFetchOptions = { timeoutMs: 5_000, maxBytes: 5_000_000, allowPrivate: false };

/** Runs the fetch and returns the TidingsError it rejected with (fails the test if it resolved). */
async function refusal(url: string, options: SafeFetchOptions): Promise<TidingsError> {
  const outcome = await safeFetch(url, options).then(
    (r) => new Error(`expected a refusal, got HTTP ${r.status}`),
    (e: unknown) => e,
  );
  if (!(outcome instanceof TidingsError)) throw outcome;
  return outcome;
}

/** Waits until the response can take more data or the client has gone. */
function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

describe('safeFetch', () => {
  it('returns the body bytes, status, headers and final URL, sending the Tidings User-Agent', async () => {
    let userAgent = '';
    const server = await serve((req, res) => {
      userAgent = req.headers['user-agent'] ?? '';
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', etag: '"v1"' });
      res.end('hello “world”');
    });
    const response = await safeFetch(`${server.url}/story`, trusted);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server.url}/story`);
    expect(response.headers['etag']).toBe('"v1"');
    expect(response.body.toString('utf8')).toBe('hello “world”');
    expect(userAgent).toBe(USER_AGENT);
  });

  it('returns 304 instead of failing, so a feed poller can make conditional GETs', async () => {
    const server = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"' }).end('<rss/>');
    });
    const response = await safeFetch(server.url, { ...trusted, headers: { 'If-None-Match': '"v1"' } });
    expect(response.status).toBe(304);
    expect(response.body.length).toBe(0);
  });

  it('undoes gzip content-encoding', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' });
      res.end(gzipSync(Buffer.from('compressed story text')));
    });
    const response = await safeFetch(server.url, trusted);
    expect(response.body.toString()).toBe('compressed story text');
  });

  it('counts the cap after decompression: a small gzip bomb is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000));
    const server = await serve((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(100_000);
    const error = await refusal(server.url, trusted);
    expect([error.code, error.message]).toEqual(['INPUT_TOO_LARGE', 'the response is larger than the 5 MB limit']);
  });

  it('fails a 404 with "HTTP 404 Not Found", naming the URL', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end('nope'));
    const error = await refusal(`${server.url}/gone`, trusted);
    expect(error.code).toBe('FETCH_HTTP_STATUS');
    expect(error.message).toBe('HTTP 404 Not Found');
    expect(error.subject).toBe(`${server.url}/gone`);
  });

  it('refuses a 20 MB streamed body once it passes the cap, and stops reading early', async () => {
    const total = 20_000_000;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    let finished = false;
    let closed!: () => void;
    const serverDone = new Promise<void>((resolve) => (closed = resolve));
    const server = await serve(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no length to refuse up front
      res.once('close', () => closed());
      while (sent < total && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) await drainOrClose(res);
      }
      if (!res.destroyed) {
        finished = true;
        res.end();
      }
    });
    const error = await refusal(server.url, trusted);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('the response is larger than the 5 MB limit');
    await serverDone;
    expect(finished).toBe(false);
    // What the server pushed before the client hung up: the 5 MB read plus socket buffers, far from 20 MB.
    expect(sent).toBeLessThan(12_000_000);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(20_000_000) });
      res.write('x'.repeat(1000)); // and then stalls: a client that waited for the rest would time out
    });
    const started = Date.now();
    const error = await refusal(server.url, trusted);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('the response is 20 MB; the limit is 5 MB');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out on a server that never answers, within the configured time', async () => {
    const server = await serve(() => undefined);
    const started = Date.now();
    const error = await refusal(server.url, { ...trusted, timeoutMs: 300 });
    expect(error.code).toBe('FETCH_TIMEOUT');
    expect(error.message).toBe('no complete answer within 300 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out on a body that trickles in: the timeout covers the whole request', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      res.once('close', () => clearInterval(timer));
    });
    const error = await refusal(server.url, { ...trusted, timeoutMs: 400 });
    expect(error.code).toBe('FETCH_TIMEOUT');
  });

  it('follows redirects to the final URL', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/a') res.writeHead(301, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(302, { location: `${server.url}/c` }).end();
      else res.writeHead(200).end(`at ${req.url}`);
    });
    const response = await safeFetch(`${server.url}/a`, trusted);
    expect(response.url).toBe(`${server.url}/c`);
    expect(response.body.toString()).toBe('at /c');
  });

  it('gives up after 5 redirects', async () => {
    const server = await serve((req, res) => {
      const n = Number(req.url?.slice(1) ?? 0);
      res.writeHead(302, { location: `/${n + 1}` }).end();
    });
    const error = await refusal(`${server.url}/0`, trusted);
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe('too many redirects (more than 5)');
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const server = await serve((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    const error = await refusal(server.url, trusted);
    expect(error.code).toBe('FETCH_BAD_URL');
    expect(error.message).toBe('only http and https URLs can be read, not file (redirected to file:///etc/passwd)');
  });

  it('rejects malformed URLs and other schemes before connecting', async () => {
    expect((await refusal('not a url', trusted)).code).toBe('FETCH_BAD_URL');
    const ftp = await refusal('ftp://example.com/story.txt', trusted);
    expect(ftp.code).toBe('FETCH_BAD_URL');
    expect(ftp.message).toBe('only http and https URLs can be read, not ftp');
  });

  it('names a refused connection in plain words', async () => {
    const server = await serve(() => undefined);
    const url = server.url;
    await server.close();
    const error = await refusal(url, trusted);
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe('127.0.0.1 refused the connection');
  });
});

describe('safeFetch address filtering (SSRF)', () => {
  it('refuses a direct loopback URL unless private addresses are allowed', async () => {
    const server = await serve((_req, res) => res.end('inside'));
    const error = await refusal(server.url, strict);
    expect(error.code).toBe('FETCH_FORBIDDEN_ADDRESS');
    expect(error.message).toBe('refused: 127.0.0.1 is a private address; set TIDINGS_FETCH_ALLOW_PRIVATE=true to allow it');
    expect(error.subject).toBe(server.url);
    // The same server answers when private addresses are allowed: the refusal was the address.
    const allowed = await safeFetch(server.url, trusted);
    expect(allowed.body.toString()).toBe('inside');
  });

  it('checks the DNS answer, not just the literal: localhost is refused', async () => {
    const server = await serve((_req, res) => res.end('inside'));
    const error = await refusal(`http://localhost:${server.port}/`, strict);
    expect(error.code).toBe('FETCH_FORBIDDEN_ADDRESS');
    expect(error.message).toMatch(/^refused: (127\.0\.0\.1|::1) is a private address; set TIDINGS_FETCH_ALLOW_PRIVATE=true/);
  });

  it.each([
    ['private 10/8', 'http://10.0.0.1/', '10.0.0.1', 'a private'],
    ['private 192.168/16', 'http://192.168.1.10:8080/admin', '192.168.1.10', 'a private'],
    ['link-local cloud metadata', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'a private'],
    ['CGNAT 100.64/10', 'http://100.64.0.1/', '100.64.0.1', 'a private'],
    ['IPv6 loopback', 'http://[::1]/', '::1', 'a private'],
    ['IPv6 unique-local', 'http://[fd00::1]/', 'fd00::1', 'a private'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/', '::ffff:7f00:1', 'a private'],
    ['unspecified 0.0.0.0', 'http://0.0.0.0/', '0.0.0.0', 'an unspecified'],
  ])('refuses a %s address literal', async (_name, url, address, kind) => {
    const error = await refusal(url, { ...strict, timeoutMs: 2_000 });
    expect(error.code).toBe('FETCH_FORBIDDEN_ADDRESS');
    expect(error.message).toBe(`refused: ${address} is ${kind} address; set TIDINGS_FETCH_ALLOW_PRIVATE=true to allow it`);
  });

  it('re-checks every redirect hop: an allowed host redirecting to a loopback address is refused', async () => {
    // 127.0.0.2 stands in for "an internal service"; 127.0.0.1 is the one host this test trusts.
    const internal = await serve((_req, res) => res.end('secret'), '127.0.0.2');
    const outside = await serve((req, res) => {
      if (req.url === '/start') res.writeHead(302, { location: '/middle' }).end();
      else res.writeHead(307, { location: `${internal.url}/admin` }).end();
    });
    const onlyOutside: SafeFetchOptions = { ...strict, allowAddresses: ['127.0.0.1'] };
    const first = await safeFetch(`${outside.url}/middle`, { ...onlyOutside, maxRedirects: 0 }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(TidingsError);
    expect((first as TidingsError).message).toBe('too many redirects (more than 0)'); // the trusted host itself is reachable

    const error = await refusal(`${outside.url}/start`, onlyOutside);
    expect(error.code).toBe('FETCH_FORBIDDEN_ADDRESS');
    expect(error.message).toBe(
      `refused: 127.0.0.2 is a private address (redirected to ${internal.url}/admin); set TIDINGS_FETCH_ALLOW_PRIVATE=true to allow it`,
    );
    expect(error.subject).toBe(`${outside.url}/start`);

    // With private addresses allowed the same chain reaches the end.
    const allowed = await safeFetch(`${outside.url}/start`, trusted);
    expect(allowed.url).toBe(`${internal.url}/admin`);
    expect(allowed.body.toString()).toBe('secret');
  });
});

describe('safeFetch over https', () => {
  it('filters https too, and names a rejected certificate', async () => {
    const fixtures = `${projectRoot}/tests/fixtures/ingest`;
    const server = createHttpsServer(
      { key: readFileSync(`${fixtures}/self-signed-key.pem`), cert: readFileSync(`${fixtures}/self-signed-cert.pem`) },
      (_req, res) => res.end('tls'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const forbidden = await refusal(url, strict);
      expect(forbidden.code).toBe('FETCH_FORBIDDEN_ADDRESS');
      const untrusted = await refusal(url, trusted);
      expect([untrusted.code, untrusted.message]).toEqual(['FETCH_FAILED', 'the TLS certificate of 127.0.0.1 was rejected (DEPTH_ZERO_SELF_SIGNED_CERT)']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
