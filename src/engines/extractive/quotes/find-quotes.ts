import type { Article } from '../../../core/article.js';
import type { FoundQuote } from '../../../core/quote.js';
import { analyzeQuotes } from './analyze-quotes.js';
import { speakerKindOf } from './resolve-speaker.js';

/** A quote of one to three words: kept, but never a key quote. */
export function isFragment(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [];
  return words.length <= 3;
}

/** Every attributed direct quote in the article, in text order; each `text` is the article's own slice. */
export function findQuotes(article: Article): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const c of analyzeQuotes(article).candidates) {
    if (!c.speaker) continue;
    const text = article.text.slice(c.start, c.end);
    if (text.trim() === '' || !/[\p{L}\p{N}]/u.test(text)) continue;
    out.push({
      speaker: c.speaker.name,
      role: c.speaker.role,
      text,
      start: c.start,
      end: c.end,
      fragment: isFragment(text),
      speakerKind: speakerKindOf(c.speaker),
      speakerAliases: [...c.speaker.aliases].filter((a) => a !== c.speaker!.name),
    });
  }
  return out;
}
