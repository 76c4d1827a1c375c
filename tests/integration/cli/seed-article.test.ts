import { beforeAll, describe, expect, it } from 'vitest';
import { digestSchema, type Digest } from '../../../src/core/digest.js';
import { isVerbatim } from '../../../src/core/quote.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { readSeedArticle, seedArticlePath } from '../../support/corpus.js';
import { cli, tempDb } from '../../support/run-cli.js';

// The seed article's quotes, verified by hand in ../shared/corpus/README.md.
const ZELENSKYY_FULL = [
  'We need to understand the level of the Russian delegation and what their mandate is,',
  'From what we see, it looks more like a decorative deployment by Moscow.',
  'Our delegation is at the highest level,',
  'The Ministry of Foreign Affairs, the Office of the President, our military, and intelligence services are all present to pursue peace — if Russia is sincere.',
];
const RUBIO = ['We’re impatient,', 'We are open to any mechanism that can bring about a sustainable and just peace in Ukraine.'];
const DIPLOMAT = [
  'The absence of Putin, Lavrov, or any top decision-makers tells you everything you need to know,',
  'Russia came to show up, not to negotiate.',
];
const HEADLINE = 'Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy';

interface QuotesJson {
  speaker: string | null;
  quotes?: Array<{ speaker: string; text: string; articleTitle: string }>;
  suggestions?: Array<{ name: string }>;
}

describe('the seed article, end to end through the tidings CLI', () => {
  const env = { TIDINGS_DB: tempDb() };
  let digest: Digest;
  const raw = readSeedArticle();

  beforeAll(async () => {
    const run = await cli(['digest', seedArticlePath, '--format', 'json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    digest = digestSchema.parse(JSON.parse(run.stdout));
  });

  const quotesOf = async (query: string): Promise<{ code: number; json: QuotesJson }> => {
    const run = await cli(['quotes', query, '--json'], env);
    return { code: run.code, json: JSON.parse(run.stdout) as QuotesJson };
  };
  const texts = (json: QuotesJson): string[] => (json.quotes ?? []).map((q) => q.text).sort();

  it('finds the headline as the title', () => {
    expect(digest.article.title).toBe(HEADLINE);
    expect(digest.engine).toBe('extractive');
  });

  it('gives 3–5 bullets, each a sentence of the article and none a heading, headline or boilerplate', () => {
    expect(digest.bullets.length).toBeGreaterThanOrEqual(3);
    expect(digest.bullets.length).toBeLessThanOrEqual(5);
    for (const b of [digest.tldr, ...digest.bullets]) {
      expect(raw).toContain(b);
      expect(b).not.toBe(HEADLINE);
      expect(b).not.toMatch(/Leave a Reply|Required fields|Trump’s Influence Fails|No Signs of Breakthrough|Struggles to Mediate|War Drags On/);
      expect(b).toMatch(/[.!?”"]$/u);
    }
  });

  it('covers the absence and low-level delegation, the insults, the ceasefire demand and Turkey’s mediation', () => {
    const all = [digest.tldr, ...digest.bullets].join(' ');
    expect(all).toMatch(/absence|refusing to send|delegation/i);
    expect(all).toMatch(/insult|pathetic|clown|scorn|derision/i);
    expect(all).toMatch(/ceasefire/i);
    expect(all).toMatch(/Erdogan|mediat|Turkish|Turkey/i);
  });

  it('keeps every quote a verbatim slice of the cleaned article text', async () => {
    const article = await createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 1000, maxBytes: 5_000_000 } }).read(seedArticlePath);
    expect(article.id).toBe(digest.article.id);
    // Zelenskyy 5, Rubio 2, Lavrov 1, Zakharova 3, Trump 2, the diplomat 2.
    expect(digest.quotes).toHaveLength(15);
    for (const q of [...digest.quotes, ...digest.keyQuotes]) expect(isVerbatim(article.text, q)).toBe(true);
  });

  it.each(['zelenskyy', 'zelensky', 'Zelenskiy', 'ZELENSKYY', 'Volodymyr Zelenskyy'])('“%s” finds exactly Zelenskyy’s quotes', async (query) => {
    const { code, json } = await quotesOf(query);
    expect(code).toBe(0);
    expect(json.speaker).toBe('Volodymyr Zelenskyy');
    const found = texts(json).map((t) => t.replace(/,$/u, ''));
    for (const q of ZELENSKYY_FULL) expect(found).toContain(q.replace(/,$/u, ''));
    expect(found.filter((t) => t.split(/\s+/u).length > 3)).toHaveLength(4);
    expect(found).toContain('decorative');
    expect(json.quotes!.every((q) => q.speaker === 'Volodymyr Zelenskyy')).toBe(true);
    expect(json.quotes!.every((q) => q.articleTitle === HEADLINE)).toBe(true);
  });

  it('credits Rubio with his two quotes', async () => {
    const { json } = await quotesOf('rubio');
    expect(json.speaker).toBe('Marco Rubio');
    expect(texts(json)).toEqual([...RUBIO].sort());
  });

  it('credits Lavrov with “pathetic” and Zakharova with dummy, clown and loser', async () => {
    const lavrov = await quotesOf('lavrov');
    expect(lavrov.json.speaker).toBe('Sergey Lavrov');
    expect(texts(lavrov.json).map((t) => t.replace(/,$/u, ''))).toEqual(['pathetic']);
    const zakharova = await quotesOf('zakharova');
    expect(zakharova.json.speaker).toBe('Maria Zakharova');
    expect(texts(zakharova.json).map((t) => t.replace(/,$/u, ''))).toEqual(['clown', 'dummy', 'loser']);
  });

  it('finds no quote by Putin and suggests speakers who have some', async () => {
    const run = await cli(['quotes', 'putin'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^No quotes by putin\./u);
    expect(run.stdout).toMatch(/Zelenskyy|Rubio|Lavrov|Zakharova/);
  });

  it('credits nobody with the scare quote “denazification”', () => {
    expect(digest.quotes.map((q) => q.text)).not.toContain('denazification');
  });

  it('gives the diplomat’s two quotes to the unnamed European diplomat, not Putin or Lavrov', () => {
    const diplomat = digest.quotes.filter((q) => DIPLOMAT.includes(q.text));
    expect(diplomat).toHaveLength(2);
    for (const q of diplomat) expect(q.speaker).toMatch(/European diplomat/i);
  });

  it('shows key quotes that are full sentences from different speakers', () => {
    expect(digest.keyQuotes.length).toBeGreaterThanOrEqual(3);
    expect(digest.keyQuotes.length).toBeLessThanOrEqual(5);
    for (const q of digest.keyQuotes) expect(q.text.split(/\s+/u).length).toBeGreaterThan(3);
    expect(new Set(digest.keyQuotes.map((q) => q.speaker)).size).toBeGreaterThanOrEqual(3);
  });

  it('stores the article once: a second digest of the same file adds nothing', async () => {
    await cli(['digest', seedArticlePath], env);
    const run = await cli(['speakers', '--json'], env);
    const speakers = JSON.parse(run.stdout) as Array<{ name: string; quotes: number }>;
    expect(speakers.find((s) => s.name === 'Marco Rubio')?.quotes).toBe(2);
  });
});
