import type { QuoteWithArticle, SpeakerCount } from '../ports/article-store.js';
import { displayQuoteText } from '../quote.js';
import { defuseMentions } from '../safety/defuse-mentions.js';

/** A speaker's quotes, newest article first, each with the article's title (and link); `others` share the name. */
export function renderQuotesText(speaker: string, quotes: QuoteWithArticle[], others: SpeakerCount[] = []): string {
  const lines = [defuseMentions(`${speaker} — ${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`), ''];
  if (others.length > 0) {
    lines.splice(1, 0, defuseMentions(`Also quoted under that name: ${others.map((o) => `${o.name} (${o.quotes})`).join(', ')}`));
  }
  let lastArticle = '';
  for (const q of quotes) {
    if (q.articleId !== lastArticle) {
      if (lastArticle !== '') lines.push('');
      const date = q.articleDate.slice(0, 10);
      lines.push(defuseMentions(`${q.articleTitle} (${date})${q.articleUrl ? ` ${q.articleUrl}` : ''}`));
      lastArticle = q.articleId;
    }
    const role = q.role ? ` (${q.role})` : '';
    lines.push(defuseMentions(`  “${displayQuoteText(q.text)}”${role}`));
  }
  return lines.join('\n') + '\n';
}

/** Speakers and how often they are quoted. */
export function renderSpeakersText(heading: string, speakers: SpeakerCount[]): string {
  if (speakers.length === 0) return `${heading}\n  (nobody yet)\n`;
  const width = Math.max(...speakers.map((s) => String(s.quotes).length));
  return [heading, ...speakers.map((s) => defuseMentions(`  ${String(s.quotes).padStart(width)}  ${s.name}`))].join('\n') + '\n';
}

/** "No quotes by X." with the closest speakers that do have quotes. */
export function renderNoQuotesText(query: string, suggestions: SpeakerCount[]): string {
  const head = defuseMentions(`No quotes by ${query}.`);
  if (suggestions.length === 0) return `${head}\n`;
  return `${head} Closest speakers with quotes: ${suggestions.map((s) => defuseMentions(s.name)).join(', ')}.\n`;
}
