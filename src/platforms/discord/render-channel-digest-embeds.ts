import type { APIEmbed } from 'discord.js';
import type { ChannelDigest } from '../../core/commands/types.js';
import { defuseMentions } from '../../core/safety/defuse-mentions.js';
import { EMBED_COLOR, renderDigestEmbed } from './render-digest-embed.js';
import { DISCORD_LIMITS, truncate } from './embed-limits.js';
import { markdownLink } from './markdown-link.js';

/** At most this many characters of the 6,000 go to the "More articles" list. */
const MORE_BUDGET = 1500;
/** A full digest gets at least this many characters, else it joins the "More" list. */
const MIN_DIGEST_BUDGET = 600;

interface LinkItem {
  title: string;
  url: string | null;
}

function moreEmbed(items: readonly LinkItem[]): APIEmbed {
  const title = 'More articles';
  const lines: string[] = [];
  let used = title.length;
  for (const [i, item] of items.entries()) {
    const line = `• ${markdownLink(truncate(defuseMentions(item.title || 'Untitled article'), 150), item.url)}`;
    const note = `…and ${items.length - i} more`;
    // Keep room for the closing note whenever another line might not fit.
    if (used + line.length + 1 + note.length + 1 > MORE_BUDGET) {
      lines.push(note);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return { title, description: lines.join('\n'), color: EMBED_COLOR };
}

/**
 * A channel digest as one message's embeds: one embed per full digest and a last "More
 * articles" embed of links — at most 10 embeds and 6,000 counted characters in all.
 * Full digests that would not fit join the links.
 */
export function renderChannelDigestEmbeds(channelDigest: ChannelDigest): APIEmbed[] {
  const maxFull = Math.min(
    channelDigest.full.length,
    DISCORD_LIMITS.embeds - 1,
    Math.floor((DISCORD_LIMITS.total - MORE_BUDGET) / MIN_DIGEST_BUDGET),
  );
  const full = channelDigest.full.slice(0, maxFull);
  const links: LinkItem[] = [
    ...channelDigest.full.slice(maxFull).map((i) => ({ title: i.digest.article.title, url: i.digest.article.url })),
    ...channelDigest.more,
  ];
  const more = links.length > 0 ? moreEmbed(links) : null;
  const moreLength = more ? more.title!.length + more.description!.length : 0;
  const perDigest = full.length > 0 ? Math.floor((DISCORD_LIMITS.total - moreLength) / full.length) : 0;
  const embeds = full.map((item) => renderDigestEmbed(item.digest, perDigest));
  if (more) embeds.push(more);
  return embeds;
}
