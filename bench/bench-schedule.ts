/**
 * The scheduler at scale, on a real SQLite file (WAL) in a temp directory.
 *   npx tsx bench/bench-schedule.ts [channels=10000] [due=1000]
 *
 * 1. A quiet tick: `channels` channels each with a daily schedule at a random minute in one of
 *    six time zones; the tick runs at an instant when no slot is due. Median and p95 over 200
 *    ticks, beside the cost of evaluating every cron expression once (what an un-indexed tick
 *    would pay).
 * 2. Delivering `due` digests that fall due at the same minute, through a fake platform that
 *    honours a rate limit the way the real adapters queue: at most 50 messages a second overall
 *    and 1 a second per channel (each post waits for its slot; nothing is dropped). Measured
 *    once with an unlimited platform (the scheduler's own cost) and once rate-limited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelRef, Reply } from '../src/core/commands/types.js';
import type { ChatPlatform } from '../src/core/ports/chat-platform.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { noopMetrics } from '../src/core/ports/metrics.js';
import { buildArticle } from '../src/core/article.js';
import { cronerScheduleRules as rules } from '../src/schedule/croner-schedule-rules.js';
import { createScheduler } from '../src/schedule/create-scheduler.js';
import { openDatabase, type SqliteDatabase } from '../src/store/open-database.js';
import { createSqliteArticleStore } from '../src/store/sqlite-article-store.js';
import { createSqliteChannelStore } from '../src/store/sqlite-channel-store.js';
import { createSqliteScheduleStore } from '../src/store/sqlite-schedule-store.js';

const channels = Number(process.argv[2] ?? 10_000);
const dueCount = Number(process.argv[3] ?? 1_000);
const ZONES = ['UTC', 'Europe/Kyiv', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const CREATED = new Date('2026-06-01T00:00:00.000Z');

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

function tempDb(): { db: SqliteDatabase; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-bench-schedule-'));
  const db = openDatabase(join(dir, 'bench.db'));
  return { db, done: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** A ChatPlatform that waits for its rate limits, like a real adapter's request queue. */
function rateLimitedPlatform(perSecondGlobal: number, perChannelGapMs: number): ChatPlatform & { posts: number } {
  let nextGlobal = 0;
  const nextByChannel = new Map<string, number>();
  const state = { posts: 0 };
  return {
    platform: 'slack',
    get posts() {
      return state.posts;
    },
    async post(channelId: string, _reply: Reply) {
      const now = performance.now();
      const at = Math.max(now, nextGlobal, nextByChannel.get(channelId) ?? 0);
      nextGlobal = at + 1000 / perSecondGlobal;
      nextByChannel.set(channelId, at + perChannelGapMs);
      if (at > now) await new Promise((r) => setTimeout(r, at - now));
      state.posts++;
      return { messageId: `m${state.posts}` };
    },
  };
}

function unlimitedPlatform(): ChatPlatform & { posts: number } {
  const state = { posts: 0 };
  return {
    platform: 'slack',
    get posts() {
      return state.posts;
    },
    async post() {
      state.posts++;
      return { messageId: `m${state.posts}` };
    },
  };
}

async function seedSchedules(db: SqliteDatabase, n: number, minuteOf: (i: number) => [number, number]): Promise<void> {
  const store = createSqliteScheduleStore(db);
  db.exec('BEGIN');
  for (let i = 0; i < n; i++) {
    const [hour, minute] = minuteOf(i);
    const timezone = ZONES[i % ZONES.length] as string;
    const cron = `${minute} ${hour} * * *`;
    const next = rules.nextSlot(cron, timezone, CREATED) as Date;
    const channel: ChannelRef = { platform: 'slack', id: `C${i}` };
    await store.add({ channel, spec: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, cron, timezone, createdAt: CREATED.toISOString(), createdBy: null, nextSlotAt: next.toISOString() });
  }
  db.exec('COMMIT');
}

function schedulerOn(db: SqliteDatabase, platform: ChatPlatform, concurrency: number) {
  const clock = { now: () => CREATED };
  return createScheduler({
    schedules: createSqliteScheduleStore(db),
    channels: createSqliteChannelStore(db),
    articles: createSqliteArticleStore(db, { clock }),
    rules,
    platforms: { slack: platform },
    clock,
    logger: silentLogger,
    metrics: noopMetrics,
    graceHours: 6,
    digestMaxFull: 5,
    workerId: 'bench',
    deliveryConcurrency: concurrency,
  });
}

async function quietTick(): Promise<void> {
  const { db, done } = tempDb();
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  await seedSchedules(db, channels, () => [Math.floor(random() * 24), Math.floor(random() * 60)]);
  const scheduler = schedulerOn(db, unlimitedPlatform(), 8);
  // Every schedule's first slot is after CREATED, so a tick 30 s later has nothing due.
  const at = new Date(CREATED.getTime() + 30_000);
  for (let i = 0; i < 20; i++) await scheduler.runDue(at);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const r = await scheduler.runDue(at);
    times.push(performance.now() - t0);
    if (r.due !== 0) throw new Error('expected nothing due');
  }
  times.sort((a, b) => a - b);
  const t0 = performance.now();
  const rows = db.prepare('SELECT cron, timezone FROM schedules').all() as Array<{ cron: string; timezone: string }>;
  for (const r of rows) rules.nextSlot(r.cron, r.timezone, at);
  const naive = performance.now() - t0;
  console.log(`Quiet tick, ${channels} channels with a daily schedule each (6 zones), nothing due:`);
  console.log(`  runDue median ${fmt(percentile(times, 0.5))}, p95 ${fmt(percentile(times, 0.95))} over 200 ticks (target ≤ 50 ms)`);
  console.log(`  for comparison, one croner next-slot evaluation per schedule: ${fmt(naive)} per tick`);
  done();
}

async function deliver(label: string, platform: ChatPlatform & { posts: number }, concurrency: number): Promise<void> {
  const { db, done } = tempDb();
  // All `dueCount` schedules fire at 09:00 UTC; every channel has one unsent article to post.
  await seedSchedules(db, dueCount, () => [9, 0]);
  db.prepare("UPDATE schedules SET timezone = 'UTC', next_slot_at = '2026-06-01T09:00:00.000Z'").run();
  const articles = createSqliteArticleStore(db, { clock: { now: () => CREATED } });
  const article = buildArticle({ title: 'Bench story', url: 'https://example.com/bench', source: 'bench', blocks: [{ kind: 'paragraph', text: 'Something happened, and it was measured.' }] });
  await articles.saveDigest(article, { article: { id: article.id, title: article.title, url: article.url, words: article.words }, engine: 'bench', tldr: 'Something happened.', bullets: [], keyQuotes: [], quotes: [] }, []);
  const scheduler = schedulerOn(db, platform, concurrency);
  const t0 = performance.now();
  const r = await scheduler.runDue(new Date('2026-06-01T09:00:30.000Z'));
  const ms = performance.now() - t0;
  console.log(`  ${label}: ${r.posted} posted (${platform.posts} messages) in ${(ms / 1000).toFixed(2)} s — ${(r.posted / (ms / 1000)).toFixed(1)} digests/s, delivery concurrency ${concurrency}`);
  done();
}

await quietTick();
console.log(`\nDelivering ${dueCount} digests due at the same minute (one channel each, one unsent article each):`);
await deliver('unlimited fake platform (scheduler + SQLite cost)', unlimitedPlatform(), 8);
await deliver('rate-limited fake platform, 50 msg/s overall, 1 msg/s per channel', rateLimitedPlatform(50, 1000), 8);
await deliver('rate-limited fake platform, 50 msg/s overall, 1 msg/s per channel', rateLimitedPlatform(50, 1000), 50);
console.log(`  lower bound at 50 msg/s: ${(dueCount / 50).toFixed(1)} s`);
