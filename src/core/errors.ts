/** Why something failed, stable for tests and logs. */
export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_IS_DIRECTORY'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_NO_ARTICLE'
  | 'INPUT_INVALID'
  | 'FETCH_FORBIDDEN_ADDRESS'
  | 'FETCH_BAD_URL'
  | 'FETCH_HTTP_STATUS'
  | 'FETCH_TIMEOUT'
  | 'FETCH_FAILED'
  | 'FEED_INVALID'
  | 'CONFIG_INVALID'
  | 'USAGE'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'LLM_UNAVAILABLE'
  | 'LLM_INVALID_OUTPUT'
  | 'PLATFORM_FAILED'
  | 'STORE_FAILED';

/**
 * An expected failure with a message fit for the person who caused it
 * (a bad file, a private address, a wrong command). Never shown with a stack trace.
 */
export class TidingsError extends Error {
  readonly code: ErrorCode;
  /** What was being read or done when it failed: a path, a URL, a setting name. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, options: { subject?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TidingsError';
    this.code = code;
    this.subject = options.subject;
  }
}

export const isTidingsError = (e: unknown): e is TidingsError => e instanceof TidingsError;

/** A one-line message naming the subject and the reason. */
export function describeError(e: unknown): string {
  if (isTidingsError(e)) return e.subject ? `${e.subject}: ${e.message}` : e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
