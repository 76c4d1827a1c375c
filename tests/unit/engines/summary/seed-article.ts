import { buildArticle, type Article } from '../../../../src/core/article.js';
import { readSeedArticle } from '../../../support/corpus.js';

/**
 * The seed article as the ingest cleaner will hand it over (a stand-in until that cleaner lands):
 * blocks split on blank lines, the headline and lone heading lines (short, no final punctuation)
 * marked 'heading', the comment-form footer dropped.
 */
export function seedArticle(): Article {
  const raw = readSeedArticle().replace(/\r\n?/gu, '\n');
  const footer = raw.indexOf('Leave a Reply');
  const body = footer >= 0 ? raw.slice(0, footer) : raw;
  const parts = body.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');
  const title = parts[0] ?? '';
  const blocks = parts.map((text) => ({
    kind: (text.startsWith(title) || isHeadingLine(text) ? 'heading' : 'paragraph') as 'heading' | 'paragraph',
    text,
  }));
  return buildArticle({ title, source: 'putin-skips-ukraine-talks.txt', blocks });
}

function isHeadingLine(text: string): boolean {
  return !text.includes('\n') && text.split(/\s+/u).length <= 14 && !/[.!?:”"’]$/u.test(text);
}
