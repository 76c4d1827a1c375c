import type { APIEmbed } from 'discord.js';
import type { Reply } from '../../core/commands/types.js';
import { defuseMentions } from '../../core/safety/defuse-mentions.js';
import { renderChannelDigestEmbeds } from './render-channel-digest-embeds.js';
import { renderDigestEmbed } from './render-digest-embed.js';
import { renderQuotesEmbed, renderSpeakersEmbed } from './render-quotes-embed.js';
import { DISCORD_LIMITS, truncate } from './embed-limits.js';

/** A reply as Discord carries it: message content, embeds, and whether only the asker sees it. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  ephemeral: boolean;
}

/** Plain text as message content: mention-safe and within 2,000 characters. */
export function contentText(text: string): string {
  return truncate(defuseMentions(text.trimEnd()), DISCORD_LIMITS.content);
}

/** Renders a platform-neutral Reply for Discord; structured replies become embeds. */
export function renderDiscordReply(reply: Reply): DiscordMessage {
  switch (reply.kind) {
    case 'text':
      return { content: contentText(reply.text), embeds: [], ephemeral: reply.ephemeral ?? false };
    case 'error':
      return { content: contentText(reply.text), embeds: [], ephemeral: true };
    case 'digest':
      return { content: '', embeds: [renderDigestEmbed(reply.digest)], ephemeral: false };
    case 'channel-digest': {
      const heading = reply.text.split('\n', 1)[0] ?? '';
      return { content: contentText(heading), embeds: renderChannelDigestEmbeds(reply.channelDigest), ephemeral: false };
    }
    case 'quotes':
      return { content: '', embeds: [renderQuotesEmbed(reply.speaker, reply.quotes)], ephemeral: false };
    case 'speakers':
      return { content: '', embeds: [renderSpeakersEmbed(reply.heading, reply.speakers)], ephemeral: false };
  }
}
