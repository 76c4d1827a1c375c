/**
 * The bot half of bench/bench-slack-quotes.ts, run as its own process: a temporary SQLite store of
 * N synthetic articles plus the real seed article, the real command runner, and the Slack adapter
 * in HTTP mode on 127.0.0.1 — wired as `tidings serve` wires them (pino at the given level on
 * stderr, prom-client metrics). Talks to the parent over IPC:
 *   → { type: 'ready', port, store, fillSeconds }   once listening
 *   ← { type: 'measure' }  resets the in-process counters (runner time, event-loop delay, CPU)
 *   ← { type: 'stop' }     → { type: 'stats', … }, then stops cleanly and exits 0
 * Env: BENCH_API_URL (the fake Slack Web API, for auth.test), BENCH_SECRET, BENCH_ARTICLES, BENCH_LOG_LEVEL,
 * BENCH_PROFILE_DIR (when set, a CPU profile of the measured seconds is written there and summarised).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Config } from '../../src/config/config.js';
import { createCommandRunner } from '../../src/core/commands/create-command-runner.js';
import type { CommandRunner } from '../../src/core/commands/types.js';
import { systemClock } from '../../src/core/ports/clock.js';
import { createExtractiveSummarizer, digestExtractively } from '../../src/engines/extractive/extractive-summarizer.js';
import { createArticleReader } from '../../src/ingest/create-article-reader.js';
import { createLogger } from '../../src/observability/create-logger.js';
import { createPrometheusMetrics } from '../../src/observability/prometheus-metrics.js';
import { createSlackAdapter } from '../../src/platforms/slack/create-slack-adapter.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSqliteArticleStore } from '../../src/store/sqlite-article-store.js';
import { createSqliteChannelStore } from '../../src/store/sqlite-channel-store.js';
import { seedArticlePath } from '../../tests/support/corpus.js';
import { readCpuProfile, startCpuProfile, type CpuProfiler } from './cpu-profile.js';
import { fillSyntheticStore } from '../support/synthetic-store.js';

const send = (message: object): void => void process.send?.(message);
const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const logLevel = (process.env.BENCH_LOG_LEVEL ?? 'info') as Config['logLevel'];

const dir = mkdtempSync(join(tmpdir(), 'tidings-slack-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
const store = createSqliteArticleStore(db, { clock: systemClock });
const reader = createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 2_000, maxBytes: 5_000_000 } });

const fillStarted = performance.now();
await fillSyntheticStore(db, store, articles);
const seed = await reader.read(seedArticlePath);
const seedDigest = digestExtractively(seed);
await store.saveDigest(seed, seedDigest.digest, seedDigest.quotes);
const fillSeconds = (performance.now() - fillStarted) / 1000;
const counts = db.prepare(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM quotes) AS quotes,
  (SELECT COUNT(*) FROM speakers WHERE quote_count > 0) AS speakers`).get() as Record<string, number>;

// Time spent inside the command runner (store query + reply text), apart from Bolt and HTTP, by query.
let runnerMs: Array<{ text: string; ms: number }> = [];
const logger = createLogger(logLevel);
const metrics = createPrometheusMetrics();
const inner = createCommandRunner({
  articles: store, quotes: store, channels: createSqliteChannelStore(db), reader, summarizer: createExtractiveSummarizer(),
  clock: systemClock, logger, metrics, maxFull: 5,
});
const runner: CommandRunner = {
  async run(request, options) {
    const t0 = performance.now();
    try {
      return await inner.run(request, options);
    } finally {
      runnerMs.push({ text: request.text, ms: performance.now() - t0 });
    }
  },
  suggestSpeakers: (prefix, limit) => inner.suggestSpeakers(prefix, limit),
};

const adapter = createSlackAdapter({
  config: { botToken: 'xoxb-fake-bot-token', signingSecret: process.env.BENCH_SECRET, appToken: undefined, apiUrl: process.env.BENCH_API_URL, admins: [] },
  port: 0,
  host: '127.0.0.1',
  runner,
  logger,
  metrics,
});
await adapter.start();

/**
 * Linux's per-thread scheduler counters for this process's main thread (the event loop), in ms:
 * time on a CPU and time runnable but waiting for one. Zeros where /proc is absent.
 */
function schedstat(): { onCpuMs: number; waitingMs: number } {
  if (!existsSync('/proc/self/schedstat')) return { onCpuMs: 0, waitingMs: 0 };
  const [onCpu = 0, waiting = 0] = readFileSync('/proc/self/schedstat', 'utf8').trim().split(/\s+/u).map(Number);
  return { onCpuMs: onCpu / 1e6, waitingMs: waiting / 1e6 };
}
let schedStart = schedstat();

const LOOP_SAMPLE_MS = 5;
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
let cpuStart = process.cpuUsage();
let wallStart = performance.now();
send({ type: 'ready', port: adapter.listeningPort(), store: counts, fillSeconds });

let stopping = false;
/** Stops taking commands, lets answers in flight finish, removes the store, exits. */
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await adapter.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
// A parent that went away must not leave this process (and its port) behind.
process.on('disconnect', () => void shutdown());

const profileDir = process.env.BENCH_PROFILE_DIR;
let profiler: Promise<CpuProfiler> | undefined;

process.on('message', (message: { type?: string }) => void onMessage(message));

async function onMessage(message: { type?: string }): Promise<void> {
  if (message.type === 'measure') {
    if (profileDir) profiler = startCpuProfile();
    runnerMs = [];
    loopDelay.reset();
    loopDelay.enable();
    cpuStart = process.cpuUsage();
    schedStart = schedstat();
    wallStart = performance.now();
    return;
  }
  if (message.type !== 'stop') return;
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuStart);
  const sched = schedstat();
  // The histogram counts each sampling interval itself; what is beyond it is the loop's delay.
  const beyond = (ns: number): number => Math.max(0, ns / 1e6 - LOOP_SAMPLE_MS);
  const stats = {
    type: 'stats',
    runnerMs,
    wallMs: performance.now() - wallStart,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)) * 100,
    loopDelayMs: { p50: beyond(loopDelay.percentile(50)), p99: beyond(loopDelay.percentile(99)), max: beyond(loopDelay.max) },
    rssMb: process.memoryUsage().rss / 2 ** 20,
    mainThread: { onCpuMs: sched.onCpuMs - schedStart.onCpuMs, waitingMs: sched.waitingMs - schedStart.waitingMs },
    profile: profiler && profileDir ? readCpuProfile(await (await profiler).stop(join(profileDir, 'bot.cpuprofile'))) : [],
  };
  process.send?.(stats, () => void shutdown());
}
