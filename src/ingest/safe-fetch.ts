import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { TidingsError } from '../core/errors.js';
import { describeNetworkError } from './describe-network-error.js';
import { readCappedBody } from './read-capped-body.js';

export interface SafeFetchOptions {
  /** The whole request — every redirect hop and the body — must finish within this. */
  timeoutMs: number;
  /** Largest body accepted, counted while streaming (after decompression). */
  maxBytes: number;
  /** Reach private, loopback, link-local, CGNAT and unspecified addresses (tests, intranets). */
  allowPrivate: boolean;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for conditional GETs. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  /**
   * Addresses or CIDR ranges reachable even when `allowPrivate` is false — one trusted intranet
   * host, or a test server, without opening every private range.
   */
  allowAddresses?: string[];
}

export interface SafeFetchResponse {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Raw bytes (decompressed, never charset-decoded). */
  body: Buffer;
}

export const USER_AGENT = 'Tidings/0.1 (+https://github.com/tidings-bot/tidings)';
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Sent to the first host only: a redirect to another origin must not carry credentials on. */
const ORIGIN_BOUND_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * GETs an http(s) URL with SSRF protection: every hop's resolved address is checked at connect
 * time by request-filtering-agent, redirects are followed here (at most `maxRedirects`), the
 * timeout covers the whole exchange and the body is cut off at `maxBytes` while streaming.
 * Returns 2xx and 304 responses; anything ≥ 400 rejects with FETCH_HTTP_STATUS.
 */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const maxRedirects = options.maxRedirects ?? 5;
  let current = parseHttpUrl(url, url);
  let headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', ...lowerCaseKeys(options.headers ?? {}) };
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(current, headers, options, signal, url);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location !== undefined) {
      response.destroy();
      if (hop >= maxRedirects) throw new TidingsError('FETCH_FAILED', `too many redirects (more than ${maxRedirects})`, { subject: url });
      const next = parseHttpUrl(resolveLocation(location, current, url), url);
      if (next.origin !== current.origin) headers = withoutKeys(headers, ORIGIN_BOUND_HEADERS);
      current = next;
      continue;
    }
    const status = response.statusCode ?? 0;
    if (status >= 400) {
      response.destroy();
      const reason = response.statusMessage || http.STATUS_CODES[status] || 'error';
      throw new TidingsError('FETCH_HTTP_STATUS', `HTTP ${status} ${reason}`, { subject: url });
    }
    const body = await readCappedBody(response, { maxBytes: options.maxBytes, signal, subject: url, target: current, timeoutMs: options.timeoutMs });
    return { status, url: current.href, headers: flattenHeaders(response.headers), body };
  }
}

/** One GET through a filtering agent; resolves with the response head. */
function requestOnce(
  target: URL,
  headers: Record<string, string>,
  options: SafeFetchOptions,
  signal: AbortSignal,
  subject: string,
): Promise<http.IncomingMessage> {
  const filter = {
    allowPrivateIPAddress: options.allowPrivate,
    allowMetaIPAddress: options.allowPrivate,
    allowIPAddressList: options.allowAddresses ?? [],
  };
  const agent = target.protocol === 'https:' ? new RequestFilteringHttpsAgent(filter) : new RequestFilteringHttpAgent(filter);
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const request = send(target, { method: 'GET', headers, agent, signal }, (response) => {
      response.once('close', () => agent.destroy());
      resolve(response);
    });
    request.on('error', (error) => {
      agent.destroy();
      reject(describeNetworkError(error, { subject, target, signal, timeoutMs: options.timeoutMs }));
    });
    request.end();
  });
}

/** Parses and checks the scheme; `subject` is the URL the caller asked for. */
function parseHttpUrl(raw: string, subject: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new TidingsError('FETCH_BAD_URL', 'is not a valid URL', { subject });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const where = raw === subject ? '' : ` (redirected to ${raw})`;
    throw new TidingsError('FETCH_BAD_URL', `only http and https URLs can be read, not ${parsed.protocol.replace(':', '')}${where}`, { subject });
  }
  return parsed;
}

function resolveLocation(location: string, base: URL, subject: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new TidingsError('FETCH_FAILED', `the server redirected to an invalid address: ${location}`, { subject });
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function withoutKeys(headers: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !keys.includes(k)));
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
