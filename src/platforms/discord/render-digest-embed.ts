import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Digest } from '../../core/digest.js';
import { displayQuoteText, type Quote } from '../../core/quote.js';
import { defuseMentions } from '../../core/safety/defuse-mentions.js';
import { DISCORD_LIMITS, linkableUrl, truncate } from './embed-limits.js';

/** Tidings' accent colour on embeds. */
export const EMBED_COLOR = 0x2f6feb;

/** Room kept for the "…and N more quotes" note in the footer. */
const MORE_NOTE_ROOM = 40;

/** Key quotes first, then the other quotes of the digest, each once. */
function quotesInOrder(digest: Digest): Quote[] {
  const seen = new Set<string>();
  const out: Quote[] = [];
  for (const q of [...digest.keyQuotes, ...digest.quotes]) {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

/** A quote as an embed field: who said it (and their role) → “what they said”. */
export function quoteField(q: Pick<Quote, 'speaker' | 'role' | 'text'>, valueSuffix = ''): APIEmbedField {
  const speaker = q.speaker.trim() || 'Unnamed speaker';
  const who = q.role?.trim() ? `${speaker}, ${q.role.trim()}` : speaker;
  const suffix = valueSuffix ? `\n${valueSuffix}` : '';
  const quote = truncate(defuseMentions(`“${displayQuoteText(q.text)}”`), DISCORD_LIMITS.fieldValue - suffix.length);
  return { name: truncate(defuseMentions(who), DISCORD_LIMITS.fieldName), value: `${quote}${suffix}` };
}

/**
 * One article's digest as an embed whose counted length stays within `budget` (≤ 6,000):
 * title linked to the article, TL;DR and bullets as the description, quotes as fields
 * (key quotes first) while room and the 25-field limit allow, the rest counted in the footer.
 */
export function renderDigestEmbed(digest: Digest, budget: number = DISCORD_LIMITS.total): APIEmbed {
  const title = truncate(defuseMentions(digest.article.title.trim() || 'Untitled article'), Math.min(DISCORD_LIMITS.title, Math.max(1, budget - MORE_NOTE_ROOM * 2)));
  const footerBase = `${digest.article.words.toLocaleString('en-US')} words · ${digest.engine}`;
  let room = budget - title.length - footerBase.length - MORE_NOTE_ROOM;

  const parts: string[] = [];
  if (digest.tldr) parts.push(`**TL;DR** ${defuseMentions(digest.tldr)}`);
  if (digest.bullets.length > 0) parts.push(digest.bullets.map((b) => `• ${defuseMentions(b)}`).join('\n'));
  if (digest.quotes.length === 0) parts.push('*No direct quotes in this article.*');
  // The description may take at most two thirds of what is left, so quotes still get room.
  const description = truncate(parts.join('\n\n'), Math.max(0, Math.min(DISCORD_LIMITS.description, Math.floor((room * 2) / 3))));
  room -= description.length;

  const fields: APIEmbedField[] = [];
  const quotes = quotesInOrder(digest);
  for (const q of quotes) {
    if (fields.length >= DISCORD_LIMITS.fields) break;
    const field = quoteField(q);
    const size = field.name.length + field.value.length;
    if (size > room) break;
    fields.push(field);
    room -= size;
  }
  const left = quotes.length - fields.length;
  const footer = left > 0 ? `${footerBase} · …and ${left} more ${left === 1 ? 'quote' : 'quotes'}` : footerBase;

  const url = linkableUrl(digest.article.url);
  return {
    title,
    ...(url ? { url } : {}),
    ...(description ? { description } : {}),
    color: EMBED_COLOR,
    ...(fields.length > 0 ? { fields } : {}),
    footer: { text: truncate(footer, DISCORD_LIMITS.footer) },
  };
}
