import type { Article } from '../../../../src/core/article.js';
import type { ChannelRef, CommandRequest, Reply } from '../../../../src/core/commands/types.js';
import { createScheduleCommands } from '../../../../src/core/commands/schedule-commands.js';
import { silentLogger } from '../../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../../src/core/ports/metrics.js';
import type { Summarizer } from '../../../../src/core/ports/summarizer.js';
import { createFeedPoller } from '../../../../src/feeds/create-feed-poller.js';
import { createFeedFetch } from '../../../../src/feeds/feed-fetch.js';
import { createSourceProbe } from '../../../../src/feeds/create-source-probe.js';
import { createArticleReader } from '../../../../src/ingest/create-article-reader.js';
import { cronerScheduleRules } from '../../../../src/schedule/croner-schedule-rules.js';
import type { Platforms } from '../../../../src/schedule/create-scheduler.js';
import type { SqliteDatabase } from '../../../../src/store/open-database.js';
import { createSqliteSourceStore } from '../../../../src/store/sqlite-source-store.js';
import { schedulerRig } from './scheduler-rig.js';
import { digestOf } from './seed-article.js';

const fetchConfig = { allowPrivate: true, timeoutMs: 5_000, maxBytes: 5_000_000 };

/** Feeds in, digests out: sources, poller, scheduler and the two commands over one database. */
export function fullRig(db: SqliteDatabase, platforms: Platforms, options: { feedFirstItems?: number; feedMaxFailures?: number } = {}) {
  const base = schedulerRig(db, platforms);
  const sources = createSqliteSourceStore(db);
  const digested: Article[] = [];
  const summarizer: Summarizer = {
    name: 'test',
    async summarize(article) {
      digested.push(article);
      return { digest: digestOf(article), quotes: [] };
    },
  };
  const fetch = createFeedFetch(fetchConfig);
  const poller = createFeedPoller({
    sources,
    articles: base.articles,
    reader: createArticleReader({ fetch: fetchConfig }),
    summarizer,
    metrics: noopMetrics,
    fetch,
    platforms,
    clock: base.clock,
    logger: silentLogger,
    pollIntervalMin: 15,
    feedHostConcurrency: 2,
    feedMaxFailures: options.feedMaxFailures ?? 5,
  });
  const commands = createScheduleCommands({
    schedules: base.schedules,
    sources,
    rules: cronerScheduleRules,
    probe: createSourceProbe(fetch),
    clock: base.clock,
    defaultTimezone: 'UTC',
    feedFirstItems: options.feedFirstItems ?? 5,
  });
  const run = (command: 'schedule' | 'sources', channel: ChannelRef, text: string, admin = true): Promise<Reply> => {
    const request: CommandRequest = { command, text, channel, user: { id: admin ? 'U-admin' : 'U-member', isAdmin: async () => admin } };
    return commands[command](request, {});
  };
  return { ...base, sources, poller, commands, digested, run };
}

/** Three paragraphs of a story about `topic`, long enough for the article reader. */
export function story(topic: string, variant = ''): string[] {
  return [
    `${topic} was the talk of the town on Monday, as officials met reporters to explain what happened and why it matters for residents ${variant}.`,
    `“We are doing everything we can,” said Maria Lopez, a spokeswoman, adding that the details of ${topic.toLowerCase()} would be published later this week.`,
    `Critics said the response came too late, and several council members asked for an independent review of ${topic.toLowerCase()} before the summer.`,
  ];
}
