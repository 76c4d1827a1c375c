import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/commands/types.js';
import type { Logger } from '../../../src/core/ports/logger.js';
import { noopMetrics, type Metrics } from '../../../src/core/ports/metrics.js';
import type { PlatformAdapter } from '../../../src/platforms/platform-adapter.js';
import { createDiscordAdapter } from '../../../src/platforms/discord/create-discord-adapter.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { FAKE_CHANNEL_ID, interactionPayload } from '../../fakes/discord-payloads.js';
import { createRecordingRunner, type RecordingRunner } from '../../fakes/discord-recording-runner.js';

let discord: FakeDiscord;
let adapter: PlatformAdapter | null = null;
const logged: Array<{ level: string; obj: object; msg: string | undefined }> = [];
const errors: string[] = [];

const logger: Logger = {
  debug: (obj, msg) => logged.push({ level: 'debug', obj, msg }),
  info: (obj, msg) => logged.push({ level: 'info', obj, msg }),
  warn: (obj, msg) => logged.push({ level: 'warn', obj, msg }),
  error: (obj, msg) => logged.push({ level: 'error', obj, msg }),
  child: () => logger,
};
const metrics: Metrics = { ...noopMetrics, error: (where) => errors.push(where) };

beforeEach(async () => {
  logged.length = 0;
  errors.length = 0;
  discord = await startFakeDiscord();
});
afterEach(async () => {
  await adapter?.stop();
  adapter = null;
  await discord.close();
});

async function startWith(runner: RecordingRunner, deferAfterMs = 2000): Promise<void> {
  adapter = createDiscordAdapter({ config: discord.config, runner, logger, metrics, deferAfterMs });
  await adapter.start();
}

const callbackOf = (id: unknown): RegExp => new RegExp(`^POST /api/v10/interactions/${String(id)}/[^/]+/callback$`, 'u');
const text = (t: string): Reply => ({ kind: 'text', text: t });

describe('Discord adapter when things go wrong', () => {
  it('survives an INTERACTION_CREATE without entitlements and answers the next valid one', async () => {
    const runner = createRecordingRunner(() => text('still here'));
    await startWith(runner);
    const broken = interactionPayload(2, { name: 'help' });
    delete broken.entitlements;
    discord.gateway.dispatch('INTERACTION_CREATE', broken);
    discord.gateway.dispatch('INTERACTION_CREATE', { id: 'not-a-snowflake', type: 2 });
    discord.gateway.dispatch('INTERACTION_CREATE', null);
    const valid = interactionPayload(2, { name: 'help' });
    discord.gateway.dispatch('INTERACTION_CREATE', valid);

    const call = await discord.rest.waitForCall(callbackOf(valid.id));
    expect((call.body as { data: { content: string } }).data.content).toBe('still here');
    expect(discord.rest.callsTo(callbackOf(broken.id))).toHaveLength(0);
    expect(runner.requests).toHaveLength(1);
    expect(errors.filter((e) => e === 'discord:malformed_payload')).toHaveLength(3);
    expect(logged.some((l) => l.level === 'warn' && JSON.stringify(l.obj).includes('entitlements'))).toBe(true);
  });

  it('answers "Sorry — …" without internals when the runner throws', async () => {
    await startWith(createRecordingRunner(() => {
      throw new Error('database is locked at /secret/path.db');
    }));
    const interaction = interactionPayload(2, { name: 'digest' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);

    const call = await discord.rest.waitForCall(callbackOf(interaction.id));
    const data = (call.body as { data: { content: string; flags: number } }).data;
    expect(data.content).toMatch(/^Sorry — /u);
    expect(data.content).not.toContain('/secret/path.db');
    expect(data.flags & 64).toBe(64);
    expect(logged.some((l) => l.level === 'error')).toBe(true);
  });

  it('says sorry when Discord refuses the reply, and keeps interaction tokens out of the log', async () => {
    await startWith(createRecordingRunner(() => text('an answer Discord will refuse')));
    discord.rest.failOnce(/^POST \/api\/v10\/interactions\//u, 400);
    const interaction = interactionPayload(2, { name: 'help' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);

    const ok = await discord.rest.waitForCall(callbackOf(interaction.id));
    expect((ok.body as { data: { content: string } }).data.content).toMatch(/^Sorry — /u);
    expect(discord.rest.callsTo(callbackOf(interaction.id)).map((c) => c.status)).toEqual([400, 204]);
    expect(errors).toContain('discord:interaction');
    const log = JSON.stringify(logged);
    expect(log).toContain('could not answer an interaction');
    expect(log).not.toContain(String(interaction.token));
    expect(log).not.toContain(discord.config.token);
  });

  it('keeps the gateway session alive: heartbeats are acknowledged and nothing reconnects', async () => {
    await discord.close();
    discord = await startFakeDiscord({ heartbeatIntervalMs: 100 });
    await startWith(createRecordingRunner(() => text('alive')));
    await new Promise((r) => setTimeout(r, 600));
    const valid = interactionPayload(2, { name: 'help' });
    discord.gateway.dispatch('INTERACTION_CREATE', valid);
    await discord.rest.waitForCall(callbackOf(valid.id));

    expect(discord.gateway.received.filter((f) => f.op === 1).length).toBeGreaterThanOrEqual(3);
    expect(discord.gateway.connections).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After on the interaction callback: the reply arrives once, late', async () => {
    await startWith(createRecordingRunner(() => text('answer')));
    discord.rest.rateLimitOnce(/^POST \/api\/v10\/interactions\//u, 1);
    const interaction = interactionPayload(2, { name: 'help' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);

    const ok = await discord.rest.waitForCall(callbackOf(interaction.id));
    const all = discord.rest.callsTo(callbackOf(interaction.id));
    expect(all.map((c) => c.status)).toEqual([429, 204]);
    expect(ok.at - all[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('posts a scheduled digest once, late, after a 429 with Retry-After', async () => {
    await startWith(createRecordingRunner(() => text('unused')));
    discord.rest.rateLimitOnce(/^POST \/api\/v10\/channels\/\d+\/messages$/u, 1);
    const started = Date.now();
    const posted = await adapter!.poster.post(FAKE_CHANNEL_ID, text('Morning digest @here'), { idempotencyKey: 'schedule:1:2026-11-25T07:00' });

    expect(discord.rest.messages).toHaveLength(1);
    expect(discord.rest.messages[0]!.id).toBe(posted.messageId);
    expect(discord.rest.messages[0]!.at - started).toBeGreaterThanOrEqual(950);
    const body = discord.rest.messages[0]!.body;
    expect(body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    expect(String(body.content)).not.toContain('@here');
    expect(String(body.nonce).length).toBeLessThanOrEqual(25);
  });

  it('does not double a scheduled post that is retried with the same idempotency key', async () => {
    await startWith(createRecordingRunner(() => text('unused')));
    const key = 'schedule:7:2026-11-25T07:00';
    const first = await adapter!.poster.post(FAKE_CHANNEL_ID, text('Digest'), { idempotencyKey: key });
    const again = await adapter!.poster.post(FAKE_CHANNEL_ID, text('Digest'), { idempotencyKey: key });
    const other = await adapter!.poster.post(FAKE_CHANNEL_ID, text('Digest'), { idempotencyKey: 'schedule:7:2026-11-26T07:00' });

    expect(again.messageId).toBe(first.messageId);
    expect(other.messageId).not.toBe(first.messageId);
    expect(discord.rest.messages).toHaveLength(2);
  });

  it('does not double a post whose response was lost: the REST retry carries the same nonce', async () => {
    await startWith(createRecordingRunner(() => text('unused')));
    discord.rest.loseResponseOnce(/^POST \/api\/v10\/channels\/\d+\/messages$/u);
    const posted = await adapter!.poster.post(FAKE_CHANNEL_ID, text('Digest'), { idempotencyKey: 'schedule:9:2026-11-25T07:00' });

    const attempts = discord.rest.callsTo(/^POST \/api\/v10\/channels\/\d+\/messages$/u);
    expect(attempts.map((c) => c.status)).toEqual([500, 200]);
    expect(discord.rest.messages).toHaveLength(1);
    expect(discord.rest.messages[0]!.id).toBe(posted.messageId);
  });

  it('resumes after the gateway drops the session and answers the next command', async () => {
    await startWith(createRecordingRunner(() => text('back again')));
    discord.gateway.dropConnections(4000);
    const deadline = Date.now() + 10_000;
    while (!discord.gateway.received.some((f) => f.op === 6) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    const valid = interactionPayload(2, { name: 'help' });
    discord.gateway.dispatch('INTERACTION_CREATE', valid);

    const call = await discord.rest.waitForCall(callbackOf(valid.id));
    expect((call.body as { data: { content: string } }).data.content).toBe('back again');
    expect(discord.gateway.received.filter((f) => f.op === 6)).toHaveLength(1);
    expect(discord.gateway.connections).toHaveLength(2);
  });

  it('finishes an in-flight reply before stopping', async () => {
    await startWith(createRecordingRunner(() => text('late but there'), { delayMs: 300 }), 100);
    const interaction = interactionPayload(2, { name: 'summary', options: { url: 'https://example.com/b' } });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    await discord.rest.waitForCall(callbackOf(interaction.id));
    await adapter!.stop();
    adapter = null;

    const edits = discord.rest.callsTo(/^PATCH .*\/messages\/%40original$/u);
    expect(edits).toHaveLength(1);
    expect((edits[0]!.body as { content: string }).content).toBe('late but there');
  });

  it('fails to start with a message naming the setting when Discord refuses the token', async () => {
    adapter = createDiscordAdapter({
      config: { ...discord.config, token: 'wrong-token' },
      runner: createRecordingRunner(() => text('x')),
      logger,
      metrics,
    });
    await expect(adapter.start()).rejects.toThrow(/DISCORD_TOKEN/u);
    adapter = null;
  });
});
