/**
 * `quotes <speaker>` on a store of 10,000 articles: how long one lookup takes (target: median ≤ 5 ms).
 *
 *   npx tsx bench/bench-quotes-lookup.ts [articles]
 *
 * Fills a temporary SQLite file (WAL, every migration applied, the real store) with synthetic
 * articles — ~5 quotes each among ~2,000 speakers whose popularity follows a Zipf curve, with
 * Volodymyr Zelenskyy the most quoted, under four spellings (one per article) — then times each query:
 * warm-up runs, then ≥ 500 timed runs, each awaited as the CLI awaits it; median and p95 in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildArticle, type Article } from '../src/core/article.js';
import type { Digest } from '../src/core/digest.js';
import type { FoundQuote } from '../src/core/quote.js';
import { openDatabase } from '../src/store/open-database.js';
import { createSqliteArticleStore } from '../src/store/sqlite-article-store.js';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const QUOTES_PER_ARTICLE = 5;
const SPEAKERS = 2_000;
const WARM_UP = 50;
const RUNS = 500;

/** mulberry32: a small seeded generator, so every run builds the same store. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20260101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const GIVEN = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Marek',
  'Nadia', 'Oleg', 'Paula', 'Quinn', 'Rosa', 'Stefan', 'Tara', 'Umar', 'Vera', 'Walter', 'Xenia', 'Yusuf', 'Zofia', 'Alan',
  'Bianca', 'Conor', 'Dilan', 'Emre', 'Fiona', 'Goran', 'Hana', 'Igor', 'Julia', 'Karim', 'Lucia', 'Milan', 'Nora'];
const SURNAMES = ['Abbott', 'Bauer', 'Castillo', 'Dimitrov', 'Eriksen', 'Fischer', 'Garcia', 'Horvat', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrenko', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga',
  'Wagner', 'Xu', 'Yilmaz', 'Zeller', 'Andersen', 'Brennan', 'Chen', 'Dubois', 'Esposito', 'Ferreira', 'Gruber', 'Haddad',
  'Ibrahim', 'Jovanovic', 'Kovacs', 'Larsen', 'Mendes', 'Nakamura', 'Olsen', 'Popescu', 'Quinlan', 'Romero', 'Smith',
  'Takahashi', 'Urban', 'Vogel', 'Weber', 'Young', 'Zhang', 'Alvarez', 'Becker', 'Costa', 'Demir'];
const WORDS = ['peace', 'talks', 'delegation', 'ceasefire', 'border', 'budget', 'election', 'vote', 'sanctions', 'energy',
  'prices', 'agreement', 'people', 'future', 'security', 'we', 'will', 'not', 'accept', 'this', 'must', 'continue', 'support',
  'our', 'partners', 'today', 'tomorrow', 'never', 'always', 'strong', 'fair', 'open', 'plan', 'reform', 'trust'];

/**
 * Queries that match nobody, each expensive for a different reason in a scan of every speaker:
 * several short words of common letters, one letter (and one that starts many names), a long
 * phrase, 102 characters of nonsense.
 */
const NOT_FOUND = [
  'nobody at all',
  'x',
  'a',
  'an unnamed official close to the talks',
  'qwertz uiopa sdfgh jklyx cvbnm asdfg hjklo iuztr ewqay sxdcf vgbhn jmkol pqwer tzuio plkjh gfdsa yxcvb',
];

const ZELENSKYY_SPELLINGS = ['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelensky', 'Zelenskiy'];

function buildSpeakers(): string[] {
  const names = new Set<string>();
  while (names.size < SPEAKERS - 1) names.add(`${pick(GIVEN)} ${pick(SURNAMES)}`);
  return ['Volodymyr Zelenskyy', ...names];
}

/** Zipf-like: speaker i is chosen with weight 1/(i+1), so a few are quoted in thousands of articles. */
function zipfPicker(n: number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i += 1) cumulative.push((sum += 1 / (i + 1)));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function syntheticArticle(n: number, speakers: string[], nextSpeaker: () => number): { article: Article; digest: Digest; quotes: FoundQuote[] } {
  const said: Array<{ speaker: string; text: string }> = [];
  const paragraphs: string[] = [`Article ${n} opens with news about ${pick(WORDS)} and ${pick(WORDS)}.`];
  // One spelling per article, as the quote engine gives one canonical name per person and article.
  const zelenskyy = pick(ZELENSKYY_SPELLINGS);
  for (let i = 0; i < QUOTES_PER_ARTICLE; i += 1) {
    const index = nextSpeaker();
    const speaker = index === 0 ? zelenskyy : speakers[index]!;
    const words = Array.from({ length: 6 + Math.floor(rand() * 14) }, () => pick(WORDS));
    const text = `${words.join(' ')} (${n}.${i}),`;
    said.push({ speaker, text });
    paragraphs.push(`“${text}” ${speaker} said on day ${n % 365}.`);
  }
  const article = buildArticle({
    title: `Synthetic story ${n}`,
    url: `https://bench.example/${n}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(),
    source: `https://bench.example/${n}`,
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  });
  let from = 0;
  const quotes: FoundQuote[] = said.map(({ speaker, text }) => {
    const start = article.text.indexOf(text, from);
    from = start + text.length;
    return { speaker, role: null, text, start, end: start + text.length, fragment: false, speakerKind: 'person', speakerAliases: [] };
  });
  const contract = quotes.map(({ speaker, role, text, start, end }) => ({ speaker, role, text, start, end }));
  const digest: Digest = {
    article: { id: article.id, title: article.title, url: article.url, words: article.words },
    engine: 'extractive', tldr: paragraphs[0]!, bullets: [], keyQuotes: contract.slice(0, 3), quotes: contract,
  };
  return { article, digest, quotes };
}

async function time(label: string, run: () => Promise<unknown>, describe: (result: unknown) => string): Promise<void> {
  for (let i = 0; i < WARM_UP; i += 1) await run();
  const samples: number[] = [];
  let last: unknown;
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    last = await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): string => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  console.log(`${label.padEnd(48)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   ${describe(last)}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    let tick = Date.UTC(2026, 0, 1);
    const store = createSqliteArticleStore(db, { clock: { now: () => new Date((tick += 1000)) } });
    const speakers = buildSpeakers();
    const nextSpeaker = zipfPicker(speakers.length);

    const fillStart = performance.now();
    for (let n = 0; n < ARTICLES; n += 1) {
      const { article, digest, quotes } = syntheticArticle(n, speakers, nextSpeaker);
      await store.saveDigest(article, digest, quotes);
    }
    const fillMs = performance.now() - fillStart;
    const counts = db.prepare('SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM speakers) AS speakers').get() as Record<string, number>;
    console.log(`Store: ${counts.articles} articles, ${counts.quotes} quotes, ${counts.speakers} speakers in a temporary SQLite file (WAL).`);
    console.log(`Filled in ${(fillMs / 1000).toFixed(1)} s (${(fillMs / ARTICLES).toFixed(2)} ms per saveDigest, one transaction each).`);
    console.log(`Each query: ${WARM_UP} warm-up runs, then ${RUNS} timed runs (performance.now around the awaited call).\n`);

    const quoted = (r: unknown): string => {
      const lookup = r as { found: boolean; speaker?: string; quotes?: unknown[]; others?: unknown[]; suggestions?: unknown[] };
      return lookup.found ? `→ ${lookup.speaker}: ${lookup.quotes?.length} quotes, ${lookup.others?.length} others` : `→ not found, ${lookup.suggestions?.length} suggestions`;
    };
    const listed = (r: unknown): string => `→ ${(r as unknown[]).length} rows`;
    const popular = (db.prepare('SELECT name, quote_count AS n FROM speakers ORDER BY quote_count DESC LIMIT 1 OFFSET 5').get() as { name: string; n: number });
    const rare = (db.prepare('SELECT name, quote_count AS n FROM speakers WHERE quote_count BETWEEN 2 AND 5 LIMIT 1').get() as { name: string; n: number });
    const zelenskyy = (db.prepare("SELECT quote_count AS n FROM speakers WHERE name_key = 'volodimir zelenski'").get() as { n: number }).n;

    await time(`quotesBySpeaker('zelensky', {limit: 10})`, () => store.quotesBySpeaker('zelensky', { limit: 10 }), (r) => `${quoted(r)} (of ${zelenskyy})`);
    await time(`quotesBySpeaker('Volodymyr Zelenskyy', {limit: 10})`, () => store.quotesBySpeaker('Volodymyr Zelenskyy', { limit: 10 }), quoted);
    await time(`quotesBySpeaker('ZELENSKIY')  (no limit)`, () => store.quotesBySpeaker('ZELENSKIY'), quoted);
    await time(`quotesBySpeaker('${popular.name}', {limit: 10})`, () => store.quotesBySpeaker(popular.name, { limit: 10 }), (r) => `${quoted(r)} (of ${popular.n})`);
    await time(`quotesBySpeaker('${rare.name}')`, () => store.quotesBySpeaker(rare.name), quoted);
    await time(`quotesBySpeaker('smith', {limit: 10})  shared surname`, () => store.quotesBySpeaker('smith', { limit: 10 }), quoted);
    await time(`quotesBySpeaker('zelenskyj')  folded spelling`, () => store.quotesBySpeaker('zelenskyj', { limit: 10 }), quoted);
    await time(`quotesBySpeaker('putin')  not found`, () => store.quotesBySpeaker('putin'), quoted);
    // Not-found lookups that cost the most before the suggestion index: several short words, one letter, long nonsense.
    for (const query of NOT_FOUND) {
      const label = query.length > 24 ? `${query.slice(0, 16)}… (${query.length} chars)` : query;
      await time(`quotesBySpeaker('${label}')  not found`, () => store.quotesBySpeaker(query), quoted);
    }
    await time(`speakers({prefix: 'zel', limit: 25})`, () => store.speakers({ prefix: 'zel', limit: 25 }), listed);
    await time(`speakers({limit: 100})`, () => store.speakers({ limit: 100 }), listed);
    await time(`searchQuotes('ceasefire border', {limit: 10})`, () => store.searchQuotes('ceasefire border', { limit: 10 }), listed);
    await time(`searchQuotes('referendum')  no match: full scan`, () => store.searchQuotes('referendum', { limit: 10 }), listed);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
