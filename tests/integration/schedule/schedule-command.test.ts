import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { fullRig } from './support/full-rig.js';
import { tempDatabase } from './support/temp-database.js';

const channel: ChannelRef = { platform: 'discord', id: '555', workspaceId: 'G1' };

describe('/schedule', () => {
  let t: ReturnType<typeof tempDatabase>;
  let rig: ReturnType<typeof fullRig>;
  beforeEach(() => {
    t = tempDatabase();
    rig = fullRig(t.db, {});
    rig.setNow('2026-03-28T12:00:00.000Z');
  });
  afterEach(() => t.cleanup());

  it('adds schedules and lists each with its next run in its own zone', async () => {
    expect((await rig.run('schedule', channel, 'add 09:00 Europe/Kyiv')).text).toBe(
      'Scheduled: a digest every day at 09:00 (Europe/Kyiv), id 1. Next: Sun 29 Mar, 09:00 Europe/Kyiv.',
    );
    expect((await rig.run('schedule', channel, 'add weekdays 08:30 America/New_York')).text).toContain('Next: Mon 30 Mar, 08:30 America/New_York.');
    expect((await rig.run('schedule', channel, 'add 0 7 * * 1')).text).toContain('a digest cron `0 7 * * 1` (UTC), id 3');
    expect((await rig.run('schedule', channel, 'list', false)).text).toBe(
      [
        'Digest schedules for this channel:',
        '• 1: every day at 09:00 (Europe/Kyiv) — next: Sun 29 Mar, 09:00 Europe/Kyiv',
        '• 2: weekdays at 08:30 (America/New_York) — next: Mon 30 Mar, 08:30 America/New_York',
        '• 3: cron `0 7 * * 1` (UTC) — next: Mon 30 Mar, 07:00 UTC',
        '',
      ].join('\n'),
    );
    expect((await rig.run('schedule', channel, 'add 09:00 Europe/Kyiv')).text).toContain('already has that schedule (1)');
  });

  it.each([
    ['add 25:00', 'hours go from 00 to 23'],
    ['add 09:00 Mars/Olympus', 'not a time zone I know'],
    ['add * * *', 'a cron expression has five fields'],
  ])('answers %j with the reason and an example, and stores nothing', async (text, reason) => {
    const reply = await rig.run('schedule', channel, text);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain(reason);
    expect(reply.text).toContain('Examples: `/schedule add 09:00 Europe/Kyiv`');
    expect(reply.text).toContain('Nothing was stored.');
    expect(await rig.schedules.list(channel)).toEqual([]);
  });

  it('refuses a member without Manage Server and stores or changes nothing', async () => {
    const refused = await rig.run('schedule', channel, 'add 09:00 Europe/Kyiv', false);
    expect(refused).toEqual({
      kind: 'error',
      text: 'Sorry — only members with the Manage Server permission can add digest schedules. Nothing was changed; `/schedule list` shows the current setup.',
    });
    expect(await rig.schedules.list(channel)).toEqual([]);
    await rig.run('schedule', channel, 'add 09:00 Europe/Kyiv');
    for (const action of ['remove 1', 'pause 1', 'resume 1']) expect((await rig.run('schedule', channel, action, false)).kind).toBe('error');
    expect(await rig.schedules.list(channel)).toMatchObject([{ id: 1, paused: false }]);
  });

  it('pauses, resumes and removes a schedule of this channel', async () => {
    await rig.run('schedule', channel, 'add 09:00 UTC');
    expect((await rig.run('schedule', channel, 'pause 1')).text).toContain('Paused schedule 1');
    expect((await rig.run('schedule', channel, 'list')).text).toContain('— paused');
    rig.setNow('2026-04-02T12:00:00.000Z');
    expect((await rig.run('schedule', channel, 'resume #1')).text).toBe('Resumed schedule 1. Next: Fri 3 Apr, 09:00 UTC.');
    expect((await rig.run('schedule', { platform: 'discord', id: 'other' }, 'remove 1')).text).toContain('this channel has no schedule 1');
    expect((await rig.run('schedule', channel, 'remove 1')).text).toBe('Removed schedule 1.');
    expect((await rig.run('schedule', channel, 'list')).text).toContain('no digest schedule');
    expect((await rig.run('schedule', channel, 'frobnicate')).text).toContain("I don't know `/schedule frobnicate`");
  });
});
