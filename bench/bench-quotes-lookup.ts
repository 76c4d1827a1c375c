/**
 * `quotes <speaker>` on a store of 10,000 articles: how long one lookup takes (target: median ≤ 5 ms).
 *
 *   npx tsx bench/bench-quotes-lookup.ts [articles]
 *
 * Fills a temporary SQLite file (WAL, every migration applied, the real store) with the shared
 * synthetic store (bench/support/synthetic-store.ts: ~5 quotes per article among ~2,000 speakers
 * with Zipf popularity, Volodymyr Zelenskyy most quoted under four spellings) — then times each query:
 * warm-up runs, then ≥ 500 timed runs, each awaited as the CLI awaits it; median and p95 in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/store/open-database.js';
import { createSqliteArticleStore } from '../src/store/sqlite-article-store.js';
import { fillSyntheticStore } from './support/synthetic-store.js';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const WARM_UP = 50;
const RUNS = 500;

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
    const fillStart = performance.now();
    await fillSyntheticStore(db, store, ARTICLES);
    const fillMs = performance.now() - fillStart;
    const counts = db.prepare('SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM speakers) AS speakers').get() as Record<string, number>;
    console.log(`Store: ${counts.articles} articles, ${counts.quotes} quotes, ${counts.speakers} speakers in a temporary SQLite file (WAL).`);
    console.log(`Filled in ${(fillMs / 1000).toFixed(1)} s (${(fillMs / ARTICLES).toFixed(2)} ms per saveDigest, 500 to a transaction).`);
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
