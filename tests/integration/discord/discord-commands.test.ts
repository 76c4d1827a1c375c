import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandCatalog } from '../../../src/core/commands/catalog.js';
import type { CommandSpec, Reply } from '../../../src/core/commands/types.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../src/core/ports/metrics.js';
import type { PlatformAdapter } from '../../../src/platforms/platform-adapter.js';
import { createDiscordAdapter } from '../../../src/platforms/discord/create-discord-adapter.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { FAKE_APPLICATION_ID, FAKE_CHANNEL_ID, FAKE_GUILD_ID, interactionPayload, PERMISSIONS } from '../../fakes/discord-payloads.js';
import { createRecordingRunner, type RecordingRunner } from '../../fakes/discord-recording-runner.js';

let discord: FakeDiscord;
let adapter: PlatformAdapter | null = null;

beforeEach(async () => {
  discord = await startFakeDiscord();
});
afterEach(async () => {
  await adapter?.stop();
  adapter = null;
  await discord.close();
});

async function startWith(runner: RecordingRunner, deferAfterMs = 2000): Promise<void> {
  adapter = createDiscordAdapter({ config: discord.config, runner, logger: silentLogger, metrics: noopMetrics, deferAfterMs });
  await adapter.start();
}

const callbackOf = (id: string): RegExp => new RegExp(`^POST /api/v10/interactions/${id}/[^/]+/callback$`, 'u');

describe('Discord adapter against a fake Discord', () => {
  it('connects with the Guilds intent only and registers every catalog command by bulk overwrite', async () => {
    await startWith(createRecordingRunner(() => ({ kind: 'text', text: 'hi' })));

    const identify = discord.gateway.received.find((f) => f.op === 2);
    expect((identify?.d as { intents: number }).intents).toBe(1);
    expect(discord.gateway.connections[0]).toBe('v=10&encoding=json');

    const puts = discord.rest.callsTo(/^PUT /u);
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/api/v10/applications/${FAKE_APPLICATION_ID}/guilds/${FAKE_GUILD_ID}/commands`);
    const body = puts[0]!.body as Array<{ name: string; options: Array<{ name: string; type: number; autocomplete?: boolean }>; default_member_permissions: string | null }>;
    expect(body.map((c) => c.name)).toEqual(commandCatalog.map((c) => c.name));
    const quotes = body.find((c) => c.name === 'quotes')!;
    expect(quotes.options).toEqual([expect.objectContaining({ name: 'speaker', type: 3, autocomplete: true })]);
    for (const spec of commandCatalog as readonly CommandSpec[]) {
      expect(body.find((c) => c.name === spec.name)!.default_member_permissions).toBe(spec.admin ? '32' : null);
    }
  });

  it('registers globally when no guild is configured', async () => {
    await discord.close();
    discord = await startFakeDiscord({ guildId: null });
    await startWith(createRecordingRunner(() => ({ kind: 'text', text: 'hi' })));
    expect(discord.rest.callsTo(/^PUT /u).map((c) => c.path)).toEqual([`/api/v10/applications/${FAKE_APPLICATION_ID}/commands`]);
  });

  it('answers a fast command through the interaction callback, pinging no one', async () => {
    const runner = createRecordingRunner(() => ({ kind: 'text', text: 'Tidings turns news into digests. @everyone' }));
    await startWith(runner);
    const interaction = interactionPayload(2, { name: 'help' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);

    const call = await discord.rest.waitForCall(callbackOf(interaction.id as string));
    const body = call.body as { type: number; data: { content: string; allowed_mentions: unknown } };
    expect(body.type).toBe(4);
    expect(body.data.content).toContain('Tidings turns news into digests.');
    expect(body.data.content).not.toContain('@everyone');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(runner.requests[0]).toMatchObject({
      command: 'help',
      text: '',
      channel: { platform: 'discord', id: FAKE_CHANNEL_ID, workspaceId: FAKE_GUILD_ID },
      user: { name: 'A Reader' },
    });
  });

  it('passes option values as the command text and knows who may administer the server', async () => {
    const runner = createRecordingRunner(() => ({ kind: 'text', text: 'ok' }));
    await startWith(runner);
    const asMember = interactionPayload(2, { name: 'quotes', options: { speaker: 'zelenskyy' } });
    const asManager = interactionPayload(2, { name: 'digest', options: { which: 'latest' }, permissions: PERMISSIONS.manager });
    discord.gateway.dispatch('INTERACTION_CREATE', asMember);
    await discord.rest.waitForCall(callbackOf(asMember.id as string));
    discord.gateway.dispatch('INTERACTION_CREATE', asManager);
    await discord.rest.waitForCall(callbackOf(asManager.id as string));

    expect(runner.requests.map((r) => [r.command, r.text])).toEqual([['quotes', 'zelenskyy'], ['digest', 'latest']]);
    expect(runner.admins).toEqual([false, true]);
  });

  it('defers a slow command, then edits the original reply with the answer', async () => {
    const reply: Reply = { kind: 'text', text: 'Finally, the digest.' };
    await startWith(createRecordingRunner(() => reply, { delayMs: 400 }), 100);
    const interaction = interactionPayload(2, { name: 'summary', options: { url: 'https://example.com/a' } });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);

    const edit = await discord.rest.waitForCall(/^PATCH \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/%40original$/u);
    const callback = discord.rest.callsTo(callbackOf(interaction.id as string));
    expect(callback.map((c) => (c.body as { type: number }).type)).toEqual([5]);
    expect(edit.path).toContain(`/webhooks/${FAKE_APPLICATION_ID}/${interaction.token as string}/`);
    expect(edit.at).toBeGreaterThan(callback[0]!.at);
    expect((edit.body as { content: string; allowed_mentions: unknown })).toMatchObject({ content: 'Finally, the digest.', allowed_mentions: { parse: [] } });
  });

  it('answers autocomplete with matching speakers', async () => {
    const runner = createRecordingRunner(() => ({ kind: 'text', text: 'x' }), { speakers: ['Volodymyr Zelenskyy', 'Vladimir Putin', 'Kaja Kallas'] });
    await startWith(runner);
    const interaction = interactionPayload(4, { name: 'quotes', options: { speaker: 'zel' }, focused: 'speaker' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);

    const call = await discord.rest.waitForCall(callbackOf(interaction.id as string));
    expect(call.body).toEqual({ type: 8, data: { choices: [{ name: 'Volodymyr Zelenskyy', value: 'Volodymyr Zelenskyy' }] } });
    expect(runner.suggestPrefixes).toEqual(['zel']);
    expect(runner.requests).toHaveLength(0);
  });
});
