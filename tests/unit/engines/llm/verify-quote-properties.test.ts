import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isVerbatim } from '../../../../src/core/quote.js';
import { quotedRegions } from '../../../../src/engines/llm/quoted-regions.js';
import { indexArticle, verifyQuoteText, type ArticleIndex } from '../../../../src/engines/llm/verify-quote-text.js';
import { seedArticle } from './seed-article.js';

let seed: ArticleIndex;
beforeAll(() => {
  seed = indexArticle(seedArticle());
});

/** What a model does to a quote it copies: straightens marks, swaps dashes, reflows spaces. */
const mangle = (text: string, straighten: boolean, hyphens: boolean, spaces: boolean): string => {
  let t = text;
  if (straighten) t = t.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'");
  if (hyphens) t = t.replace(/\s*—\s*/gu, ' - ');
  if (spaces) t = t.replace(/ /gu, '  ');
  return t;
};

const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

describe('verifyQuoteText properties', () => {
  it('finds every word-aligned piece of a real quote, however its marks, dashes and spaces were changed', () => {
    const regions = quotedRegions(seed.article);
    const pieces = regions.flatMap((r) => {
      const words = [...seed.article.text.slice(r.start, r.end).matchAll(/\S+/gu)].map((m) => ({ start: r.start + m.index, end: r.start + m.index + m[0].length }));
      return words.flatMap((a, i) => words.slice(i).map((b) => ({ start: a.start, end: b.end })));
    }).filter((p) => /\p{L}/u.test(seed.article.text.slice(p.start, p.end)));
    fc.assert(
      fc.property(fc.constantFrom(...pieces), fc.boolean(), fc.boolean(), fc.boolean(), (piece, s, h, w) => {
        const original = seed.article.text.slice(piece.start, piece.end);
        const r = verifyQuoteText(seed, mangle(original, s, h, w));
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(isVerbatim(seed.article.text, r)).toBe(true);
          expect(letters(r.text)).toContain(letters(original));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a span that is not the article’s own text inside quotation marks, whatever the model sends', () => {
    const regions = quotedRegions(seed.article);
    const words = seed.article.text.split(/\s+/u);
    const modelText = fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom(...words, '…', '...', '—', '"'), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(modelText, (text) => {
        const r = verifyQuoteText(seed, text);
        if (!r.ok) return;
        expect(isVerbatim(seed.article.text, r)).toBe(true);
        expect(regions.some((q) => q.start <= r.start && r.end <= q.end)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
