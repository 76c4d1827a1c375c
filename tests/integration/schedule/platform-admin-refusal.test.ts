import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../../src/core/commands/create-command-runner.js';
import type { CommandRunner } from '../../../src/core/commands/types.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../src/core/ports/metrics.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { createDiscordAdapter } from '../../../src/platforms/discord/create-discord-adapter.js';
import type { PlatformAdapter } from '../../../src/platforms/platform-adapter.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { FAKE_CHANNEL_ID, interactionPayload, PERMISSIONS } from '../../fakes/discord-payloads.js';
import { rssFeed, startFeedServer, type FeedServer } from '../../fakes/feed-server.js';
import { formBody, postSignedCommand, slashCommandFields } from '../../fakes/slack-signed-request.js';
import { SIGNING_SECRET, startSlackTestApp, type SlackTestApp } from '../slack/start-slack-test-app.js';
import { fullRig } from './support/full-rig.js';
import { tempDatabase } from './support/temp-database.js';

/** The real command runner with /schedule and /sources, over the rig's stores. */
function runnerFor(rig: ReturnType<typeof fullRig>): CommandRunner {
  return createCommandRunner({
    articles: rig.articles,
    quotes: rig.articles,
    channels: rig.channels,
    reader: createArticleReader({ fetch: { allowPrivate: true, timeoutMs: 2_000, maxBytes: 1_000_000 } }),
    summarizer: { name: 'unused', summarize: async () => Promise.reject(new Error('not used')) },
    clock: rig.clock,
    logger: silentLogger,
    metrics: noopMetrics,
    maxFull: 5,
    handlers: rig.commands,
  });
}

describe('admins only, end to end on each platform', () => {
  let t: ReturnType<typeof tempDatabase>;
  let feeds: FeedServer;
  let rig: ReturnType<typeof fullRig>;
  beforeEach(async () => {
    t = tempDatabase();
    feeds = await startFeedServer();
    feeds.set('/rss.xml', { body: rssFeed('City', []) });
    rig = fullRig(t.db, {});
    rig.setNow('2026-04-01T08:00:00.000Z');
  });
  afterEach(async () => {
    await feeds.close();
    t.cleanup();
  });

  describe('Slack', () => {
    let app: SlackTestApp;
    beforeEach(async () => {
      app = await startSlackTestApp({
        runner: runnerFor(rig),
        users: [{ id: 'U0ADMIN001', name: 'boss', is_admin: true }, { id: 'U0READER01', name: 'reader' }],
      });
    });
    afterEach(async () => app.close());

    const send = async (command: string, text: string, user_id: string): Promise<string> => {
      const body = formBody(slashCommandFields({ command, text, user_id, response_url: app.fake.responseUrl() }));
      const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body });
      return (res.body as { text: string }).text;
    };

    it('refuses a member’s /schedule add and /sources add and stores nothing; an admin’s goes through', async () => {
      const channel = { platform: 'slack' as const, id: 'C0NEWS0001' };
      expect(await send('/schedule', 'add 09:00 Europe/Kyiv', 'U0READER01')).toContain('only workspace admins and owners');
      expect(await send('/sources', `add ${feeds.url('/rss.xml')}`, 'U0READER01')).toContain('only workspace admins and owners');
      expect(await rig.schedules.list(channel)).toEqual([]);
      expect(await rig.sources.list(channel)).toEqual([]);
      expect(feeds.hits('/rss.xml').total).toBe(0);

      expect(await send('/schedule', 'add 09:00 Europe/Kyiv', 'U0ADMIN001')).toContain('Scheduled: a digest every day at 09:00 (Europe/Kyiv)');
      expect(await rig.schedules.list(channel)).toHaveLength(1);
    });
  });

  describe('Discord', () => {
    let discord: FakeDiscord;
    let adapter: PlatformAdapter;
    beforeEach(async () => {
      discord = await startFakeDiscord();
      adapter = createDiscordAdapter({ config: discord.config, runner: runnerFor(rig), logger: silentLogger, metrics: noopMetrics });
      await adapter.start();
    });
    afterEach(async () => {
      await adapter.stop();
      await discord.close();
    });

    const send = async (name: string, options: Record<string, string>, permissions: string): Promise<string> => {
      const interaction = interactionPayload(2, { name, options, permissions });
      discord.gateway.dispatch('INTERACTION_CREATE', interaction);
      const call = await discord.rest.waitForCall(new RegExp(`^POST /api/v10/interactions/${interaction.id as string}/[^/]+/callback$`, 'u'));
      const data = (call.body as { data: { content?: string; embeds?: Array<{ description?: string }> } }).data;
      return `${data.content ?? ''}${(data.embeds ?? []).map((e) => e.description ?? '').join('')}`;
    };

    it('refuses a member without Manage Server and stores nothing; a manager’s goes through', async () => {
      const channel = { platform: 'discord' as const, id: FAKE_CHANNEL_ID };
      expect(await send('schedule', { action: 'add', args: '09:00 Europe/Kyiv' }, PERMISSIONS.member)).toContain('only members with the Manage Server permission');
      expect(await send('sources', { action: 'add', args: feeds.url('/rss.xml') }, PERMISSIONS.member)).toContain('only members with the Manage Server permission');
      expect(await rig.schedules.list(channel)).toEqual([]);
      expect(await rig.sources.list(channel)).toEqual([]);
      expect(feeds.hits('/rss.xml').total).toBe(0);

      expect(await send('schedule', { action: 'add', args: '09:00 Europe/Kyiv' }, PERMISSIONS.manager)).toContain('Scheduled: a digest every day at 09:00 (Europe/Kyiv)');
      expect(await rig.schedules.list(channel)).toHaveLength(1);
    });
  });
});
