import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { TidingsError } from '../core/errors.js';
import { formatBytes } from './describe-network-error.js';
import { fileError } from './source-errors.js';

/**
 * Reads a file, refusing it once it passes `maxBytes` (a file can grow after stat, and special
 * files such as FIFOs have no size).
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(error, path);
  }
  try {
    return await readStreamCapped(handle.createReadStream(), maxBytes, path);
  } catch (error) {
    throw error instanceof TidingsError ? error : fileError(error, path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a stream to the end, refusing it (and stopping) once it passes `maxBytes`. */
export async function readStreamCapped(stream: Readable | NodeJS.ReadableStream, maxBytes: number, subject: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw new TidingsError('INPUT_TOO_LARGE', `is larger than the ${formatBytes(maxBytes)} limit (TIDINGS_FETCH_MAX_BYTES)`, { subject });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
