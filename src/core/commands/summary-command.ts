import type { Digest } from '../digest.js';
import { digestOnce } from '../digests/digest-once.js';
import { TidingsError } from '../errors.js';
import { renderDigestText } from '../render/render-digest-text.js';
import type { CommandDeps } from './deps.js';
import { parseHttpUrl, words } from './parse-args.js';
import type { CommandRequest, Reply } from './types.js';

/** Reads, digests and stores one article; an article already stored costs nothing. */
export async function digestUrl(deps: CommandDeps, url: string, signal?: AbortSignal): Promise<Digest> {
  const stored = await deps.articles.findArticle({ url });
  if (stored) {
    const digest = await deps.articles.getDigest(stored.article.id);
    if (digest) return digest;
  }
  const article = await deps.reader.read(url, signal ? { signal } : {});
  const saved = await digestOnce(deps, article, signal ? { signal } : {});
  const digest = saved.digest ?? (await deps.articles.getDigest(saved.articleId));
  // An article and its digest are stored in one transaction, so a missing digest is a store fault.
  if (!digest) throw new TidingsError('STORE_FAILED', 'the stored article has no digest', { subject: saved.articleId });
  return digest;
}

/** `/summary <url>`: the digest of one article on demand. */
export async function runSummary(deps: CommandDeps, request: CommandRequest, signal?: AbortSignal): Promise<Reply> {
  const [first] = words(request.text);
  if (!first) {
    return { kind: 'error', text: 'Sorry — /summary needs the address of an article, e.g. `/summary https://example.com/news/story`.' };
  }
  const url = parseHttpUrl(first);
  if (!url) {
    return { kind: 'error', text: `Sorry — “${first.slice(0, 200)}” is not an http(s) address. Try \`/summary https://example.com/news/story\`.` };
  }
  const digest = await digestUrl(deps, url, signal);
  return { kind: 'digest', text: renderDigestText(digest), digest };
}
