import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { articlePage, rssFeed, startFeedServer, type FeedServer, type FixtureItem } from '../../fakes/feed-server.js';
import { createRecordingPlatform, type RecordingPlatform } from '../../fakes/recording-platform.js';
import { fullRig, story } from './support/full-rig.js';
import { tempDatabase } from './support/temp-database.js';

const channel: ChannelRef = { platform: 'slack', id: 'C-news' };

describe('/sources', () => {
  let t: ReturnType<typeof tempDatabase>;
  let server: FeedServer;
  let slack: RecordingPlatform;
  let rig: ReturnType<typeof fullRig>;

  beforeEach(async () => {
    t = tempDatabase();
    server = await startFeedServer();
    slack = createRecordingPlatform('slack');
    rig = fullRig(t.db, { slack }, { feedMaxFailures: 3 });
    rig.setNow('2026-04-01T08:00:00.000Z');
  });
  afterEach(async () => {
    await server.close();
    t.cleanup();
  });

  it('refuses a member who is not an admin, politely, and stores nothing', async () => {
    server.set('/rss.xml', { body: rssFeed('City', []) });
    const reply = await rig.run('sources', channel, `add ${server.url('/rss.xml')}`, false);
    expect(reply.kind).toBe('error');
    expect(reply.text).toMatch(/^Sorry — only workspace admins and owners .* can add sources\. Nothing was changed/u);
    expect(await rig.sources.list(channel)).toEqual([]);
    expect(server.hits('/rss.xml').total).toBe(0);
    // Listing is for everyone.
    expect((await rig.run('sources', channel, 'list', false)).text).toContain('follows no sources');
  });

  it('answers a 404 clearly and stores nothing', async () => {
    const reply = await rig.run('sources', channel, `add ${server.url('/missing.xml')}`);
    expect(reply).toEqual({ kind: 'error', text: `Sorry — I could not add ${server.url('/missing.xml')}: HTTP 404 Not Found. Check the address. Nothing was added.` });
    expect(await rig.sources.list(channel)).toEqual([]);
  });

  it('adds an address serving HTML as a single page, says so, and points to the feed it advertises', async () => {
    const html = articlePage('Mayor resigns', story('Mayor resigns')).replace('<head>', `<head><link rel="alternate" type="application/rss+xml" href="/rss.xml">`);
    server.set('/news/mayor', { contentType: 'text/html', body: html });
    const reply = await rig.run('sources', channel, `add ${server.url('/news/mayor')}`);
    expect(reply.text).toBe(
      `That address is a web page, not a feed, so I added it as a single page (source 1); its article goes into the next digest. It advertises a feed — \`/sources add ${server.url('/rss.xml')}\` follows new articles as they come.`,
    );
    await rig.poller.pollDue(new Date('2026-04-01T08:01:00.000Z'));
    await rig.poller.pollDue(new Date('2026-04-01T09:00:00.000Z'));
    expect(rig.digested.map((a) => a.title)).toEqual(['Mayor resigns']);
  });

  it('refuses an address that is neither a feed nor a page, and a broken feed', async () => {
    server.set('/logo.png', { contentType: 'image/png', body: 'PNG' });
    expect((await rig.run('sources', channel, `add ${server.url('/logo.png')}`)).text).toContain('is neither a feed (RSS, Atom, JSON Feed) nor a web page: it serves image/png. Nothing was added.');
    server.set('/broken.xml', { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>oops</channel>' });
    const broken = await rig.run('sources', channel, `add ${server.url('/broken.xml')}`);
    expect(broken.text).toMatch(/^Sorry — I could not add .*: looks like a feed but could not be read/u);
    expect(await rig.sources.list(channel)).toEqual([]);
  });

  it('handles a feed of 10,000 items: says what it takes, digests only the newest few, in bounded time', async () => {
    const items: FixtureItem[] = [];
    for (let i = 0; i < 10_000; i++) {
      const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      items.push({ guid: `big-${i}`, title: `Item ${i}`, link: server.url(`/big/${i}`), date, content: `Short note number ${i}.` });
    }
    for (let i = 9990; i < 10_000; i++) server.set(`/big/${i}`, { contentType: 'text/html', body: articlePage(`Item ${i}`, story(`Item ${i}`)) });
    server.set('/big.xml', { body: rssFeed('Firehose', items) });
    const reply = await rig.run('sources', channel, `add ${server.url('/big.xml')}`);
    expect(reply.text).toBe('Added the RSS feed “Firehose” (source 1) with 10000 items: the newest 5 will be in the next digest; the 9995 older ones are skipped.');
    await rig.poller.pollDue(new Date('2026-04-01T08:01:00.000Z'));
    expect(rig.digested.map((a) => a.title).sort()).toEqual(['Item 9995', 'Item 9996', 'Item 9997', 'Item 9998', 'Item 9999']);
    // The next poll looks at the newest 200 items only and finds nothing new.
    await rig.poller.pollDue(new Date('2026-04-01T09:00:00.000Z'));
    expect(rig.digested).toHaveLength(5);
  }, 30_000);

  it('answers a feed larger than the size cap clearly and stores nothing', async () => {
    server.set('/huge.xml', { body: rssFeed('Huge', [{ guid: 'h', title: 'h', link: server.url('/h'), date: '2026-04-01T00:00:00Z', content: 'x'.repeat(6_000_000) }]) });
    const reply = await rig.run('sources', channel, `add ${server.url('/huge.xml')}`);
    expect(reply.text).toBe(`Sorry — I could not add ${server.url('/huge.xml')}: the response is larger than the 5 MB limit. Nothing was added.`);
    expect(await rig.sources.list(channel)).toEqual([]);
  });

  it('backs off a failing feed, shows its last error, pauses it after repeated failures and tells the channel once', async () => {
    server.set('/rss.xml', { body: rssFeed('City', []) });
    await rig.run('sources', channel, `add ${server.url('/rss.xml')}`);
    await rig.poller.pollDue(new Date('2026-04-01T08:01:00.000Z'));
    server.set('/rss.xml', { status: 500, body: 'boom', contentType: 'text/plain', conditional: false });
    const polls: number[] = [];
    for (let m = 2; m <= 24 * 60; m++) {
      const at = new Date(Date.parse('2026-04-01T08:00:00.000Z') + m * 60_000);
      if ((await rig.poller.pollDue(at)).polled > 0) polls.push(m);
    }
    // 15 min after the last success, then 15 and 30 minutes of backoff; paused after the third failure.
    expect(polls).toEqual([16, 31, 61]);
    expect(slack.posts.map((p) => p.reply.text)).toEqual([
      expect.stringMatching(/^I paused source 1 \(.*\/rss\.xml\) after 3 failed attempts in a row; the last error was: HTTP 500 Internal Server Error\./u),
    ]);
    const list = await rig.run('sources', channel, 'list', false);
    expect(list.text).toMatch(/• 1: feed “City” .* — last success: 2026-04-01 08:01 UTC; last error: HTTP 500 Internal Server Error \(2026-04-01 09:01 UTC\); paused after 3 failures/u);

    server.set('/rss.xml', { body: rssFeed('City', []) });
    expect((await rig.run('sources', channel, 'resume 1')).text).toContain('Resumed source 1');
    expect((await rig.poller.pollDue(new Date('2026-04-02T09:00:00.000Z'))).failed).toBe(0);
    expect((await rig.run('sources', channel, 'list')).text).toContain('; active');
  });

  it('removes a source of this channel only', async () => {
    server.set('/rss.xml', { body: rssFeed('City', []) });
    await rig.run('sources', channel, `add ${server.url('/rss.xml')}`);
    expect((await rig.run('sources', { platform: 'slack', id: 'C-other' }, 'remove 1')).text).toContain('this channel has no source 1');
    expect((await rig.run('sources', channel, 'remove 1', false)).kind).toBe('error');
    expect((await rig.run('sources', channel, 'remove 1')).text).toBe('Removed source 1.');
    expect(await rig.sources.list(channel)).toEqual([]);
  });
});
