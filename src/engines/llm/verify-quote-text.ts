import type { Article } from '../../core/article.js';
import { isVerbatim } from '../../core/quote.js';
import { foldText, originalSpan, type FoldedText } from './fold-text.js';
import { quotedRegions, regionAround, type QuotedRegion } from './quoted-regions.js';

/** What verification needs to know about an article, computed once per article. */
export interface ArticleIndex {
  article: Article;
  folded: FoldedText;
  regions: QuotedRegion[];
}

export function indexArticle(article: Article): ArticleIndex {
  return { article, folded: foldText(article.text), regions: quotedRegions(article) };
}

export type QuoteTextCheck =
  | { ok: true; text: string; start: number; end: number }
  | { ok: false; reason: 'quote_not_verbatim' | 'quote_not_quoted' };

const ELLIPSIS = /\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|…|\.{3,})\s*/u;
const EDGE_MARKS = /^[\s"']+|[\s"']+$/gu;
const CLOSING_MARK = /^[,.;:!?]{1,3}["”»’']/u;

/** The model's text split at ellipses, each piece folded and stripped of surrounding quote marks. */
function pieces(modelText: string): string[] {
  return modelText
    .split(ELLIPSIS)
    .map((p) => foldText(p).text.replace(EDGE_MARKS, ''))
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

const WORD = /[\p{L}\p{N}]/u;

/** True when `from..to` neither starts nor ends inside a word of the folded article. */
function onWordBoundaries(text: string, from: number, to: number): boolean {
  const cuts = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && WORD.test(a) && WORD.test(b);
  return !cuts(text[from - 1], text[from]) && !cuts(text[to - 1], text[to]);
}

/** Finds the pieces in order, starting at folded offset `from`, all inside one paragraph. */
function matchFrom(index: ArticleIndex, parts: string[], first: number): { from: number; to: number } | null {
  const { folded, article } = index;
  const start = folded.starts[first] ?? 0;
  const block = article.blocks.find((b) => b.start <= start && start < b.end);
  if (!block) return null;
  let to = first + (parts[0]?.length ?? 0);
  if (!onWordBoundaries(folded.text, first, to) || (folded.ends[to - 1] ?? Infinity) > block.end) return null;
  for (const part of parts.slice(1)) {
    let at = folded.text.indexOf(part, to);
    while (at >= 0 && !onWordBoundaries(folded.text, at, at + part.length)) at = folded.text.indexOf(part, at + 1);
    if (at < 0 || (folded.ends[at + part.length - 1] ?? Infinity) > block.end) return null;
    to = at + part.length;
  }
  return { from: first, to };
}

/** Widens `end` over punctuation the article keeps inside the closing mark (`impatient,”`). */
function includeTrailingPunctuation(text: string, end: number): number {
  const m = CLOSING_MARK.exec(text.slice(end, end + 4));
  return m ? end + m[0].length - 1 : end;
}

/**
 * Finds the model's quote in the article: verbatim after folding quote marks, dashes, whitespace
 * and case; an ellipsis may stand for a gap inside one quote. Returns the article's own span,
 * which must lie inside one pair of quotation marks.
 */
export function verifyQuoteText(index: ArticleIndex, modelText: string): QuoteTextCheck {
  const parts = pieces(modelText);
  const head = parts[0];
  if (head === undefined) return { ok: false, reason: 'quote_not_verbatim' };
  const { folded, article, regions } = index;
  const modelLetters = letters(modelText);
  let unquoted = false;
  let caseless: { text: string; start: number; end: number } | undefined;
  for (let at = folded.text.indexOf(head); at >= 0; at = folded.text.indexOf(head, at + 1)) {
    const m = matchFrom(index, parts, at);
    if (!m) continue;
    const span = originalSpan(folded, m.from, m.to);
    const end = includeTrailingPunctuation(article.text, span.end);
    // One quoted stretch must hold it all: an ellipsis may skip words of a quote, never the
    // narration between two quotes ("…,” Rubio said. “…").
    if (!regionAround(regions, span.start, end)) {
      unquoted = true;
      continue;
    }
    const found = { text: article.text.slice(span.start, end), start: span.start, end };
    // The stored text is the article's own slice, by construction; this guards the invariant.
    if (!isVerbatim(article.text, found)) continue;
    // A short quote may occur more than once: the occurrence with the model's own capitals wins.
    if (parts.length > 1 || letters(found.text) === modelLetters) return { ok: true, ...found };
    caseless ??= found;
  }
  if (caseless) return { ok: true, ...caseless };
  return { ok: false, reason: unquoted ? 'quote_not_quoted' : 'quote_not_verbatim' };
}

const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');
