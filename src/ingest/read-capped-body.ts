import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { TidingsError } from '../core/errors.js';
import { describeNetworkError, formatBytes } from './describe-network-error.js';

interface BodyLimits {
  maxBytes: number;
  signal: AbortSignal;
  subject: string;
  /** The URL being read (after redirects), for error messages. */
  target: URL;
  timeoutMs: number;
}

/**
 * Reads a response body, refusing it as soon as it passes `maxBytes` (declared or streamed,
 * after decompression, so a small gzip bomb is caught too). Stops reading at once when refused.
 */
export async function readCappedBody(response: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  const { maxBytes, subject } = limits;
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new TidingsError('INPUT_TOO_LARGE', `the response is ${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)}`, { subject });
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      total += bytes.length;
      if (total > maxBytes) {
        response.destroy();
        if (stream !== response) stream.destroy();
        throw new TidingsError('INPUT_TOO_LARGE', `the response is larger than the ${formatBytes(maxBytes)} limit`, { subject });
      }
      chunks.push(bytes);
    }
  } catch (error) {
    response.destroy();
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new TidingsError('FETCH_FAILED', 'the response could not be decompressed', { subject, cause: error });
    }
    throw describeNetworkError(error, { subject, target: limits.target, signal: limits.signal, timeoutMs: limits.timeoutMs });
  }
  return Buffer.concat(chunks, total);
}

/** The body stream after undoing Content-Encoding (gzip, deflate, br); others pass through. */
function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decompressor =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (decompressor === null) return response;
  response.on('error', (error) => decompressor.destroy(error));
  return response.pipe(decompressor);
}
