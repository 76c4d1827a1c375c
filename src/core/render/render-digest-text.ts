import type { Digest } from '../digest.js';
import { displayQuoteText, type Quote } from '../quote.js';
import { defuseMentions } from '../safety/defuse-mentions.js';

export type TextFormat = 'text' | 'markdown';

/** “…” — Speaker, Role */
export function formatQuoteLine(q: Pick<Quote, 'speaker' | 'role' | 'text'>): string {
  const who = q.role ? `${q.speaker}, ${q.role}` : q.speaker;
  return defuseMentions(`“${displayQuoteText(q.text)}” — ${who}`);
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Other quotes than the key ones, grouped by speaker, for the "more quotes" section. */
function otherQuotes(digest: Digest): Quote[] {
  const key = new Set(digest.keyQuotes.map((q) => `${q.start}:${q.end}`));
  return digest.quotes.filter((q) => !key.has(`${q.start}:${q.end}`));
}

/** A digest for a terminal (`text`) or a Markdown document (`markdown`); every line mention-safe. */
export function renderDigestText(digest: Digest, format: TextFormat = 'text'): string {
  const md = format === 'markdown';
  const safe = defuseMentions;
  const lines: string[] = [];
  const title = safe(digest.article.title || 'Untitled article');
  lines.push(md ? `# ${digest.article.url ? `[${title}](${digest.article.url})` : title}` : title);
  const meta = [plural(digest.article.words, 'word'), `engine: ${digest.engine}`];
  if (!md && digest.article.url) meta.unshift(digest.article.url);
  lines.push(md ? `*${meta.join(' · ')}*` : meta.join(' · '));
  lines.push('');
  if (digest.tldr) lines.push(md ? `**TL;DR** ${safe(digest.tldr)}` : `TL;DR  ${safe(digest.tldr)}`, '');
  for (const b of digest.bullets) lines.push(md ? `- ${safe(b)}` : `  • ${safe(b)}`);
  if (digest.bullets.length > 0) lines.push('');
  if (digest.keyQuotes.length > 0) {
    lines.push(md ? '## Key quotes' : 'Key quotes', '');
    for (const q of digest.keyQuotes) lines.push(md ? `> ${formatQuoteLine(q)}` : `  ${formatQuoteLine(q)}`);
    lines.push('');
  }
  const rest = otherQuotes(digest);
  if (rest.length > 0) {
    lines.push(md ? '## Also quoted' : 'Also quoted', '');
    for (const q of rest) lines.push(md ? `- ${formatQuoteLine(q)}` : `  ${formatQuoteLine(q)}`);
    lines.push('');
  }
  if (digest.quotes.length === 0) lines.push(md ? '*No direct quotes in this article.*' : 'No direct quotes in this article.', '');
  return lines.join('\n').replace(/\n+$/u, '\n');
}
