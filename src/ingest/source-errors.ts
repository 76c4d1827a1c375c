import { TidingsError } from '../core/errors.js';
import { formatBytes } from './describe-network-error.js';

/** fs errors in plain words. */
export function fileError(error: unknown, path: string): TidingsError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const hint = /^[\w-]+(\.[\w-]+)+\//.test(path) ? ' (for a web page, give the full URL starting with https://)' : '';
    return new TidingsError('INPUT_NOT_FOUND', `no such file or directory${hint}`, { subject: path, cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') return new TidingsError('INPUT_INVALID', 'cannot be read (permission denied)', { subject: path, cause: error });
  if (code === 'EISDIR') return new TidingsError('INPUT_IS_DIRECTORY', 'is a directory; use `tidings ingest` for folders', { subject: path, cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new TidingsError('INPUT_INVALID', `cannot be read: ${message}`, { subject: path, cause: error });
}

/** A source over the byte cap, with both sizes named. */
export function tooLarge(size: number, maxBytes: number, subject: string): TidingsError {
  return new TidingsError('INPUT_TOO_LARGE', `is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)} (TIDINGS_FETCH_MAX_BYTES)`, { subject });
}
