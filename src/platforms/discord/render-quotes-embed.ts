import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { QuoteWithArticle, SpeakerCount } from '../../core/ports/article-store.js';
import { defuseMentions } from '../../core/safety/defuse-mentions.js';
import { EMBED_COLOR, quoteField } from './render-digest-embed.js';
import { DISCORD_LIMITS, truncate } from './embed-limits.js';
import { markdownLink } from './markdown-link.js';

/** Room kept for the footer ("…and N more quotes"). */
const FOOTER_ROOM = 60;

/**
 * `/quotes <speaker>`: one field per quote, newest article first — the speaker (and role) as the
 * name, “the quote” and a link to its article with the date as the value; within every limit.
 */
export function renderQuotesEmbed(speaker: string, quotes: readonly QuoteWithArticle[]): APIEmbed {
  const title = truncate(defuseMentions(`Quotes by ${speaker}`), DISCORD_LIMITS.title);
  const description = `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}, newest first`;
  let room = DISCORD_LIMITS.total - title.length - description.length - FOOTER_ROOM;
  const fields: APIEmbedField[] = [];
  for (const q of quotes) {
    if (fields.length >= DISCORD_LIMITS.fields) break;
    const source = `— ${markdownLink(truncate(defuseMentions(q.articleTitle || 'Untitled article'), 200), q.articleUrl)} · ${q.articleDate.slice(0, 10)}`;
    const field = quoteField(q, source);
    const size = field.name.length + field.value.length;
    if (size > room) break;
    fields.push(field);
    room -= size;
  }
  const left = quotes.length - fields.length;
  return {
    title,
    description,
    color: EMBED_COLOR,
    fields,
    ...(left > 0 ? { footer: { text: `…and ${left} more ${left === 1 ? 'quote' : 'quotes'}` } } : {}),
  };
}

/** Speakers with their quote counts (no-argument `/quotes`, or the closest matches to a query). */
export function renderSpeakersEmbed(heading: string, speakers: readonly SpeakerCount[]): APIEmbed {
  const lines: string[] = [];
  let used = 0;
  const budget = DISCORD_LIMITS.description - FOOTER_ROOM;
  for (const s of speakers) {
    const line = `• **${defuseMentions(s.name).replace(/\*/gu, '\\*')}** — ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'}`;
    if (used + line.length + 1 > budget) {
      lines.push(`…and ${speakers.length - lines.length} more`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return {
    title: truncate(defuseMentions(heading), DISCORD_LIMITS.title),
    ...(lines.length > 0 ? { description: lines.join('\n') } : {}),
    color: EMBED_COLOR,
  };
}
