import { createHash } from 'node:crypto';

/** A paragraph or a lone heading line, as offsets into `Article.text`. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  start: number;
  end: number;
}

/**
 * A cleaned article. `text` is the body after cleaning (headline copies and boilerplate removed);
 * every quote's `start`/`end` indexes it. Blocks are joined by a blank line ("\n\n").
 */
export interface Article {
  /** Stable id: the first 16 hex digits of the SHA-256 of `text`. */
  id: string;
  /** Full SHA-256 of `text`, used for de-duplication. */
  contentHash: string;
  title: string;
  url: string | null;
  text: string;
  blocks: TextBlock[];
  words: number;
  /** ISO-8601, when the source says. */
  publishedAt: string | null;
  /** Where it was read from: a path, a URL, or "-" for stdin. */
  source: string;
}

export interface ArticleDraft {
  title: string;
  url?: string | null;
  publishedAt?: string | null;
  source: string;
  blocks: Array<{ kind: TextBlock['kind']; text: string }>;
}

export const BLOCK_SEPARATOR = '\n\n';

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Joins cleaned blocks into an Article, computing offsets, word count and ids. */
export function buildArticle(draft: ArticleDraft): Article {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const block of draft.blocks) {
    const body = block.text.trim();
    if (body === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    blocks.push({ kind: block.kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  const contentHash = hashText(text);
  return {
    id: contentHash.slice(0, 16),
    contentHash,
    title: draft.title.trim(),
    url: draft.url ?? null,
    text,
    blocks,
    words: countWords(text),
    publishedAt: draft.publishedAt ?? null,
    source: draft.source,
  };
}

/** The paragraph blocks only (headings are never summary sentences or quote context). */
export function paragraphs(article: Article): TextBlock[] {
  return article.blocks.filter((b) => b.kind === 'paragraph');
}
