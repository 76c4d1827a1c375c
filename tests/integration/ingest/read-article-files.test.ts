import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { seedArticlePath } from '../../support/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'tidings-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fetchOptions = { allowPrivate: false, timeoutMs: 2_000, maxBytes: 5_000_000 };
const reader = createArticleReader({ fetch: fetchOptions });

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(source: string, r = reader): Promise<TidingsError> {
  const outcome = await r.read(source).then(
    () => new Error(`expected ${source} to be refused`),
    (e: unknown) => e,
  );
  if (!(outcome instanceof TidingsError)) throw outcome;
  return outcome;
}

const STORY = [
  'Library Opens Late on Thursdays',
  '',
  'The central library will stay open until 9 p.m. on Thursdays from next month, the council said on Monday, after a survey found that most of its members work during the day.',
  '',
  '“People told us they could not get here before we closed,” said librarian Ruth Ames. “Now they can.”',
].join('\n');

describe('reading the seed article', () => {
  it('finds the headline, headings and body, without copies or the comment form', async () => {
    const article = await reader.read(seedArticlePath);
    expect(article.title).toBe('Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy');
    expect(article.text).not.toContain('Putin Skips Ukraine Talks in Turkey');
    expect(article.text).not.toContain('Leave a Reply');
    expect(article.text).not.toContain('Required fields');
    expect(article.url).toBeNull();
    expect(article.source).toBe(seedArticlePath);
    const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => article.text.slice(b.start, b.end));
    expect(headings).toEqual([
      'Trump’s Influence Fails to Sway Kremlin Strategy',
      'No Signs of Breakthrough between Russia and Ukraine as Delegations Dig In',
      'Turkey Struggles to Mediate in an Atmosphere of Distrust',
      'War Drags On as Hope for Ceasefire Fades',
    ]);
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(15);
    expect(article.text.startsWith('Tensions flared on Thursday')).toBe(true);
    expect(article.text.endsWith('The world watches, but the guns have not fallen silent')).toBe(true);
    // Curly quotes are kept exactly as written: the quote engine reads them.
    expect(article.text).toContain('“We need to understand the level of the Russian delegation and what their mandate is,” he said.');
  });
});

describe('reading files', () => {
  it('reads a plain-text file', async () => {
    const article = await reader.read(file('library.txt', STORY));
    expect(article.title).toBe('Library Opens Late on Thursdays');
    expect(article.blocks).toHaveLength(2);
    expect(article.words).toBeGreaterThan(40);
  });

  it('reads an HTML file through Readability', async () => {
    const html = `<!doctype html><html><head><title>Library Opens Late on Thursdays</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Library Opens Late on Thursdays</h1>
      <p>The central library will stay open until 9 p.m. on Thursdays from next month, the council said on Monday, after a survey found that most of its members work during the day.</p>
      <p>“People told us they could not get here before we closed,” said librarian Ruth Ames. “Now they can.” The change costs the council about four thousand pounds a year in extra staff hours.</p>
      </article><footer>© 2026 Town Hall News</footer></body></html>`;
    const article = await reader.read(file('library.html', html));
    expect(article.title).toBe('Library Opens Late on Thursdays');
    expect(article.text).toContain('said librarian Ruth Ames');
    expect(article.text).not.toContain('Home');
    expect(article.text).not.toContain('©');
  });

  it('detects HTML by its content even with a .txt name', async () => {
    const html = `<!DOCTYPE html><html><body><article><p>${'Word after word makes a story long enough to count as an article for the reader. '.repeat(5)}</p></article></body></html>`;
    const article = await reader.read(file('saved-page.txt', html));
    expect(article.text).not.toContain('<p>');
    expect(article.text).toContain('Word after word');
  });

  it('decodes a Windows-1252 (Latin-1) file that is not valid UTF-8', async () => {
    const latin1 = Buffer.from('Caf\xe9 Owners Protest\n\nThe owners of the caf\xe9 on Rue de la Paix said the new rules were unfair to small businesses.', 'latin1');
    const article = await reader.read(file('cafe.txt', latin1));
    expect(article.title).toBe('Café Owners Protest');
    expect(article.text).toContain('the café on Rue de la Paix');
  });

  it('honours <meta charset> in an HTML file', async () => {
    const body = `<html><head><meta charset="iso-8859-1"><title>Na\xefve Plans</title></head><body><article><p>${'The na\xefve plan for the river crossing was dropped by the council after the engineers objected to it at length. '.repeat(4)}</p></article></body></html>`;
    const article = await reader.read(file('naive.html', Buffer.from(body, 'latin1')));
    expect(article.text).toContain('The naïve plan');
  });

  it('reads stdin through the injected reader for "-"', async () => {
    const fromStdin = createArticleReader({ fetch: fetchOptions, readStdin: async () => Buffer.from(STORY) });
    const article = await fromStdin.read('-');
    expect(article.source).toBe('-');
    expect(article.title).toBe('Library Opens Late on Thursdays');
  });
});

describe('refusing bad input with a clear reason', () => {
  it('an empty file', async () => {
    const error = await failure(file('empty.txt', ''));
    expect([error.code, error.message]).toEqual(['INPUT_EMPTY', 'is empty']);
    expect(error.subject).toBe(join(dir, 'empty.txt'));
  });

  it('a whitespace-only file', async () => {
    const error = await failure(file('blank.txt', ' \n\r\n\t\u00a0\u200b\n'));
    expect([error.code, error.message]).toEqual(['INPUT_EMPTY', 'is empty (only whitespace)']);
  });

  it('a binary file', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = await failure(file('photo.txt', bytes));
    expect([error.code, error.message]).toEqual(['INPUT_BINARY', 'is a binary file, not text or HTML']);
  });

  it('random bytes without NULs (not text in any charset)', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 7919) % 255);
    const error = await failure(file('noise.dat', bytes));
    expect(error.code).toBe('INPUT_BINARY');
  });

  it('a PDF file', async () => {
    const error = await failure(file('report.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
    expect([error.code, error.message]).toEqual(['INPUT_BINARY', 'PDF files are not supported yet; save the article as text or HTML']);
  });

  it('a PDF saved under a .txt name', async () => {
    const error = await failure(file('report.txt', '%PDF-1.4\nstream\n'));
    expect(error.message).toBe('PDF files are not supported yet; save the article as text or HTML');
  });

  it('a directory', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const error = await failure(folder);
    expect([error.code, error.message]).toEqual(['INPUT_IS_DIRECTORY', 'is a directory; use `tidings ingest` for folders']);
    expect(error.subject).toBe(folder);
  });

  it('a missing path', async () => {
    const error = await failure(join(dir, 'nowhere.txt'));
    expect([error.code, error.message]).toEqual(['INPUT_NOT_FOUND', 'no such file or directory']);
  });

  it('a web address without its scheme, with a hint', async () => {
    const error = await failure('example.com/news/story.html');
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toBe('no such file or directory (for a web page, give the full URL starting with https://)');
  });

  it('a file over the byte cap, before reading it', async () => {
    const small = createArticleReader({ fetch: { ...fetchOptions, maxBytes: 1_000 } });
    const error = await failure(file('long.txt', `Long Story\n\n${'All work and no play. '.repeat(100)}`), small);
    expect([error.code, error.message]).toEqual(['INPUT_TOO_LARGE', 'is 2.2 kB; the limit is 1 kB (TIDINGS_FETCH_MAX_BYTES)']);
  });

  it('stdin over the byte cap', async () => {
    const big = createArticleReader({ fetch: { ...fetchOptions, maxBytes: 1_000 }, readStdin: async () => Buffer.alloc(5_000, 'a') });
    const error = await failure('-', big);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.subject).toBe('-');
  });

  it('an HTML page with no article in it', async () => {
    const page = `<!doctype html><html><head><title>Sign in</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <form><label>Email</label><input name="email"><label>Password</label><input type="password"><button>Sign in</button></form>
      <footer>© 2026 Example News</footer></body></html>`;
    const error = await failure(file('login.html', page));
    expect([error.code, error.message]).toEqual(['INPUT_NO_ARTICLE', 'no article found in this page (too little text to be a story)']);
  });

  it('a text file that is nothing but a headline and boilerplate', async () => {
    const error = await failure(file('chrome.txt', 'Big News Today\n\nShare this\n\nAdvertisement\n\nLeave a Reply\n'));
    expect([error.code, error.message]).toEqual(['INPUT_NO_ARTICLE', 'has no article text (only a headline, headings or boilerplate)']);
  });

  it('an RSS feed given as an article', async () => {
    const error = await failure(file('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>'));
    expect([error.code, error.message]).toEqual(['INPUT_INVALID', 'is an RSS or Atom feed, not an article; add it as a feed instead']);
  });
});
