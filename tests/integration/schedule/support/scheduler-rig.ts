import type { ChannelRef } from '../../../../src/core/commands/types.js';
import { silentLogger } from '../../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../../src/core/ports/metrics.js';
import type { Schedule } from '../../../../src/core/schedule/schedule-store.js';
import { cronerScheduleRules } from '../../../../src/schedule/croner-schedule-rules.js';
import { createScheduler, type Platforms } from '../../../../src/schedule/create-scheduler.js';
import type { SqliteDatabase } from '../../../../src/store/open-database.js';
import { createSqliteArticleStore } from '../../../../src/store/sqlite-article-store.js';
import { createSqliteChannelStore } from '../../../../src/store/sqlite-channel-store.js';
import { createSqliteScheduleStore } from '../../../../src/store/sqlite-schedule-store.js';

/** A scheduler over one database connection, with a mutable "now" for stored timestamps. */
export function schedulerRig(db: SqliteDatabase, platforms: Platforms, options: { graceHours?: number; workerId?: string; noNewsMessage?: string } = {}) {
  let now = new Date('2026-01-01T00:00:00.000Z');
  const clock = { now: () => new Date(now) };
  const schedules = createSqliteScheduleStore(db);
  const channels = createSqliteChannelStore(db);
  const articles = createSqliteArticleStore(db, { clock });
  const scheduler = createScheduler({
    schedules,
    channels,
    articles,
    rules: cronerScheduleRules,
    platforms,
    clock,
    logger: silentLogger,
    metrics: noopMetrics,
    graceHours: options.graceHours ?? 6,
    digestMaxFull: 5,
    noNewsMessage: options.noNewsMessage,
    workerId: options.workerId ?? 'test',
  });
  return {
    schedules,
    channels,
    articles,
    scheduler,
    clock,
    setNow(at: string | Date) {
      now = new Date(at);
    },
    /** Stores a schedule as `/schedule add` would, created at `createdAt`. */
    async addSchedule(channel: ChannelRef, when: string, createdAt: string): Promise<Schedule> {
      const parsed = cronerScheduleRules.parse(when, 'UTC');
      if (!parsed.ok) throw new Error(parsed.reason);
      const next = cronerScheduleRules.nextSlot(parsed.cron, parsed.timezone, new Date(createdAt));
      return schedules.add({
        channel,
        spec: parsed.spec,
        cron: parsed.cron,
        timezone: parsed.timezone,
        createdAt,
        createdBy: 'U-admin',
        nextSlotAt: (next as Date).toISOString(),
      });
    },
  };
}
