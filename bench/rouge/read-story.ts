import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildArticle, type Article } from '../../src/core/article.js';

/** A CNN/Daily Mail story: the article and its reference highlights. */
export interface Story {
  name: string;
  article: Article;
  highlights: string[];
}

/** Reads a `.story` file: article paragraphs, then each reference sentence after an `@highlight` line. */
export function readStory(path: string): Story {
  const raw = readFileSync(path, 'utf8').replace(/\r\n?/gu, '\n');
  const at = raw.indexOf('@highlight');
  const body = at >= 0 ? raw.slice(0, at) : raw;
  const highlights = at >= 0 ? raw.slice(at).split('@highlight').map((h) => h.trim()).filter((h) => h !== '') : [];
  const blocks = body
    .split(/\n\s*\n/u)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({ kind: 'paragraph' as const, text }));
  return { name: basename(path, '.story').slice(0, 8), article: buildArticle({ title: '', source: path, blocks }), highlights };
}
