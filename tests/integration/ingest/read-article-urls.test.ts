import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { projectRoot } from '../../support/corpus.js';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server.js';

const page = readFileSync(`${projectRoot}/tests/fixtures/ingest/harbour-ferry.html`);
const plain = 'Caf\xe9 Owners Protest\n\nThe owners of the caf\xe9 on Rue de la Paix said on Tuesday that the new rules were unfair to small businesses.';

let server: LocalHttpServer;
beforeAll(async () => {
  server = await startLocalHttpServer((req, res) => {
    switch (req.url) {
      case '/news/ferry':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        break;
      case '/short/ferry':
        res.writeHead(301, { location: '/news/ferry' }).end();
        break;
      case '/cafe':
        res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from(plain, 'latin1'));
        break;
      case '/report':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n');
        break;
      case '/photo':
        res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
        break;
      default:
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
});
afterAll(() => server.close());

const fetchOptions = { allowPrivate: true, timeoutMs: 3_000, maxBytes: 5_000_000 };
const reader = createArticleReader({ fetch: fetchOptions });

async function failure(source: string, r = reader): Promise<TidingsError> {
  const outcome = await r.read(source).then(
    () => new Error(`expected ${source} to be refused`),
    (e: unknown) => e,
  );
  if (!(outcome instanceof TidingsError)) throw outcome;
  return outcome;
}

describe('reading articles from URLs', () => {
  it('extracts an HTML page and records the final URL after redirects', async () => {
    const article = await reader.read(`${server.url}/short/ferry`);
    expect(article.title).toBe('Harbour ferry returns after two-year pause');
    expect(article.url).toBe(`${server.url}/news/ferry`);
    expect(article.source).toBe(`${server.url}/short/ferry`);
    expect(article.publishedAt).toBe('2026-03-14T08:30:00.000Z');
    expect(article.text).toContain('said Deputy Mayor Tomasz Brennan');
  });

  it('decodes plain text with the charset from Content-Type', async () => {
    const article = await reader.read(`${server.url}/cafe`);
    expect(article.title).toBe('Café Owners Protest');
    expect(article.text).toContain('the café on Rue de la Paix');
  });

  it('names an HTTP 404 with the URL', async () => {
    const error = await failure(`${server.url}/missing`);
    expect([error.code, error.message, error.subject]).toEqual(['FETCH_HTTP_STATUS', 'HTTP 404 Not Found', `${server.url}/missing`]);
  });

  it('refuses a PDF and an image by their Content-Type', async () => {
    expect((await failure(`${server.url}/report`)).message).toBe('PDF files are not supported yet; save the article as text or HTML');
    const image = await failure(`${server.url}/photo`);
    expect([image.code, image.message]).toEqual(['INPUT_BINARY', 'is image/jpeg, not text or HTML']);
  });

  it('refuses a private address when private fetching is off', async () => {
    const strict = createArticleReader({ fetch: { ...fetchOptions, allowPrivate: false } });
    const error = await failure(`${server.url}/news/ferry`, strict);
    expect(error.code).toBe('FETCH_FORBIDDEN_ADDRESS');
    expect(error.subject).toBe(`${server.url}/news/ferry`);
  });
});
