import type { ArticleReader } from '../ports/article-reader.js';
import type { ArticleStore, QuoteStore } from '../ports/article-store.js';
import type { ChannelStore } from '../ports/channel-store.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Metrics } from '../ports/metrics.js';
import type { Summarizer } from '../ports/summarizer.js';
import type { CommandHandler } from './types.js';

/** Everything the built-in commands need, passed in by the composition root. */
export interface CommandDeps {
  articles: ArticleStore;
  quotes: QuoteStore;
  channels: ChannelStore;
  reader: ArticleReader;
  summarizer: Summarizer;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** How many articles a channel digest shows in full; the rest are links. */
  maxFull: number;
  /** More commands by name, e.g. `schedule` and `sources` from the scheduler. */
  handlers?: Record<string, CommandHandler>;
}
