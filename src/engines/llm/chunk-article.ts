import type { Article } from '../../core/article.js';
import { countTokens } from './count-tokens.js';

/** Splits text that is too long alone at sentence ends. */
function splitLongBlock(text: string, maxTokens: number): string[] {
  const sentences = text.split(/(?<=[.!?]["”’)]?)\s+/u);
  const out: string[] = [];
  let current = '';
  let tokens = 0;
  for (const s of sentences) {
    const t = countTokens(s) + 1;
    if (current !== '' && tokens + t > maxTokens) {
      out.push(current);
      current = '';
      tokens = 0;
    }
    current = current === '' ? s : `${current} ${s}`;
    tokens += t;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * The article's text in as few parts as fit `maxTokens` each, cut at paragraph boundaries
 * (a paragraph longer than that is cut at sentence ends). One part when it all fits.
 */
export function chunkArticle(article: Pick<Article, 'text' | 'blocks'>, maxTokens: number): string[] {
  if (countTokens(article.text) <= maxTokens) return [article.text];
  const chunks: string[] = [];
  let current: string[] = [];
  let tokens = 0;
  const flush = (): void => {
    if (current.length > 0) chunks.push(current.join('\n\n'));
    current = [];
    tokens = 0;
  };
  for (const block of article.blocks) {
    const text = article.text.slice(block.start, block.end);
    const t = countTokens(text) + 2;
    if (t > maxTokens) {
      flush();
      chunks.push(...splitLongBlock(text, maxTokens));
      continue;
    }
    if (tokens + t > maxTokens) flush();
    current.push(text);
    tokens += t;
  }
  flush();
  return chunks;
}
