import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { TidingsError } from '../../../src/core/errors.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createRecordingPlatform } from '../../fakes/recording-platform.js';
import { schedulerRig } from './support/scheduler-rig.js';
import { seedArticle } from './support/seed-article.js';
import { tempDatabase } from './support/temp-database.js';

const channel: ChannelRef = { platform: 'discord', id: '4242' };
const created = '2026-05-10T00:00:00.000Z';
/** 09:00 UTC on 2026-05-11. */
const slot = '2026-05-11T09:00:00.000Z';

describe('each schedule slot is posted once', () => {
  let t: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    t = tempDatabase();
  });
  afterEach(() => t.cleanup());

  async function rigWithNews(options: { graceHours?: number } = {}) {
    const discord = createRecordingPlatform('discord');
    const rig = schedulerRig(t.db, { discord }, options);
    await rig.addSchedule(channel, '09:00 UTC', created);
    await seedArticle(rig.articles, 'Parliament passes the budget');
    await seedArticle(rig.articles, 'Storm closes the port');
    return { rig, discord };
  }

  it('posts once when run-due runs twice for the same instant', async () => {
    const { rig, discord } = await rigWithNews();
    await rig.scheduler.runDue(new Date(slot));
    await rig.scheduler.runDue(new Date(slot));
    expect(discord.posts).toHaveLength(1);
    const [post] = discord.posts;
    expect(post?.reply.kind).toBe('channel-digest');
    expect(post?.reply.text).toContain('Parliament passes the budget');
    expect(post?.idempotencyKey).toBe(`1-${Date.parse(slot) / 60_000}`);
    // The articles count as sent: /digest and the next slot do not repeat them.
    expect(await rig.channels.unsentArticles(channel)).toEqual([]);
    expect((await rig.channels.lastSent(channel))?.articleIds).toHaveLength(2);
  });

  it('posts once when two schedulers on separate connections to one file run the same minute', async () => {
    const { discord } = await rigWithNews();
    const second = openDatabase(t.path);
    const discord2 = createRecordingPlatform('discord');
    const other = schedulerRig(second, { discord: discord2 }, { workerId: 'other' });
    const rig = schedulerRig(t.db, { discord }, { workerId: 'first' });
    await Promise.all([rig.scheduler.runDue(new Date(slot)), other.scheduler.runDue(new Date(slot)), other.scheduler.runDue(new Date(slot))]);
    second.close();
    expect(discord.posts.length + discord2.posts.length).toBe(1);
  });

  it('posts the missed 09:00 digest once when back at 10:30', async () => {
    const { rig, discord } = await rigWithNews();
    await rig.scheduler.runDue(new Date('2026-05-11T10:30:00.000Z'));
    await rig.scheduler.runDue(new Date('2026-05-11T10:31:00.000Z'));
    expect(discord.posts).toHaveLength(1);
    expect(discord.posts[0]?.reply.text).toContain('Digest for Mon 11 May, 09:00 UTC');
  });

  it('posts a missed slot while within the grace period and not after it', async () => {
    const { rig, discord } = await rigWithNews({ graceHours: 6 });
    // 16:00 is 7 h after 09:00: outside a 6 h grace.
    expect((await rig.scheduler.runDue(new Date('2026-05-11T16:00:00.000Z'))).expired).toBe(1);
    expect(discord.posts).toHaveLength(0);
    // The next day's slot still goes out, with the news the missed one would have carried.
    await rig.scheduler.runDue(new Date('2026-05-12T09:00:00.000Z'));
    expect(discord.posts).toHaveLength(1);
  });

  it('posts at 15:00, the edge of a 6 h grace, and at 16:00 with an 8 h grace', async () => {
    const a = await rigWithNews({ graceHours: 6 });
    await a.rig.scheduler.runDue(new Date('2026-05-11T15:00:00.000Z'));
    expect(a.discord.posts).toHaveLength(1);

    const u = tempDatabase();
    const discord = createRecordingPlatform('discord');
    const rig = schedulerRig(u.db, { discord }, { graceHours: 8 });
    await rig.addSchedule(channel, '09:00 UTC', created);
    await seedArticle(rig.articles, 'Late news');
    await rig.scheduler.runDue(new Date('2026-05-11T16:00:00.000Z'));
    expect(discord.posts).toHaveLength(1);
    u.cleanup();
  });

  it('does not post a slot missed the day before, and never floods several missed slots', async () => {
    const { rig, discord } = await rigWithNews();
    // Down from before the 11th's slot until 08:00 on the 14th: three slots missed, none posted.
    await rig.scheduler.runDue(new Date('2026-05-14T08:00:00.000Z'));
    expect(discord.posts).toHaveLength(0);
    await rig.scheduler.runDue(new Date('2026-05-14T09:00:00.000Z'));
    expect(discord.posts).toHaveLength(1);
  });

  it('posts nothing when there is no news, unless a no-news line is configured', async () => {
    const quiet = createRecordingPlatform('discord');
    const rig = schedulerRig(t.db, { discord: quiet });
    await rig.addSchedule(channel, '09:00 UTC', created);
    expect((await rig.scheduler.runDue(new Date(slot))).empty).toBe(1);
    expect(quiet.posts).toHaveLength(0);

    const chatty = createRecordingPlatform('discord');
    const rig2 = schedulerRig(t.db, { discord: chatty }, { noNewsMessage: 'No news today.' });
    await rig2.scheduler.runDue(new Date('2026-05-12T09:00:00.000Z'));
    expect(chatty.posts.map((p) => p.reply.text)).toEqual(['No news today.']);
  });

  it('retries a post the platform refused on the next tick, and posts it once', async () => {
    let refuse = true;
    const discord = createRecordingPlatform('discord', {
      beforePost: async () => {
        if (refuse) throw new TidingsError('PLATFORM_FAILED', 'Discord answered 503');
      },
    });
    const rig = schedulerRig(t.db, { discord });
    await rig.addSchedule(channel, '09:00 UTC', created);
    await seedArticle(rig.articles, 'Retry me');
    expect((await rig.scheduler.runDue(new Date(slot))).failed).toBe(1);
    refuse = false;
    await rig.scheduler.runDue(new Date('2026-05-11T09:01:00.000Z'));
    await rig.scheduler.runDue(new Date('2026-05-11T09:02:00.000Z'));
    expect(discord.posts).toHaveLength(1);
    const reader = new Database(t.path, { readonly: true });
    const row = reader.prepare('SELECT status, attempts, message_id FROM deliveries').get();
    reader.close();
    expect(row).toEqual({ status: 'posted', attempts: 2, message_id: 'discord-msg-1' });
  });

  it('leaves a schedule of a platform this process does not run for one that does', async () => {
    const slackOnly = createRecordingPlatform('slack');
    const rig = schedulerRig(t.db, { slack: slackOnly });
    await rig.addSchedule(channel, '09:00 UTC', created);
    await seedArticle(rig.articles, 'For Discord');
    expect((await rig.scheduler.runDue(new Date(slot))).noPlatform).toBe(1);
    const discord = createRecordingPlatform('discord');
    await schedulerRig(t.db, { discord }).scheduler.runDue(new Date('2026-05-11T09:01:00.000Z'));
    expect(discord.posts).toHaveLength(1);
  });
});
