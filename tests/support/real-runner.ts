import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/core/article.js';
import { createCommandRunner } from '../../src/core/commands/create-command-runner.js';
import type { CommandDeps } from '../../src/core/commands/deps.js';
import type { CommandRunner } from '../../src/core/commands/types.js';
import type { ArticleStore, QuoteStore } from '../../src/core/ports/article-store.js';
import { systemClock, type Clock } from '../../src/core/ports/clock.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { noopMetrics } from '../../src/core/ports/metrics.js';
import type { FoundQuote } from '../../src/core/quote.js';
import { createExtractiveSummarizer } from '../../src/engines/extractive/extractive-summarizer.js';
import { createArticleReader } from '../../src/ingest/create-article-reader.js';
import { openDatabase, type SqliteDatabase } from '../../src/store/open-database.js';
import { createSqliteArticleStore } from '../../src/store/sqlite-article-store.js';
import { createSqliteChannelStore } from '../../src/store/sqlite-channel-store.js';
import { seedArticlePath } from './corpus.js';

/** The real command layer on a real SQLite file, with the offline engine: what `tidings serve` runs. */
export interface RealRunnerRig {
  db: SqliteDatabase;
  store: ArticleStore & QuoteStore;
  deps: CommandDeps;
  runner: CommandRunner;
  /** Digests and stores an article; returns its quotes. */
  save(article: Article): Promise<FoundQuote[]>;
  /** Reads, digests and stores the seed article; returns its quotes. */
  storeSeed(): Promise<FoundQuote[]>;
  close(): void;
}

export function createRealRunnerRig(options: { allowPrivate?: boolean; clock?: Clock; maxFull?: number } = {}): RealRunnerRig {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-rig-'));
  const db = openDatabase(join(dir, 'tidings.db'));
  const clock = options.clock ?? systemClock;
  const store = createSqliteArticleStore(db, { clock });
  const deps: CommandDeps = {
    articles: store,
    quotes: store,
    channels: createSqliteChannelStore(db),
    reader: createArticleReader({ fetch: { allowPrivate: options.allowPrivate ?? false, timeoutMs: 2_000, maxBytes: 5_000_000 } }),
    summarizer: createExtractiveSummarizer(),
    clock,
    logger: silentLogger,
    metrics: noopMetrics,
    maxFull: options.maxFull ?? 5,
  };
  const save = async (article: Article): Promise<FoundQuote[]> => {
    const { digest, quotes } = await deps.summarizer.summarize(article);
    await store.saveDigest(article, digest, quotes);
    return quotes;
  };
  return {
    db,
    store,
    deps,
    runner: createCommandRunner(deps),
    save,
    storeSeed: async () => save(await deps.reader.read(seedArticlePath)),
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
