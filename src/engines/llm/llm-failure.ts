import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';

/** Why a model request did not give us a digest; the fallback reason in logs and metrics. */
export type LlmFailureKind =
  | 'timeout'
  | 'connection'
  | 'rate_limited'
  | 'server_error'
  | 'schema_unsupported'
  | 'bad_request'
  | 'auth'
  | 'invalid_output'
  | 'refusal'
  | 'budget_exhausted'
  | 'aborted';

/** An expected failure of the model path, as a value: the summarizer answers it with the extractive engine. */
export interface LlmFailure {
  kind: LlmFailureKind;
  message: string;
  status?: number;
  /** What the server asked us to wait before retrying, already capped. */
  retryAfterMs?: number;
}

/** A server may ask for a long wait; we never wait longer than this for one retry. */
export const RETRY_AFTER_CAP_MS = 10_000;

const RETRYABLE: ReadonlySet<LlmFailureKind> = new Set(['timeout', 'connection', 'rate_limited', 'server_error']);

/** Worth another try after a pause: timeouts, refused connections, 429 and 5xx. */
export const isRetryable = (f: LlmFailure): boolean => RETRYABLE.has(f.kind);

/** `Retry-After` (seconds or HTTP date) or `retry-after-ms`, capped; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return Math.min(ms, RETRY_AFTER_CAP_MS);
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(raw) - now;
  return Number.isFinite(wait) ? Math.min(Math.max(wait, 0), RETRY_AFTER_CAP_MS) : undefined;
}

/**
 * Translates whatever the openai SDK threw into our failure value.
 * @see https://github.com/openai/openai-node#handling-errors
 */
export function translateOpenAiError(e: unknown, context: { schemaMode: boolean; deadlinePassed: boolean }): LlmFailure {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof APIUserAbortError) return { kind: context.deadlinePassed ? 'budget_exhausted' : 'aborted', message };
  if (e instanceof APIConnectionTimeoutError) return { kind: 'timeout', message };
  if (e instanceof APIConnectionError) return { kind: 'connection', message };
  if (e instanceof RateLimitError) {
    const wait = retryAfterMs(e.headers);
    return { kind: 'rate_limited', message, status: 429, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  }
  if (e instanceof AuthenticationError || e instanceof PermissionDeniedError) return { kind: 'auth', message, status: e.status };
  if (e instanceof APIError) {
    const status = e.status ?? 0;
    if ((status === 400 || status === 422) && context.schemaMode) return { kind: 'schema_unsupported', message, status };
    if (status >= 500 || status === 408 || status === 409) return { kind: 'server_error', message, status };
    return { kind: 'bad_request', message, status };
  }
  return { kind: 'connection', message };
}
