import type { APIEmbed } from 'discord.js';

/**
 * Discord's message and embed limits. Lengths are counted in UTF-16 code units, which is never
 * less than Discord's own count, so staying under them here keeps a message valid there.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author of every embed of a message. */
  total: 6000,
  embeds: 10,
  url: 2048,
} as const;

/** `text` cut to at most `max` characters, ending in "…" when cut (never splitting a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** The characters of an embed that count toward the 6,000 a message may carry. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Sum of `embedLength` over a message's embeds. */
export function totalEmbedLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/** An http(s) URL Discord accepts as an embed or link target, else null (a bad URL fails the whole message). */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url || url.length > DISCORD_LIMITS.url || !URL.canParse(url)) return null;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? url : null;
}
