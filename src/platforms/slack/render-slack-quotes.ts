import type { QuoteWithArticle, SpeakerCount } from '../../core/ports/article-store.js';
import { packLines } from './pack-lines.js';
import { headerBlock, sectionBlock, slackLimits, type SlackBlock } from './slack-blocks.js';
import { quoteLine } from './render-slack-digest.js';
import { mrkdwnLink, mrkdwnText } from './slack-text.js';

/** A speaker's quotes, each with the speaker and its article's title linked to the source. */
export function renderSlackQuotesBlocks(speaker: string, quotes: QuoteWithArticle[]): SlackBlock[] {
  const n = quotes.length;
  const blocks: SlackBlock[] = [headerBlock(`${speaker}: ${n} ${n === 1 ? 'quote' : 'quotes'}`)];
  if (n === 0) return [...blocks, sectionBlock('_No quotes yet._')];
  const lines = quotes.map((q) => `${quoteLine(q)}\n      ${mrkdwnLink(q.articleUrl, q.articleTitle || 'Untitled article')} · ${mrkdwnText(q.articleDate.slice(0, 10))}`);
  const packed = packLines(lines, slackLimits.blocks - blocks.length, 'more quotes');
  return [...blocks, ...packed.sections.map(sectionBlock)];
}

/** Speakers with their quote counts, most quoted first. */
export function renderSlackSpeakersBlocks(heading: string, speakers: SpeakerCount[]): SlackBlock[] {
  const blocks: SlackBlock[] = [headerBlock(heading)];
  if (speakers.length === 0) return [...blocks, sectionBlock('_Nobody has been quoted yet._')];
  const lines = speakers.map((s) => `• *${mrkdwnText(s.name)}* — ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'}`);
  const packed = packLines(lines, slackLimits.blocks - blocks.length, 'more speakers');
  return [...blocks, ...packed.sections.map(sectionBlock)];
}
