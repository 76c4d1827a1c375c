import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { articlePage, rssFeed, startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { fullRig, story } from './support/full-rig.js';
import { tempDatabase } from './support/temp-database.js';

const channel: ChannelRef = { platform: 'slack', id: 'C1' };

describe('two pollers on one database', () => {
  let t: ReturnType<typeof tempDatabase>;
  let server: FeedServer;
  beforeEach(async () => {
    t = tempDatabase();
    server = await startFeedServer();
  });
  afterEach(async () => {
    await server.close();
    t.cleanup();
  });

  it('poll each due source once, so no article is digested twice', async () => {
    server.set('/a', { contentType: 'text/html', body: articlePage('Dam inspection finds cracks', story('Dam inspection finds cracks')) });
    server.set('/rss.xml', { body: rssFeed('City', [{ guid: 'dam', title: 'Dam inspection finds cracks', link: server.url('/a'), date: '2026-04-01T07:00:00Z' }]) });
    const one = fullRig(t.db, {});
    one.setNow('2026-04-01T08:00:00.000Z');
    await one.run('sources', channel, `add ${server.url('/rss.xml')}`);
    const second = openDatabase(t.path);
    const two = fullRig(second, {});
    const at = new Date('2026-04-01T08:01:00.000Z');
    const [a, b] = await Promise.all([one.poller.pollDue(at), two.poller.pollDue(at)]);
    second.close();
    expect(a.polled + b.polled).toBe(1);
    expect(one.digested.length + two.digested.length).toBe(1);
    expect(server.hits('/rss.xml').total).toBe(2); // the probe at add time, then one poll
  });
});
