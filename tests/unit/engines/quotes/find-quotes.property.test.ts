import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle, type Article } from '../../../../src/core/article.js';
import { isVerbatim } from '../../../../src/core/quote.js';
import { attributeSpan, findQuotes, pickKeyQuotes, speakersInArticle } from '../../../../src/engines/extractive/quotes/index.js';
import { articleOf } from './article-from-text.js';

/** Runs every exported entry point and checks the verbatim invariant. */
function checkAll(article: Article): void {
  const quotes = findQuotes(article);
  for (const q of quotes) expect(isVerbatim(article.text, q)).toBe(true);
  const keys = pickKeyQuotes(quotes, article);
  expect(keys.length).toBeLessThanOrEqual(5);
  for (const k of keys) expect(k.fragment).toBe(false);
  speakersInArticle(article);
  attributeSpan(article, 0, article.text.length);
}

const QUOTEY = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', ' said ', ' he said.', ', Smith said. ', '\n\n', ': ', 'Mr. ', 'President Jane Doe', ', ', '. '];
const quoteySoup = fc.array(fc.oneof(fc.constantFrom(...QUOTEY), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('findQuotes never throws and only returns verbatim slices', () => {
  it('on random Unicode paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 6 }), (paras) => checkAll(articleOf(...paras))),
      { numRuns: 300 },
    );
  });

  it('on unbalanced and nested quote marks around speech verbs and names', () => {
    fc.assert(fc.property(fc.array(quoteySoup, { minLength: 1, maxLength: 5 }), (paras) => checkAll(articleOf(...paras))), { numRuns: 500 });
  });

  it('on an empty article and on headings only', () => {
    checkAll(buildArticle({ title: '', source: 'test', blocks: [] }));
    const headings = buildArticle({ title: 'T', source: 'test', blocks: [{ kind: 'heading', text: '“Heading quote,” he said' }] });
    expect(findQuotes(headings)).toEqual([]);
  });

  it('on a 1 MB single line of quotes, apostrophes and names (within the test timeout)', () => {
    const unit = '“We’re here,” Jane Doe said. ‘Odd’ "straight" «guillemets» „German“ it’s the Clintons’ house, ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const article = articleOf(line);
    const quotes = findQuotes(article);
    expect(quotes.length).toBeGreaterThan(1000);
    for (const q of quotes.slice(0, 2000)) expect(isVerbatim(article.text, q)).toBe(true);
  }, 30_000);

  it('on a 1 MB line with one unclosed quote mark', () => {
    const article = articleOf(`“${'word '.repeat(200_000)}`);
    expect(findQuotes(article)).toEqual([]);
  }, 30_000);
});
