import { TidingsError } from '../core/errors.js';

/** Node socket/DNS/TLS error codes → plain words. */
const NETWORK_REASONS: Record<string, (host: string) => string> = {
  ENOTFOUND: (host) => `could not find the host ${host}`,
  EAI_AGAIN: (host) => `could not look up the host ${host} (DNS is not answering)`,
  ECONNREFUSED: (host) => `${host} refused the connection`,
  ECONNRESET: () => 'the server closed the connection',
  EPIPE: () => 'the server closed the connection',
  ETIMEDOUT: (host) => `the connection to ${host} timed out`,
  EHOSTUNREACH: (host) => `${host} cannot be reached`,
  ENETUNREACH: (host) => `${host} cannot be reached (no route to the network)`,
  HPE_INVALID_CONSTANT: () => 'the server sent a malformed HTTP response',
  HPE_HEADER_OVERFLOW: () => 'the server sent oversized HTTP headers',
};

interface ErrorContext {
  /** The URL the caller asked for. */
  subject: string;
  /** The hop being fetched when it failed (differs from `subject` after a redirect). */
  target: URL;
  signal: AbortSignal;
  timeoutMs: number;
}

/** Formats a byte count for people: 5 MB, 20.5 MB, 800 kB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

/** Turns whatever a request or its body stream failed with into a TidingsError naming the reason. */
export function describeNetworkError(error: unknown, context: ErrorContext): TidingsError {
  if (error instanceof TidingsError) return error;
  const { subject, target, signal } = context;
  const options = { subject, cause: error };
  const redirected = target.href === subject || target.href === safeHref(subject) ? '' : ` (redirected to ${target.href})`;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    if (reason instanceof Error && reason.name === 'TimeoutError') {
      return new TidingsError('FETCH_TIMEOUT', `no complete answer within ${formatSeconds(context.timeoutMs)}${redirected}`, options);
    }
    return new TidingsError('FETCH_FAILED', 'the request was cancelled', options);
  }
  const message = error instanceof Error ? error.message : String(error);
  const refused = /DNS lookup (\S+?)\(family:.*is not allowed/.exec(message);
  if (refused) {
    const address = refused[1] ?? target.hostname;
    const kind = /meta IP address/.test(message) ? 'an unspecified' : 'a private';
    return new TidingsError(
      'FETCH_FORBIDDEN_ADDRESS',
      `refused: ${address} is ${kind} address${redirected}; set TIDINGS_FETCH_ALLOW_PRIVATE=true to allow it`,
      options,
    );
  }
  const code = (error as { code?: unknown }).code;
  const host = target.hostname;
  if (typeof code === 'string') {
    const reason = NETWORK_REASONS[code];
    if (reason) return new TidingsError('FETCH_FAILED', reason(host) + redirected, options);
    if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
      return new TidingsError('FETCH_FAILED', `the TLS certificate of ${host} was rejected (${code})${redirected}`, options);
    }
  }
  if (/socket hang up/i.test(message)) return new TidingsError('FETCH_FAILED', `the server closed the connection${redirected}`, options);
  return new TidingsError('FETCH_FAILED', `could not fetch it: ${message}${redirected}`, options);
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

function safeHref(raw: string): string {
  try {
    return new URL(raw).href;
  } catch {
    return raw;
  }
}
