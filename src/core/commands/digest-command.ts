import type { Digest } from '../digest.js';
import { channelDigestReply, composeChannelDigest } from '../digests/compose-channel-digest.js';
import type { StoredArticle } from '../ports/article-store.js';
import type { CommandDeps } from './deps.js';
import { words } from './parse-args.js';
import type { ChannelDigestItem, CommandRequest, Reply } from './types.js';

const MAX_ARTICLES = 50;

/** Pairs stored articles with their digests; an article without one is left out. */
export async function withDigests(deps: Pick<CommandDeps, 'articles'>, stored: StoredArticle[]): Promise<ChannelDigestItem[]> {
  const items: ChannelDigestItem[] = [];
  for (const s of stored) {
    const digest: Digest | null = await deps.articles.getDigest(s.article.id);
    if (digest) items.push({ digest, date: s.article.publishedAt ?? s.storedAt });
  }
  return items;
}

async function latest(deps: CommandDeps, request: CommandRequest): Promise<Reply> {
  const last = await deps.channels.lastSent(request.channel);
  if (!last) return { kind: 'text', text: 'This channel has had no digest yet. Try /digest for the newest articles.' };
  const stored = (await Promise.all(last.articleIds.map((id) => deps.articles.findArticle({ id })))).filter((s): s is StoredArticle => s !== null);
  const items = await withDigests(deps, stored);
  if (items.length === 0) return { kind: 'text', text: 'The articles of the last digest are no longer stored.' };
  return channelDigestReply(composeChannelDigest(items, { maxFull: deps.maxFull }), `Last digest (${last.sentAt.slice(0, 16).replace('T', ' ')} UTC)`);
}

/** `/digest`: the articles stored since this channel's last digest; `/digest latest` shows the last one again. */
export async function runDigest(deps: CommandDeps, request: CommandRequest): Promise<Reply> {
  const [arg, extra] = words(request.text);
  if (arg?.toLowerCase() === 'latest' && !extra) return latest(deps, request);
  if (arg) return { kind: 'error', text: 'Sorry — /digest takes nothing, or `latest` to show the last digest again.' };
  const unsent = await deps.channels.unsentArticles(request.channel, { limit: MAX_ARTICLES });
  const items = await withDigests(deps, unsent);
  if (items.length === 0) {
    return { kind: 'text', text: 'No new articles since this channel’s last digest. `/digest latest` shows it again; `/summary <url>` digests one article.' };
  }
  const channelDigest = composeChannelDigest(items, { maxFull: deps.maxFull });
  await deps.channels.markSent(request.channel, items.map((i) => i.digest.article.id), deps.clock.now().toISOString());
  const n = items.length;
  return channelDigestReply(channelDigest, `Digest: ${n} new ${n === 1 ? 'article' : 'articles'}`);
}
