import { TidingsError } from '../../core/errors.js';

export interface ResponseUrlOptions {
  /** Attempts in all, the first included; a 429 or a 5xx is tried again. */
  maxAttempts?: number;
  /** Longest wait honoured from a Retry-After header, in seconds. */
  maxRetryAfterSec?: number;
  /** Per-attempt timeout, in milliseconds. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Called before each wait, for logs and tests. */
  onRetry?: (info: { status: number; waitMs: number; attempt: number }) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds from a Retry-After header (seconds or an HTTP date), or undefined. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * POSTs a message to a slash command's response_url. Honours 429 Retry-After (the message then
 * arrives once, late) and retries a 5xx a few times; never posts again after a success.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export async function postToResponseUrl(url: string, message: object, options: ResponseUrlOptions = {}): Promise<void> {
  const { maxAttempts = 4, maxRetryAfterSec = 60, timeoutMs = 10_000, onRetry } = options;
  const doFetch = options.fetch ?? fetch;
  const body = JSON.stringify(message);
  for (let attempt = 1; ; attempt += 1) {
    let status: number;
    let wait: number | undefined;
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel();
      if (res.ok) return;
      status = res.status;
      wait = retryAfterMs(res.headers.get('retry-after'));
    } catch (e) {
      // A timeout may have delivered the message already; trying again could double it.
      throw new TidingsError('PLATFORM_FAILED', 'could not reach Slack to answer the command', { subject: 'response_url', cause: e });
    }
    const retryable = status === 429 || status >= 500;
    if (!retryable || attempt >= maxAttempts) {
      throw new TidingsError('PLATFORM_FAILED', `Slack answered ${status} to the command's response`, { subject: 'response_url' });
    }
    const waitMs = Math.min(wait ?? 500 * 2 ** (attempt - 1), maxRetryAfterSec * 1000);
    onRetry?.({ status, waitMs, attempt });
    await sleep(waitMs);
  }
}
