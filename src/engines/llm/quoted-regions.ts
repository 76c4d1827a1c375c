import type { Article } from '../../core/article.js';
import { findMarkedSpans } from '../extractive/quotes/quote-marks.js';

/** A stretch of the article between an opening and a closing quotation mark (marks excluded). */
export interface QuotedRegion {
  start: number;
  end: number;
}

/**
 * Every quoted stretch of the article, paired the way the extractive engine pairs marks (curly,
 * straight, „ “, « », top-level single quotes; apostrophes never). A quote left open at the end of
 * a paragraph ends there.
 */
export function quotedRegions(article: Pick<Article, 'text' | 'blocks'>): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  for (const block of article.blocks) {
    const body = article.text.slice(block.start, block.end);
    for (const span of findMarkedSpans(body)) {
      const start = block.start + span.open + 1;
      const end = block.start + (span.close ?? body.length);
      if (end > start) regions.push({ start, end });
    }
  }
  return regions;
}

/** The region holding all of `start..end`, if one does. */
export function regionAround(regions: readonly QuotedRegion[], start: number, end: number): QuotedRegion | undefined {
  return regions.find((r) => r.start <= start && end <= r.end);
}
