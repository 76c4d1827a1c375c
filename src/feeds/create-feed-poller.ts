import cron from 'node-cron';
import { describeError, isTidingsError } from '../core/errors.js';
import type { Clock } from '../core/ports/clock.js';
import type { Logger } from '../core/ports/logger.js';
import type { FeedItem } from '../core/schedule/source-probe.js';
import type { Source } from '../core/schedule/source-store.js';
import type { Platforms } from '../schedule/create-scheduler.js';
import { eachLimited } from '../schedule/each-limited.js';
import { decodeFeedText } from './decode-feed-text.js';
import type { FeedFetch } from './feed-fetch.js';
import { ingestItem, type IngestDeps, type IngestOutcome } from './ingest-item.js';
import { createKeyedLimiter } from './keyed-limiter.js';
import { parseFeed } from './parse-feed.js';

export interface FeedPollerDeps extends Omit<IngestDeps, 'log'> {
  fetch: FeedFetch;
  /** Where "this source was paused" notices go. */
  platforms: Platforms;
  clock: Clock;
  logger: Logger;
  pollIntervalMin: number;
  /** Fetches at once per host. */
  feedHostConcurrency: number;
  /** Consecutive failures before a source is paused and its channel told. */
  feedMaxFailures: number;
  /** New items digested per source per poll; the rest wait for the next poll (default 20). */
  maxNewItemsPerPoll?: number;
  /** Sources polled at once overall (default 8). */
  concurrency?: number;
}

export interface PollResult {
  polled: number;
  /** 304 Not Modified, or a page already read. */
  unchanged: number;
  failed: number;
  /** Sources paused by this run after too many failures. */
  paused: number;
  digested: number;
  linked: number;
  skipped: number;
}

export interface FeedPoller {
  /** Polls every source due at `at` once. */
  pollDue(at: Date): Promise<PollResult>;
  /** Polls once a minute (node-cron) at the clock's instant. */
  start(): void;
  /** Stops polling and waits for the round in flight. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 24 * 3_600_000;

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Polls the channels' sources: conditional GETs for feeds (ETag / Last-Modified kept per
 * source), each new item digested once across all sources, a bounded number per poll; a
 * single-page source is read once. A failing source backs off exponentially and is paused after
 * `feedMaxFailures` failures in a row, its channel told once.
 */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const log = deps.logger.child({ component: 'feeds' });
  const ingestDeps: IngestDeps = { ...deps, log };
  const perHost = createKeyedLimiter(deps.feedHostConcurrency);
  const intervalMs = deps.pollIntervalMin * 60_000;
  let task: { stop(): void } | null = null;
  let inFlight: Promise<unknown> | null = null;

  async function pollPage(source: Source, at: string, result: PollResult): Promise<void> {
    const item: FeedItem = { guid: null, url: source.url, key: source.url, title: source.title ?? '', publishedAt: null, content: null };
    if (await deps.sources.hasSeen(source.id, item)) {
      result.unchanged++;
      return;
    }
    result[await ingestItem(ingestDeps, source, item, at, { strict: true })]++;
  }

  async function pollFeed(source: Source, at: string, result: PollResult): Promise<{ etag: string | null; lastModified: string | null; title?: string | null }> {
    const headers: Record<string, string> = {};
    if (source.etag) headers['if-none-match'] = source.etag;
    if (source.lastModified) headers['if-modified-since'] = source.lastModified;
    const response = await deps.fetch(source.url, { headers });
    const validators = { etag: response.headers.etag ?? null, lastModified: response.headers['last-modified'] ?? null };
    if (response.status === 304) {
      result.unchanged++;
      return { etag: validators.etag ?? source.etag, lastModified: validators.lastModified ?? source.lastModified };
    }
    const feed = await parseFeed(decodeFeedText(response.body, response.headers['content-type']), response.url);
    if (!feed) throw new Error('the address no longer serves a feed');
    const fresh: FeedItem[] = [];
    for (const item of feed.items) {
      if (fresh.length >= (deps.maxNewItemsPerPoll ?? 20)) break;
      if (!(await deps.sources.hasSeen(source.id, item))) fresh.push(item);
    }
    for (const item of fresh) {
      let outcome: IngestOutcome;
      try {
        outcome = await ingestItem(ingestDeps, source, item, at);
      } catch (e) {
        // A fault on one item (the summarizer, the store) leaves it unseen for the next poll.
        deps.metrics.error('feeds:item');
        log.warn({ source: source.id, item: item.key, err: e, reason: describeError(e) }, 'feed item not ingested');
        continue;
      }
      result[outcome]++;
    }
    return { ...validators, title: feed.title };
  }

  async function fail(source: Source, at: Date, error: unknown, result: PollResult): Promise<void> {
    result.failed++;
    const failures = source.failures + 1;
    const pause = failures >= deps.feedMaxFailures;
    const reason = (isTidingsError(error) ? error.message : describeError(error)).slice(0, 300);
    const backoff = Math.min(intervalMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
    await deps.sources.recordFailure(source.id, { at: at.toISOString(), nextPollAt: new Date(at.getTime() + backoff).toISOString(), error: reason, failures, pause });
    log.info({ source: source.id, url: source.url, failures, reason }, pause ? 'source paused after repeated failures' : 'source poll failed; backing off');
    if (!pause) return;
    result.paused++;
    const platform = deps.platforms[source.channel.platform];
    const text = `I paused source ${source.id} (${source.url}) after ${failures} failed attempts in a row; the last error was: ${reason}. An admin can \`/sources resume ${source.id}\` once it works again, or \`/sources remove ${source.id}\`.`;
    try {
      await platform?.post(source.channel.id, { kind: 'text', text });
    } catch (e) {
      log.warn({ source: source.id, err: e }, 'could not tell the channel its source was paused');
    }
  }

  async function pollSource(source: Source, at: Date, result: PollResult): Promise<void> {
    const iso = at.toISOString();
    // Held for one interval; success or failure below sets the real next poll.
    if (!(await deps.sources.lease(source.id, source.nextPollAt, new Date(at.getTime() + intervalMs).toISOString()))) return;
    result.polled++;
    try {
      const state = source.kind === 'page' ? await pollPage(source, iso, result) : await pollFeed(source, iso, result);
      await deps.sources.recordSuccess(source.id, {
        at: iso,
        nextPollAt: new Date(at.getTime() + intervalMs).toISOString(),
        etag: state?.etag ?? null,
        lastModified: state?.lastModified ?? null,
        ...(state?.title ? { title: state.title } : {}),
      });
    } catch (e) {
      await fail(source, at, e, result);
    }
  }

  async function pollDue(at: Date): Promise<PollResult> {
    const result: PollResult = { polled: 0, unchanged: 0, failed: 0, paused: 0, digested: 0, linked: 0, skipped: 0 };
    const due = await deps.sources.due(at.toISOString());
    await eachLimited(due, deps.concurrency ?? 8, (source) => perHost(hostOf(source.url), () => pollSource(source, at, result)));
    if (result.polled > 0) log.info({ at: at.toISOString(), ...result }, 'feeds polled');
    return result;
  }

  return {
    pollDue,
    start() {
      if (task) return;
      task = cron.schedule('* * * * *', () => {
        if (inFlight) return;
        inFlight = pollDue(deps.clock.now()).finally(() => {
          inFlight = null;
        });
      });
    },
    async stop() {
      task?.stop();
      task = null;
      await inFlight;
    },
  };
}
