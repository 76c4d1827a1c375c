import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { articlePage, atomFeed, jsonFeed, rssFeed, startFeedServer, type FeedServer, type FixtureItem } from '../../fakes/feed-server.js';
import { createRecordingPlatform, type RecordedPost, type RecordingPlatform } from '../../fakes/recording-platform.js';
import { fullRig, story } from './support/full-rig.js';
import { tempDatabase } from './support/temp-database.js';

/** The titles of the articles one posted digest carries, in full or as links, sorted. */
function titles(post: RecordedPost | undefined): string[] {
  if (post?.reply.kind !== 'channel-digest') return [];
  const d = post.reply.channelDigest;
  return [...d.full.map((i) => i.digest.article.title), ...d.more.map((m) => m.title)].sort();
}

const general: ChannelRef = { platform: 'slack', id: 'C-general' };
const gaming: ChannelRef = { platform: 'discord', id: '9001' };

describe('feeds in, digests out', () => {
  let t: ReturnType<typeof tempDatabase>;
  let server: FeedServer;
  let slack: RecordingPlatform;
  let discord: RecordingPlatform;
  let rig: ReturnType<typeof fullRig>;

  const page = (path: string, title: string, variant = '') => server.set(path, { contentType: 'text/html; charset=utf-8', body: articlePage(title, story(title, variant)) });
  const item = (guid: string, title: string, path: string, date: string): FixtureItem => ({ guid, title, link: server.url(path), date });

  beforeEach(async () => {
    t = tempDatabase();
    server = await startFeedServer();
    slack = createRecordingPlatform('slack');
    discord = createRecordingPlatform('discord');
    rig = fullRig(t.db, { slack, discord });
  });
  afterEach(async () => {
    await server.close();
    t.cleanup();
  });

  it('digests and posts each article once: an RSS and an Atom feed sharing an item, one item edited later', async () => {
    page('/a/harbour', 'Harbour reopens after storm');
    page('/a/budget', 'Council passes the budget');
    page('/a/shared', 'Bridge closure extended');
    page('/a/rail', 'Rail strike called off');
    const rssItems = [item('rss-1', 'Harbour reopens after storm', '/a/harbour', '2026-04-01T06:00:00Z'), item('rss-2', 'Council passes the budget', '/a/budget', '2026-04-01T07:00:00Z'), item('rss-3', 'Bridge closure extended', '/a/shared', '2026-04-01T08:00:00Z')];
    server.set('/rss.xml', { body: rssFeed('City News', rssItems) });
    server.set('/atom.xml', {
      contentType: 'application/atom+xml',
      body: atomFeed('Transport Desk', [item('tag:transport,2026:bridge', 'Bridge closure extended', '/a/shared', '2026-04-01T08:05:00Z'), item('tag:transport,2026:rail', 'Rail strike called off', '/a/rail', '2026-04-01T08:10:00Z')]),
    });

    rig.setNow('2026-04-01T08:30:00.000Z');
    expect((await rig.run('sources', general, `add ${server.url('/rss.xml')}`)).text).toContain('Added the RSS feed “City News” (source 1) with 3 items');
    expect((await rig.run('sources', general, `add ${server.url('/atom.xml')}`)).text).toContain('Added the ATOM feed “Transport Desk” (source 2)');
    expect((await rig.run('sources', gaming, `add ${server.url('/atom.xml')}`)).text).toContain('(source 3)');
    expect((await rig.run('schedule', general, 'add 09:00 UTC')).text).toContain('Next: Wed 1 Apr, 09:00 UTC');
    expect((await rig.run('schedule', gaming, 'add 09:00 UTC')).text).toContain('id 2');

    await rig.poller.pollDue(new Date('2026-04-01T08:31:00.000Z'));
    expect(rig.digested.map((a) => a.title).sort()).toEqual(['Bridge closure extended', 'Council passes the budget', 'Harbour reopens after storm', 'Rail strike called off']);

    await rig.scheduler.runDue(new Date('2026-04-01T09:00:00.000Z'));
    expect(slack.posts).toHaveLength(1);
    expect(discord.posts).toHaveLength(1);
    expect(titles(slack.posts[0])).toEqual(['Bridge closure extended', 'Council passes the budget', 'Harbour reopens after storm', 'Rail strike called off']);
    expect(titles(discord.posts[0])).toEqual(['Bridge closure extended', 'Rail strike called off']);

    // The publisher edits the harbour story (new title, new text, same GUID) and adds one story.
    page('/a/harbour', 'Harbour reopens after storm, with limits', 'and ships under 200 metres only');
    page('/a/ferry', 'Ferry timetable changes');
    server.set('/rss.xml', {
      body: rssFeed('City News', [
        { ...item('rss-1', 'Harbour reopens after storm, with limits', '/a/harbour', '2026-04-01T06:00:00Z') },
        rssItems[1] as FixtureItem,
        rssItems[2] as FixtureItem,
        item('rss-4', 'Ferry timetable changes', '/a/ferry', '2026-04-01T20:00:00Z'),
      ]),
    });
    await rig.poller.pollDue(new Date('2026-04-01T21:00:00.000Z'));
    expect(rig.digested.map((a) => a.title)).toHaveLength(5);
    expect(rig.digested.at(-1)?.title).toBe('Ferry timetable changes');
    // The Atom feed did not change: answered 304 Not Modified.
    expect(server.hits('/atom.xml').notModified).toBeGreaterThanOrEqual(1);

    await rig.scheduler.runDue(new Date('2026-04-02T09:00:00.000Z'));
    expect(slack.posts).toHaveLength(2);
    expect(titles(slack.posts[1])).toEqual(['Ferry timetable changes']);
    expect(discord.posts).toHaveLength(1);
  });

  it('reads a JSON Feed, and takes only the newest few items of a feed first added', async () => {
    const items: FixtureItem[] = [];
    for (let i = 1; i <= 8; i++) {
      page(`/j/${i}`, `Story number ${i} of the day`);
      items.push(item(`json-${i}`, `Story number ${i} of the day`, `/j/${i}`, `2026-04-01T0${i}:00:00Z`));
    }
    server.set('/feed.json', { contentType: 'application/feed+json', body: jsonFeed('JSON Desk', items) });
    rig.setNow('2026-04-01T09:30:00.000Z');
    const reply = await rig.run('sources', general, `add ${server.url('/feed.json')}`);
    expect(reply.text).toContain('Added the JSON feed “JSON Desk” (source 1) with 8 items: the newest 5 will be in the next digest; the 3 older ones are skipped.');
    await rig.poller.pollDue(new Date('2026-04-01T09:31:00.000Z'));
    expect(rig.digested.map((a) => a.title).sort()).toEqual([4, 5, 6, 7, 8].map((i) => `Story number ${i} of the day`));
  });

  it('uses the feed’s own content when an item’s page cannot be read', async () => {
    const content = story('Water main bursts downtown').join('\n\n');
    server.set('/rss.xml', { body: rssFeed('City', [{ guid: 'w1', title: 'Water main bursts downtown', link: server.url('/gone'), date: '2026-04-01T08:00:00Z', content }]) });
    await rig.run('sources', general, `add ${server.url('/rss.xml')}`);
    await rig.poller.pollDue(new Date('2026-04-01T08:31:00.000Z'));
    expect(rig.digested.map((a) => a.title)).toEqual(['Water main bursts downtown']);
    expect(rig.digested[0]?.text).toContain('Maria Lopez');
  });
});
