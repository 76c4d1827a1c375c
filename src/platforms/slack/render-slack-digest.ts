import type { Digest } from '../../core/digest.js';
import { displayQuoteText, type Quote } from '../../core/quote.js';
import { packLines } from './pack-lines.js';
import { contextBlock, headerBlock, sectionBlock, type SlackBlock } from './slack-blocks.js';
import { mrkdwnLink, mrkdwnText } from './slack-text.js';

/** At most this many blocks for one digest: header, TL;DR, 2 bullet sections, 3 quote sections, context. */
export const DIGEST_MAX_BLOCKS = 8;

/** “text” — *Speaker*, role — escaped mrkdwn. */
export function quoteLine(q: Pick<Quote, 'speaker' | 'role' | 'text'>): string {
  const who = `*${mrkdwnText(q.speaker)}*${q.role ? `, ${mrkdwnText(q.role)}` : ''}`;
  return `“${mrkdwnText(displayQuoteText(q.text))}” — ${who}`;
}

/** Speakers quoted beyond the key quotes, with counts: "Also quoted: A (3), B (1)". */
function alsoQuoted(digest: Digest): string | null {
  const key = new Set(digest.keyQuotes.map((q) => `${q.start}:${q.end}`));
  const counts = new Map<string, number>();
  for (const q of digest.quotes) if (!key.has(`${q.start}:${q.end}`)) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  if (counts.size === 0) return null;
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${mrkdwnText(name)} (${n})`);
  return `Also quoted: ${list.join(', ')}`;
}

/**
 * One article digest as Block Kit: header (title), TL;DR, bullets, key quotes with speaker,
 * and a context line with the source link and the engine — at most DIGEST_MAX_BLOCKS blocks.
 */
export function renderSlackDigestBlocks(digest: Digest): SlackBlock[] {
  const title = digest.article.title.trim() || 'Untitled article';
  const blocks: SlackBlock[] = [headerBlock(title)];
  if (digest.tldr.trim()) blocks.push(sectionBlock(`*TL;DR* ${mrkdwnText(digest.tldr)}`));
  const bullets = packLines(digest.bullets.map((b) => `• ${mrkdwnText(b)}`), 2);
  blocks.push(...bullets.sections.map(sectionBlock));
  if (digest.keyQuotes.length > 0) {
    const quotes = packLines(['*Key quotes*', ...digest.keyQuotes.map((q) => `> ${quoteLine(q)}`)], 3, 'more quotes');
    blocks.push(...quotes.sections.map(sectionBlock));
  }
  const context = [
    digest.article.url ? `Source: ${mrkdwnLink(digest.article.url, title)}` : 'No source link',
    `${digest.article.words.toLocaleString('en-US')} words · engine: ${mrkdwnText(digest.engine)}`,
  ];
  const also = alsoQuoted(digest);
  if (also) context.push(also);
  blocks.push(contextBlock(context));
  return blocks;
}
