import cron from 'node-cron';
import type { PlatformName } from '../core/commands/types.js';
import { describeError } from '../core/errors.js';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { ChannelStore } from '../core/ports/channel-store.js';
import type { ChatPlatform } from '../core/ports/chat-platform.js';
import type { Clock } from '../core/ports/clock.js';
import type { Logger } from '../core/ports/logger.js';
import type { Metrics } from '../core/ports/metrics.js';
import type { ScheduleRules } from '../core/schedule/schedule-rules.js';
import type { Schedule, ScheduleStore } from '../core/schedule/schedule-store.js';
import { deliverSlot, type SlotOutcome } from './deliver-slot.js';
import { eachLimited } from './each-limited.js';

export type Platforms = Partial<Record<PlatformName, ChatPlatform>>;

export interface SchedulerDeps {
  schedules: ScheduleStore;
  channels: ChannelStore;
  articles: ArticleStore;
  rules: ScheduleRules;
  platforms: Platforms;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** A missed slot is still posted this long after it (default 6). */
  graceHours: number;
  /** Articles shown in full; the rest are links. */
  digestMaxFull: number;
  /** Posted when a slot has no new articles; unset → no post. */
  noNewsMessage?: string | undefined;
  /** Names this process in the claims it writes, e.g. "host:pid". */
  workerId: string;
  /** Digests posted at once (each platform adapter queues to its own rate limits). Default 8. */
  deliveryConcurrency?: number;
  /** Posts tried per slot when the platform refuses (default 3). */
  maxAttempts?: number;
}

export interface RunDueResult {
  /** Schedules whose next slot had come. */
  due: number;
  posted: number;
  /** Slots with no new articles (nothing posted, or the no-news line). */
  empty: number;
  failed: number;
  /** Slots another process (or an earlier run) had already claimed. */
  alreadyClaimed: number;
  /** Slots missed by more than the grace period, never posted. */
  expired: number;
  /** Schedules of a platform this process does not run. */
  noPlatform: number;
}

export interface Scheduler {
  /** Delivers every slot due at `at` once; safe to call repeatedly and from several processes. */
  runDue(at: Date): Promise<RunDueResult>;
  /** Ticks once a minute (node-cron) at the clock's instant. */
  start(): void;
  /** Stops ticking and waits for the tick in flight. */
  stop(): Promise<void>;
}

const emptyResult = (): RunDueResult => ({ due: 0, posted: 0, empty: 0, failed: 0, alreadyClaimed: 0, expired: 0, noPlatform: 0 });

/**
 * The digest scheduler. Each run asks the store for schedules whose indexed `next_slot_at` has
 * come (so a quiet tick is one query, not a cron evaluation per schedule), takes the latest
 * slot at or before the instant — older missed slots are never posted, so a long outage does
 * not flood a channel — and delivers it if it is within the grace period.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const log = deps.logger.child({ component: 'scheduler' });
  const graceMs = deps.graceHours * 3_600_000;
  let task: { stop(): void } | null = null;
  let inFlight: Promise<unknown> | null = null;

  async function handle(schedule: Schedule, at: Date, result: RunDueResult): Promise<void> {
    const slot = deps.rules.latestSlot(schedule.cron, schedule.timezone, at);
    const next = deps.rules.nextSlot(schedule.cron, schedule.timezone, at);
    // A schedule that never fires again is parked far away rather than polled every tick.
    const advanceTo = (next ?? new Date(Date.UTC(9999, 0))).toISOString();
    const platform = deps.platforms[schedule.channel.platform];
    if (!platform) {
      // Leave the slot for a process that runs this platform.
      result.noPlatform++;
      return;
    }
    if (!slot || at.getTime() - slot.getTime() > graceMs || slot.toISOString() < schedule.createdAt) {
      result.expired++;
      if (slot) log.info({ schedule: schedule.id, slot: slot.toISOString() }, 'slot missed beyond the grace period; not posted');
      await deps.schedules.advance(schedule.id, advanceTo);
      return;
    }
    const outcome: SlotOutcome = await deliverSlot({ ...deps, platform, log }, schedule, slot, at);
    result[outcome]++;
    // A failed post keeps the slot due so the next tick retries it (up to maxAttempts).
    if (outcome !== 'failed') await deps.schedules.advance(schedule.id, advanceTo);
  }

  async function runDue(at: Date): Promise<RunDueResult> {
    const result = emptyResult();
    const due = await deps.schedules.due(at.toISOString());
    result.due = due.length;
    await eachLimited(due, deps.deliveryConcurrency ?? 8, async (schedule) => {
      try {
        await handle(schedule, at, result);
      } catch (e) {
        result.failed++;
        deps.metrics.error('scheduler');
        log.error({ schedule: schedule.id, err: e, reason: describeError(e) }, 'scheduled digest failed');
      }
    });
    if (result.due > 0) log.info({ at: at.toISOString(), ...result }, 'scheduler tick');
    return result;
  }

  return {
    runDue,
    start() {
      if (task) return;
      task = cron.schedule('* * * * *', () => {
        // One tick at a time: a slow delivery round is not overlapped by the next minute's.
        if (inFlight) return;
        inFlight = runDue(deps.clock.now()).finally(() => {
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
