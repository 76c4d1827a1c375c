import { withDigests } from '../commands/digest-command.js';
import type { Reply } from '../commands/types.js';
import { channelDigestReply, composeChannelDigest } from '../digests/compose-channel-digest.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { ChannelStore } from '../ports/channel-store.js';
import type { Schedule } from './schedule-store.js';

/** How many unsent articles one scheduled digest looks at. */
const MAX_ARTICLES = 50;

export interface ScheduledDigest {
  reply: Reply;
  articleIds: string[];
}

/** "Mon 30 Mar, 09:00" in the schedule's own zone. */
export function formatSlot(slot: Date, timezone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${f.format(slot)} ${timezone}`;
}

/**
 * The digest a schedule posts at `slot`: the channel's unsent articles (the `/digest` rule), the
 * most important in full and the rest as links; null when there is nothing new.
 */
export async function scheduledDigestReply(
  deps: { channels: ChannelStore; articles: ArticleStore; maxFull: number },
  schedule: Schedule,
  slot: Date,
): Promise<ScheduledDigest | null> {
  const unsent = await deps.channels.unsentArticles(schedule.channel, { limit: MAX_ARTICLES });
  const items = await withDigests(deps, unsent);
  if (items.length === 0) return null;
  const n = items.length;
  const heading = `Digest for ${formatSlot(slot, schedule.timezone)}: ${n} new ${n === 1 ? 'article' : 'articles'}`;
  return {
    reply: channelDigestReply(composeChannelDigest(items, { maxFull: deps.maxFull }), heading),
    articleIds: items.map((i) => i.digest.article.id),
  };
}
