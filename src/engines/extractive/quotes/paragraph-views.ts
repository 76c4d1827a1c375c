import { paragraphs, type Article } from '../../../core/article.js';
import { findMarkedSpans, type MarkedSpan } from './quote-marks.js';
import { tokenizeParagraph, type Token } from './tokenize-paragraph.js';

/** One paragraph of an article, its quoted spans and its tokens. */
export interface ParagraphView {
  /** Position among the article's paragraphs. */
  index: number;
  /** Article offset of the paragraph's first character. */
  offset: number;
  text: string;
  spans: MarkedSpan[];
  tokens: Token[];
  /** For each span, the index of its quote token in `tokens`. */
  quoteTokens: number[];
}

/** Splits the article's paragraph blocks (headings excluded) into quote-aware token views. */
export function paragraphViews(article: Article): ParagraphView[] {
  return paragraphs(article).map((block, index) => {
    const text = article.text.slice(block.start, block.end);
    const spans = findMarkedSpans(text);
    const tokens = tokenizeParagraph(text, block.start, spans);
    const quoteTokens: number[] = [];
    tokens.forEach((t, i) => {
      if (t.kind === 'quote') quoteTokens[t.quote] = i;
    });
    return { index, offset: block.start, text, spans, tokens, quoteTokens };
  });
}
