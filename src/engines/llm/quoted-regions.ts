import type { Article } from '../../core/article.js';

/** A stretch of the article between an opening and a closing quotation mark (marks excluded). */
export interface QuotedRegion {
  start: number;
  end: number;
}

const CLOSERS: Record<string, string> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"',
};

/**
 * Every quoted stretch of the article. A quote left open at the end of a paragraph ends there
 * (the multi-paragraph-quote convention reopens it in the next one).
 */
export function quotedRegions(article: Pick<Article, 'text' | 'blocks'>): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  const { text } = article;
  for (const block of article.blocks) {
    let open: { at: number; closers: string } | null = null;
    for (let i = block.start; i < block.end; i++) {
      const ch = text[i] ?? '';
      if (open === null) {
        const closers = CLOSERS[ch];
        if (closers !== undefined) open = { at: i + 1, closers };
      } else if (open.closers.includes(ch)) {
        if (i > open.at) regions.push({ start: open.at, end: i });
        open = null;
      }
    }
    if (open !== null && block.end > open.at) regions.push({ start: open.at, end: block.end });
  }
  return regions;
}

/** The region containing `start..end`, if one does. */
export function regionAround(regions: readonly QuotedRegion[], start: number, end: number): QuotedRegion | undefined {
  return regions.find((r) => r.start <= start && end <= r.end);
}
