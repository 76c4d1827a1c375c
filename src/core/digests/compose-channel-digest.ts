import type { ChannelDigest, ChannelDigestItem, Reply } from '../commands/types.js';
import { renderChannelDigestText } from '../render/render-channel-digest-text.js';

/**
 * How much an article matters in a digest of several: attributed quotes (key quotes most),
 * then length. Deliberately simple and explainable; ties go to the newer article.
 */
export function importance(item: ChannelDigestItem): number {
  const d = item.digest;
  const speakers = new Set(d.quotes.map((q) => q.speaker)).size;
  return d.keyQuotes.length * 2 + Math.min(speakers, 5) + Math.log2(1 + d.article.words) / 2;
}

/** The most important `maxFull` articles in full, the rest as one-line links. */
export function composeChannelDigest(items: ChannelDigestItem[], options: { maxFull: number }): ChannelDigest {
  const ranked = [...items].sort((a, b) => importance(b) - importance(a) || b.date.localeCompare(a.date));
  const maxFull = Math.max(1, options.maxFull);
  return {
    full: ranked.slice(0, maxFull),
    more: ranked.slice(maxFull).map((i) => ({ title: i.digest.article.title, url: i.digest.article.url, articleId: i.digest.article.id })),
  };
}

/** A channel digest as a Reply, with its plain-text fallback. */
export function channelDigestReply(channelDigest: ChannelDigest, heading: string): Reply {
  return { kind: 'channel-digest', text: renderChannelDigestText(channelDigest, heading), channelDigest };
}
