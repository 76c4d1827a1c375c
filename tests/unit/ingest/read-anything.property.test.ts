import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { htmlToDraft } from '../../../src/ingest/html-to-draft.js';

const tag = fc.constantFrom('<p>', '</p>', '<h2>', '</h2>', '<div class="ad">', '</div>', '<article>', '</article>', '<li>', '<blockquote>', '<script>', '<!--', '-->', '<br>', '&amp;', '&nbsp;', '<html>', '<body>');
const htmlish = fc.array(fc.oneof(tag, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constant('The ferry sailed at dawn and the town watched it go. ')), { maxLength: 80 }).map((parts) => parts.join(''));

/** Fails unless `run` returns or rejects with a TidingsError (a typed input error, never a crash). */
async function onlyTypedErrors(run: () => unknown): Promise<void> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(TidingsError);
  }
}

describe('reading arbitrary input', () => {
  it('htmlToDraft returns a draft or a TidingsError on random markup', async () => {
    await fc.assert(fc.asyncProperty(htmlish, (html) => onlyTypedErrors(() => htmlToDraft(html, 'random.html', null))), { numRuns: 300 });
  });

  it('the reader returns an article or a TidingsError on random bytes from stdin', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2_000 }), htmlish.map((s) => new TextEncoder().encode(s))), (bytes) => {
        const reader = createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 1_000, maxBytes: 1_500 }, readStdin: async () => Buffer.from(bytes) });
        return onlyTypedErrors(() => reader.read('-'));
      }),
      { numRuns: 300 },
    );
  });
});
