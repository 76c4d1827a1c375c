import { z } from 'zod';
import { BLOCK_SEPARATOR, type TextBlock } from '../core/article.js';
import type { StoredArticle } from '../core/ports/article-store.js';

/** The `articles` columns (migration 001), as every article query selects them. */
export const ARTICLE_COLUMNS = 'a.id, a.content_hash, a.url, a.title, a.body, a.blocks, a.words, a.published_at, a.source, a.stored_at';

export interface ArticleRow {
  id: string;
  content_hash: string;
  url: string | null;
  title: string;
  body: string;
  blocks: string;
  words: number;
  published_at: string | null;
  source: string;
  stored_at: string;
}

const blocksSchema = z.array(z.object({ kind: z.enum(['paragraph', 'heading']), start: z.number().int(), end: z.number().int() }));

/** Paragraph blocks recovered from the body when the stored block list is unreadable. */
function blocksFromBody(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const part of body.split(BLOCK_SEPARATOR)) {
    if (part !== '') blocks.push({ kind: 'paragraph', start, end: start + part.length });
    start += part.length + BLOCK_SEPARATOR.length;
  }
  return blocks;
}

function parseBlocks(raw: string, body: string): TextBlock[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return blocksFromBody(body);
  }
  const parsed = blocksSchema.safeParse(json);
  return parsed.success ? parsed.data : blocksFromBody(body);
}

/** One `articles` row as the StoredArticle the ports speak. */
export function storedArticleFromRow(row: ArticleRow): StoredArticle {
  return {
    article: {
      id: row.id,
      contentHash: row.content_hash,
      title: row.title,
      url: row.url,
      text: row.body,
      blocks: parseBlocks(row.blocks, row.body),
      words: row.words,
      publishedAt: row.published_at,
      source: row.source,
    },
    storedAt: row.stored_at,
  };
}
