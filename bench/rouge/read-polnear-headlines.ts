import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildArticle } from '../../src/core/article.js';
import { corpusPath } from '../../tests/support/corpus.js';
import type { Story } from './read-story.js';

/**
 * PolNeAR training articles as stories whose one reference sentence is the article's own headline
 * (its first line). The headline is withheld from the article, so the ranking cannot copy it. A
 * headline is a one-line summary from another publisher, year and desk than the CNN stories: a
 * tuning set kept apart from them. Short lone lines ("11:20 p.m.", "___.") are headings.
 * `every` keeps one article in that many (spread over the seven publishers), for speed.
 */
export function readPolnearHeadlines(every = 1): Story[] {
  const dir = corpusPath('polnear', 'train', 'text');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => i % every === 0)
    .map((file) => {
      const raw = readFileSync(resolve(dir, file), 'utf8').replace(/\r\n?/gu, '\n');
      const [title = '', ...rest] = raw.split(/\n\s*\n/u).map((p) => p.trim());
      const blocks = rest
        .filter((p) => p !== '')
        .map((text) => ({
          kind: (/[.!?"”’:)]$/u.test(text) && text.split(/\s+/u).length > 3) || text.split(/\s+/u).length > 14 ? 'paragraph' : 'heading',
          text,
        }) as const);
      return { name: file.slice(0, 8), article: buildArticle({ title: '', source: file, blocks }), highlights: [title.replace(/\.$/u, '')] };
    });
}
