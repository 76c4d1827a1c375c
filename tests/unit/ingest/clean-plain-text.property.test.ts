import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/core/article.js';
import { isBoilerplate } from '../../../src/ingest/boilerplate.js';
import { cleanPlainText } from '../../../src/ingest/clean-plain-text.js';

const CHROME = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Share this', 'Advertisement', 'Sign up for our newsletter', 'We use cookies on this site.', 'Related: more news', 'Click here'];

/** Lines mixing random Unicode, story-like words, quotes, chrome and odd whitespace. */
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...CHROME),
  fc.constantFrom('“', '”', '‘', '’', '"', "'", '\u00a0', '\u200b', '\r', '\t', 'Putin Said', 'The vote was close.'),
  fc.array(fc.constantFrom('the', 'Vote', '“Yes,”', 'he', 'said.', 'Leave', 'a', 'Reply', 'Share', 'this'), { maxLength: 12 }).map((w) => w.join(' ')),
);
const document = fc.array(line, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => lines.join(sep)));

describe('cleanPlainText properties', () => {
  it('never throws, never keeps a boilerplate or empty block, and always builds an article', () => {
    fc.assert(
      fc.property(document, (raw) => {
        const draft = cleanPlainText(raw, 'random.txt');
        for (const block of draft.blocks) {
          expect(isBoilerplate(block.text)).toBe(false);
          expect(block.text.trim()).not.toBe('');
          expect(block.text).not.toMatch(/[\u200b\r]| {2}/);
        }
        const article = buildArticle(draft);
        for (const b of article.blocks) expect(article.text.slice(b.start, b.end).length).toBe(b.end - b.start);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every non-space character of a paragraph with curly and straight quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (s) => {
        const sentence = `He said “${s.replace(/\s/g, 'x')}” and 'then' "left" after that.`;
        const draft = cleanPlainText(`A Headline\n\n${sentence}`, 'x');
        expect(draft.blocks.map((b) => b.text)).toContain(sentence.replace(/[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '').trim());
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB single line quickly', () => {
    const big = 'word “quote” '.repeat(80_000);
    const started = Date.now();
    const draft = cleanPlainText(big, 'big.txt');
    expect(draft.blocks).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
