import { hostname } from 'node:os';
import type { Config } from './config/config.js';
import { createScheduleCommands } from './core/commands/schedule-commands.js';
import type { ScheduleStore } from './core/schedule/schedule-store.js';
import type { SourceStore } from './core/schedule/source-store.js';
import { createFeedFetch } from './feeds/feed-fetch.js';
import { createFeedPoller, type FeedPoller } from './feeds/create-feed-poller.js';
import { createSourceProbe } from './feeds/create-source-probe.js';
import { createScheduler, type Platforms, type Scheduler } from './schedule/create-scheduler.js';
import { cronerScheduleRules } from './schedule/croner-schedule-rules.js';
import { createSqliteScheduleStore } from './store/sqlite-schedule-store.js';
import { createSqliteSourceStore } from './store/sqlite-source-store.js';
import { createCommandRunner } from './core/commands/create-command-runner.js';
import type { CommandHandler, CommandRunner } from './core/commands/types.js';
import type { ArticleReader } from './core/ports/article-reader.js';
import type { ArticleStore, QuoteStore } from './core/ports/article-store.js';
import type { ChannelStore } from './core/ports/channel-store.js';
import { systemClock, type Clock } from './core/ports/clock.js';
import type { Logger } from './core/ports/logger.js';
import type { Metrics } from './core/ports/metrics.js';
import type { Summarizer } from './core/ports/summarizer.js';
import { TidingsError } from './core/errors.js';
import { createExtractiveSummarizer } from './engines/extractive/extractive-summarizer.js';
import { createLlmSummarizer } from './engines/llm/llm-summarizer.js';
import { createArticleReader } from './ingest/create-article-reader.js';
import { createPrometheusMetrics, type PrometheusMetrics } from './observability/prometheus-metrics.js';
import { openDatabase, type SqliteDatabase } from './store/open-database.js';
import { createSqliteArticleStore } from './store/sqlite-article-store.js';
import { createSqliteChannelStore } from './store/sqlite-channel-store.js';
import { createSqliteLlmCache } from './store/sqlite-llm-cache.js';
import { createDiscordAdapter } from './platforms/discord/create-discord-adapter.js';
import type { PlatformAdapter } from './platforms/platform-adapter.js';

export type EngineChoice = Config['engine'];

export interface AppOptions {
  logger: Logger;
  clock?: Clock;
  readStdin?: () => Promise<Buffer>;
}

/**
 * The composition root: config → store → engines → command layer. Parts are built on first use,
 * so `tidings digest --no-store` never opens the database and `tidings quotes` never loads an engine.
 */
export class App {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly metrics: PrometheusMetrics;
  readonly reader: ArticleReader;
  #db: SqliteDatabase | undefined;
  #articles: (ArticleStore & QuoteStore) | undefined;
  #channels: ChannelStore | undefined;
  #summarizers = new Map<EngineChoice, Summarizer>();
  #schedule: { schedules: ScheduleStore; sources: SourceStore } | undefined;
  #closers: Array<() => void | Promise<void>> = [];

  constructor(config: Config, options: AppOptions) {
    this.config = config;
    this.logger = options.logger;
    this.clock = options.clock ?? systemClock;
    this.metrics = createPrometheusMetrics();
    this.reader = createArticleReader({ fetch: config.fetch, ...(options.readStdin ? { readStdin: options.readStdin } : {}) });
  }

  /** The SQLite database at TIDINGS_DB, opened and migrated on first use. */
  db(): SqliteDatabase {
    if (!this.#db) {
      this.#db = openDatabase(this.config.dbPath);
      const db = this.#db;
      this.#closers.push(() => {
        db.close();
      });
    }
    return this.#db;
  }

  articles(): ArticleStore & QuoteStore {
    const store = this.#articles ?? createSqliteArticleStore(this.db(), { clock: this.clock });
    this.#articles = store;
    return store;
  }

  channels(): ChannelStore {
    const store = this.#channels ?? createSqliteChannelStore(this.db());
    this.#channels = store;
    return store;
  }

  /** The summarizer for an engine choice; `auto` means the LLM when one is configured. */
  summarizer(choice: EngineChoice = this.config.engine): Summarizer {
    const cached = this.#summarizers.get(choice);
    if (cached) return cached;
    const summarizer = this.#buildSummarizer(choice);
    this.#summarizers.set(choice, summarizer);
    return summarizer;
  }

  #buildSummarizer(choice: EngineChoice): Summarizer {
    const extractive = createExtractiveSummarizer();
    if (choice === 'extractive') return extractive;
    if (!this.config.llm) {
      if (choice === 'llm') {
        throw new TidingsError('USAGE', '--engine llm needs a model: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server');
      }
      return extractive;
    }
    return createLlmSummarizer({
      llm: this.config.llm,
      extractive,
      cache: createSqliteLlmCache(this.db()),
      logger: this.logger,
      metrics: this.metrics,
    });
  }

  /** The Discord platform, answering through `runner`. */
  discordAdapter(runner: CommandRunner): PlatformAdapter {
    if (!this.config.discord) throw new TidingsError('CONFIG_INVALID', 'DISCORD_TOKEN and DISCORD_APPLICATION_ID are required for Discord');
    return createDiscordAdapter({ config: this.config.discord, runner, logger: this.logger, metrics: this.metrics });
  }

  /** The platform-neutral command layer: the built-in commands plus /schedule and /sources. */
  commandRunner(): CommandRunner {
    const handlers = this.scheduleHandlers();
    return createCommandRunner({
      articles: this.articles(),
      quotes: this.articles(),
      channels: this.channels(),
      reader: this.reader,
      summarizer: this.summarizer(),
      clock: this.clock,
      logger: this.logger,
      metrics: this.metrics as Metrics,
      maxFull: this.config.schedule.digestMaxFull,
      handlers,
    });
  }

  #scheduleStores(): { schedules: ScheduleStore; sources: SourceStore } {
    this.#schedule ??= { schedules: createSqliteScheduleStore(this.db()), sources: createSqliteSourceStore(this.db()) };
    return this.#schedule;
  }

  /** `/schedule` and `/sources`: admins set a channel up from chat. */
  scheduleHandlers(): Record<string, CommandHandler> {
    const { schedules, sources } = this.#scheduleStores();
    return createScheduleCommands({
      schedules,
      sources,
      rules: cronerScheduleRules,
      probe: createSourceProbe(createFeedFetch(this.config.fetch)),
      clock: this.clock,
      defaultTimezone: this.config.schedule.timezone,
      feedFirstItems: this.config.schedule.feedFirstItems,
    });
  }

  /** The digest scheduler over the platforms this process runs. */
  scheduler(platforms: Platforms): Scheduler {
    const s = this.config.schedule;
    return createScheduler({
      schedules: this.#scheduleStores().schedules,
      channels: this.channels(),
      articles: this.articles(),
      rules: cronerScheduleRules,
      platforms,
      clock: this.clock,
      logger: this.logger,
      metrics: this.metrics,
      graceHours: s.graceHours,
      digestMaxFull: s.digestMaxFull,
      noNewsMessage: s.noNewsMessage,
      workerId: `${hostname()}:${process.pid}`,
    });
  }

  /** Polls the channels' feeds and pages, digesting new items. */
  feedPoller(platforms: Platforms): FeedPoller {
    const s = this.config.schedule;
    return createFeedPoller({
      sources: this.#scheduleStores().sources,
      articles: this.articles(),
      reader: this.reader,
      summarizer: this.summarizer(),
      metrics: this.metrics,
      fetch: createFeedFetch(this.config.fetch),
      platforms,
      clock: this.clock,
      logger: this.logger,
      pollIntervalMin: s.pollIntervalMin,
      feedHostConcurrency: s.feedHostConcurrency,
      feedMaxFailures: s.feedMaxFailures,
    });
  }

  /** Starts the once-a-minute schedule tick and feed polling; `stop` waits for the round in flight. */
  startScheduler(platforms: Platforms): { stop(): Promise<void> } {
    const scheduler = this.scheduler(platforms);
    const poller = this.feedPoller(platforms);
    scheduler.start();
    poller.start();
    return {
      stop: async () => {
        await Promise.all([scheduler.stop(), poller.stop()]);
      },
    };
  }

  /** Registers something to close on shutdown (run in reverse order). */
  onClose(fn: () => void | Promise<void>): void {
    this.#closers.push(fn);
  }

  async close(): Promise<void> {
    for (const fn of this.#closers.reverse()) await fn();
    this.#closers = [];
    this.#db = undefined;
  }
}
