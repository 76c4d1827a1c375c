import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { createRecordingPlatform, type RecordingPlatform } from '../../fakes/recording-platform.js';
import { schedulerRig } from './support/scheduler-rig.js';
import { seedArticle } from './support/seed-article.js';
import { tempDatabase } from './support/temp-database.js';

const channel: ChannelRef = { platform: 'slack', id: 'C-news' };
const MINUTE = 60_000;

/** Local wall-clock "YYYY-MM-DD HH:MM weekday" of an instant in a zone. */
function local(at: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.weekday}`;
}

describe('scheduled digests across daylight-saving changes', () => {
  let t: ReturnType<typeof tempDatabase>;
  let slack: RecordingPlatform;
  let rig: ReturnType<typeof schedulerRig>;
  const postedAt: Date[] = [];

  beforeEach(() => {
    t = tempDatabase();
    postedAt.length = 0;
    slack = createRecordingPlatform('slack', { beforePost: async () => void postedAt.push(rig.clock.now()) });
    rig = schedulerRig(t.db, { slack });
  });
  afterEach(() => t.cleanup());

  /** Ticks once a minute from `from` to `to`, storing a fresh article at each UTC midnight. */
  async function run(from: string, to: string): Promise<void> {
    for (let ms = Date.parse(from); ms <= Date.parse(to); ms += MINUTE) {
      const at = new Date(ms);
      rig.setNow(at);
      if (at.getUTCHours() === 0 && at.getUTCMinutes() === 0) await seedArticle(rig.articles, `News of ${at.toISOString().slice(0, 10)}`);
      await rig.scheduler.runDue(at);
    }
  }

  it('posts 09:00 Europe/Kyiv at local 09:00 before and after the spring and autumn changes', async () => {
    await rig.addSchedule(channel, '09:00 Europe/Kyiv', '2026-03-27T00:00:00.000Z');
    await run('2026-03-27T00:00:00.000Z', '2026-03-30T23:59:00.000Z');
    await run('2026-10-24T00:00:00.000Z', '2026-10-26T23:59:00.000Z');
    expect(postedAt.map((d) => local(d, 'Europe/Kyiv'))).toEqual([
      '2026-03-27 09:00 Fri',
      '2026-03-28 09:00 Sat',
      '2026-03-29 09:00 Sun',
      '2026-03-30 09:00 Mon',
      '2026-10-24 09:00 Sat',
      '2026-10-25 09:00 Sun',
      '2026-10-26 09:00 Mon',
    ]);
    // UTC+2 before the spring change, UTC+3 after, UTC+2 again after the autumn one.
    expect(postedAt.map((d) => d.toISOString().slice(11, 16))).toEqual(['07:00', '07:00', '06:00', '06:00', '06:00', '07:00', '07:00']);
  });

  it('posts weekdays 08:30 America/New_York at local 08:30 and skips weekends, across both changes', async () => {
    await rig.addSchedule(channel, 'weekdays 08:30 America/New_York', '2026-03-05T00:00:00.000Z');
    await run('2026-03-05T00:00:00.000Z', '2026-03-10T23:59:00.000Z');
    await run('2026-10-29T00:00:00.000Z', '2026-11-03T23:59:00.000Z');
    expect(postedAt.map((d) => local(d, 'America/New_York'))).toEqual([
      '2026-03-05 08:30 Thu',
      '2026-03-06 08:30 Fri',
      '2026-03-09 08:30 Mon',
      '2026-03-10 08:30 Tue',
      '2026-10-29 08:30 Thu',
      '2026-10-30 08:30 Fri',
      '2026-11-02 08:30 Mon',
      '2026-11-03 08:30 Tue',
    ]);
    expect(postedAt.map((d) => d.toISOString().slice(11, 16))).toEqual(['13:30', '13:30', '12:30', '12:30', '12:30', '12:30', '13:30', '13:30']);
  });
});
