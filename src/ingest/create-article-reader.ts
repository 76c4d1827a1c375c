import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildArticle, type Article, type ArticleDraft } from '../core/article.js';
import { TidingsError } from '../core/errors.js';
import type { ArticleReader } from '../core/ports/article-reader.js';
import { cleanPlainText } from './clean-plain-text.js';
import { decodeSource } from './decode-source.js';
import { htmlToDraft } from './html-to-draft.js';
import { readFileCapped, readStreamCapped } from './read-local-source.js';
import { fileError, tooLarge } from './source-errors.js';
import { safeFetch } from './safe-fetch.js';
import { isUrlLike } from './source-kind.js';

export interface ArticleReaderOptions {
  fetch: { allowPrivate: boolean; timeoutMs: number; maxBytes: number };
  /** Reads all of stdin (for the source "-"); defaults to process.stdin. */
  readStdin?: () => Promise<Buffer>;
}

/** What was loaded from a source, before decoding. */
interface LoadedSource {
  bytes: Buffer;
  extension: string;
  contentType?: string | undefined;
  url: string | null;
}

/** An ArticleReader over files, stdin ("-") and http(s) URLs. */
export function createArticleReader(options: ArticleReaderOptions): ArticleReader {
  return {
    read: async (source, readOptions) => {
      const loaded = await load(source, options, readOptions?.signal);
      const decoded = decodeSource(loaded.bytes, { subject: source, extension: loaded.extension, contentType: loaded.contentType });
      const draft = decoded.kind === 'html' ? htmlToDraft(decoded.text, source, loaded.url) : cleanPlainText(decoded.text, source, { url: loaded.url });
      return finish(draft, source);
    },
  };
}

function finish(draft: ArticleDraft, source: string): Article {
  if (!draft.blocks.some((b) => b.kind === 'paragraph')) {
    throw new TidingsError('INPUT_NO_ARTICLE', 'has no article text (only a headline, headings or boilerplate)', { subject: source });
  }
  return buildArticle(draft);
}

async function load(source: string, options: ArticleReaderOptions, signal: AbortSignal | undefined): Promise<LoadedSource> {
  const { maxBytes } = options.fetch;
  if (source === '-') {
    const read = options.readStdin ?? (() => readStreamCapped(process.stdin, maxBytes, '-'));
    const bytes = await read();
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, source);
    return { bytes, extension: '', url: null };
  }
  if (isUrlLike(source)) {
    const response = await safeFetch(source, { ...options.fetch, ...(signal ? { signal } : {}) });
    const path = new URL(response.url).pathname;
    return { bytes: response.body, extension: extname(path).toLowerCase(), contentType: response.headers['content-type'], url: response.url };
  }
  await checkFile(source, maxBytes);
  return { bytes: await readFileCapped(source, maxBytes), extension: extname(source).toLowerCase(), url: null };
}

/** Refuses missing paths, directories and files over the cap before reading a byte. */
async function checkFile(path: string, maxBytes: number): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(error, path);
  }
  if (info.isDirectory()) throw new TidingsError('INPUT_IS_DIRECTORY', 'is a directory; use `tidings ingest` for folders', { subject: path });
  if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes, path);
}
