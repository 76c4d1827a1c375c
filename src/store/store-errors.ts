import { isTidingsError, TidingsError } from '../core/errors.js';

/** Turns a driver failure (locked file, full disk, corrupt page) into a STORE_FAILED a user can read; typed errors pass through. */
export function storeFailure(e: unknown, doing: string, subject: string): TidingsError {
  if (isTidingsError(e)) return e;
  return new TidingsError('STORE_FAILED', `could not ${doing} (${e instanceof Error ? e.message : String(e)})`, { subject, cause: e });
}

/** Parses JSON the store wrote itself; unreadable text is a STORE_FAILED naming what it was. */
export function parseStoredJson(text: string, what: string, subject: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TidingsError('STORE_FAILED', `${what} is unreadable`, { subject, cause: e });
  }
}

/**
 * Wraps every async method of a store so a driver failure surfaces as STORE_FAILED ("could not
 * read the store (database is locked)") instead of a stack trace.
 */
export function withStoreErrors<T extends object>(store: T, subject: string): T {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, member] of Object.entries(store)) {
    wrapped[name] = typeof member !== 'function' ? member : async (...args: unknown[]) => {
      try {
        return await (member as (...a: unknown[]) => Promise<unknown>).apply(store, args);
      } catch (e) {
        throw storeFailure(e, name === 'saveDigest' ? 'store the article' : 'read the store', subject);
      }
    };
  }
  return wrapped as T;
}
