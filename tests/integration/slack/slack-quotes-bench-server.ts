/**
 * The server half of the /quotes bench: a SQLite store of N articles, the real command runner
 * and the Slack adapter on loopback (with a fake Slack for auth.test). Prints one JSON line
 * `{ "port": …, "articles": …, "fillSeconds": … }` when ready; exits on SIGTERM.
 * Run by slack-quotes-bench.ts, not by vitest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArticle } from '../../../src/core/article.js';
import { createCommandRunner } from '../../../src/core/commands/create-command-runner.js';
import { systemClock } from '../../../src/core/ports/clock.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../src/core/ports/metrics.js';
import { createExtractiveSummarizer, digestExtractively } from '../../../src/engines/extractive/extractive-summarizer.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { createSlackAdapter } from '../../../src/platforms/slack/create-slack-adapter.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteArticleStore } from '../../../src/store/sqlite-article-store.js';
import { createSqliteChannelStore } from '../../../src/store/sqlite-channel-store.js';
import { seedArticlePath } from '../../support/corpus.js';
import { FakeSlack } from '../../fakes/slack-server.js';

export const BENCH_SECRET = 'bench-signing-secret';
const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);

const dir = mkdtempSync(join(tmpdir(), 'tidings-slack-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
const store = createSqliteArticleStore(db, { clock: systemClock });
const reader = createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 2_000, maxBytes: 5_000_000 } });
const seed = await reader.read(seedArticlePath);
const seedResult = digestExtractively(seed);

// Copies of the seed article with one extra closing paragraph (new hash, same quote offsets);
// in 9 of 10 copies the speakers are renamed, so the store holds ~2,000 distinct speakers.
const fillStarted = performance.now();
for (let i = 0; i < articles; i += 1) {
  const blocks = seed.blocks.map((b) => ({ kind: b.kind, text: seed.text.slice(b.start, b.end) }));
  const article = buildArticle({ title: `${seed.title} (${i})`, url: `https://news.example/bench/${i}`, source: 'bench', publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), blocks: [...blocks, { kind: 'paragraph', text: `Bench copy ${i}.` }] });
  const rename = (name: string) => (i % 10 === 0 ? name : `${name.split(' ').at(-1)} Person${(i * 7 + name.length) % 2_000}`);
  const quotes = seedResult.quotes.map((q) => ({ ...q, speaker: rename(q.speaker), speakerAliases: [] }));
  const digest = { ...seedResult.digest, article: { id: article.id, title: article.title, url: article.url, words: article.words }, quotes: quotes.map(({ speaker, role, text, start, end }) => ({ speaker, role, text, start, end })), keyQuotes: [] };
  await store.saveDigest(article, digest, quotes);
}
const fillSeconds = (performance.now() - fillStarted) / 1000;

const fake = await new FakeSlack().start();
const runner = createCommandRunner({ articles: store, quotes: store, channels: createSqliteChannelStore(db), reader, summarizer: createExtractiveSummarizer(), clock: systemClock, logger: silentLogger, metrics: noopMetrics, maxFull: 5 });
const adapter = createSlackAdapter({
  config: { botToken: fake.botToken, signingSecret: BENCH_SECRET, appToken: undefined, apiUrl: fake.apiUrl, admins: [] },
  port: 0,
  host: '127.0.0.1',
  runner,
  logger: silentLogger,
  metrics: noopMetrics,
});
await adapter.start();
process.stdout.write(`${JSON.stringify({ port: adapter.listeningPort(), articles, fillSeconds })}\n`);

process.on('SIGTERM', () => {
  void (async () => {
    await adapter.stop();
    await fake.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  })();
});
