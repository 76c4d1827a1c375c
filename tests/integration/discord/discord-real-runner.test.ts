import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/core/article.js';
import type { CommandRunner } from '../../../src/core/commands/types.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../src/core/ports/metrics.js';
import { displayQuoteText, type FoundQuote } from '../../../src/core/quote.js';
import { DISCORD_LIMITS, totalEmbedLength } from '../../../src/platforms/discord/embed-limits.js';
import { createDiscordAdapter } from '../../../src/platforms/discord/create-discord-adapter.js';
import type { PlatformAdapter } from '../../../src/platforms/platform-adapter.js';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server.js';
import { createRealRunnerRig, type RealRunnerRig } from '../../support/real-runner.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { FAKE_CHANNEL_ID, interactionPayload } from '../../fakes/discord-payloads.js';

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
}

let rig: RealRunnerRig;
let discord: FakeDiscord;
let adapter: PlatformAdapter;
let articles: LocalHttpServer;
let runner: CommandRunner;
let seedQuotes: FoundQuote[];

const SPEAKERS = ['Anna Berg', 'Carlos Mendes', 'Dana Whitfield', 'Elif Kaya', 'Farid Haddad', 'Greta Lind', 'Hiro Tanaka', 'Ines Duarte', 'Jonas Weber', 'Kofi Mensah'];

/** An article in which ten officials are quoted five times each: fifty quotes. */
function fiftyQuoteArticle(): string {
  const paragraphs = ['Fifty things officials said about the budget', ''];
  for (let i = 0; i < 50; i += 1) {
    const who = SPEAKERS[i % SPEAKERS.length]!;
    paragraphs.push(`“The budget line number ${i + 1} will change how the ministry spends its money over the next several years,” said ${who}, a senior official, at a press conference on Tuesday.`, '');
  }
  return paragraphs.join('\n');
}

const HOSTILE_TEXT = [
  'A prank hit the town council meeting on Monday evening, officials said.',
  '“Tell @everyone and @here that <@123> and <@&456> will pay for this,” said Mallory Prankster, a local activist, to the crowd.',
  'The council adjourned early and promised a statement on Tuesday.',
];

beforeAll(async () => {
  rig = createRealRunnerRig({ allowPrivate: true });
  runner = rig.runner;
  seedQuotes = await rig.storeSeed();
  await rig.save(
    buildArticle({
      title: 'Council meeting @everyone <@123>',
      url: 'https://example.com/council',
      source: 'test',
      blocks: HOSTILE_TEXT.map((text) => ({ kind: 'paragraph' as const, text })),
    }),
  );
  articles = await startLocalHttpServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(fiftyQuoteArticle());
  });
  discord = await startFakeDiscord();
  adapter = createDiscordAdapter({ config: discord.config, runner, logger: silentLogger, metrics: noopMetrics });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await discord?.close();
  await articles?.close();
  rig?.close();
});

/** Dispatches a command and returns the message it was answered with (directly or by editing a deferral). */
async function command(name: string, options: Record<string, string> = {}): Promise<MessageData> {
  const interaction = interactionPayload(2, { name, options });
  discord.gateway.dispatch('INTERACTION_CREATE', interaction);
  const callback = await discord.rest.waitForCall(new RegExp(`^POST /api/v10/interactions/${String(interaction.id)}/`, 'u'));
  const body = callback.body as { type: number; data?: MessageData };
  if (body.type === 4) return body.data!;
  const edit = await discord.rest.waitForCall(new RegExp(`^PATCH /api/v10/webhooks/\\d+/${String(interaction.token)}/messages/%40original$`, 'u'));
  return edit.body as MessageData;
}

function expectWithinLimits(message: MessageData): void {
  const embeds = message.embeds ?? [];
  expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  expect(totalEmbedLength(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
}

/** True when nothing in the message could ping: no raw mention syntax, and Discord told to parse none. */
function expectPingsNoOne(message: MessageData): void {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expect(JSON.stringify({ content: message.content, embeds: message.embeds })).not.toMatch(/@everyone|@here|<@\d|<@&\d|<@!\d/u);
}

describe('Discord with the real command runner and the seed article in SQLite', () => {
  it('/quotes zelenskyy answers with his quotes, and nobody else’s', async () => {
    const his = seedQuotes.filter((q) => q.speaker === 'Volodymyr Zelenskyy');
    const others = seedQuotes.filter((q) => q.speaker !== 'Volodymyr Zelenskyy' && displayQuoteText(q.text).length > 12);
    expect(his.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);

    const message = await command('quotes', { speaker: 'zelenskyy' });
    const embed = message.embeds![0]!;
    expect(embed.title).toBe('Quotes by Volodymyr Zelenskyy');
    const values = embed.fields!.map((f) => f.value).join('\n');
    for (const q of his) expect(values).toContain(`“${displayQuoteText(q.text)}”`);
    for (const q of others) expect(values).not.toContain(displayQuoteText(q.text));
    expect(new Set(embed.fields!.map((f) => f.name.split(',')[0]))).toEqual(new Set(['Volodymyr Zelenskyy']));
    expect(values).toContain('Putin');
    expectPingsNoOne(message);
  });

  it('autocompletes the speaker option from the store', async () => {
    const interaction = interactionPayload(4, { name: 'quotes', options: { speaker: 'Zel' }, focused: 'speaker' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    const call = await discord.rest.waitForCall(new RegExp(`^POST /api/v10/interactions/${String(interaction.id)}/`, 'u'));
    const choices = (call.body as { type: number; data: { choices: Array<{ name: string }> } }).data.choices;
    expect((call.body as { type: number }).type).toBe(8);
    expect(choices.map((c) => c.name)).toContain('Volodymyr Zelenskyy');
    expect(choices.map((c) => c.name)).not.toContain('Marco Rubio');
  });

  it('/summary of a 50-quote article answers with one digest embed within every limit', async () => {
    const message = await command('summary', { url: `${articles.url}/budget.txt` });
    expectWithinLimits(message);
    const embed = message.embeds![0]!;
    expect(embed.title).toBe('Fifty things officials said about the budget');
    expect(embed.url).toBe(`${articles.url}/budget.txt`);
    expect(embed.fields!.length).toBeGreaterThan(5);
    expect(embed.footer!.text).toMatch(/…and \d+ more quotes$/u);
    expectPingsNoOne(message);
  });

  it('/digest shows every stored article without pinging anyone, even for an article full of mentions', async () => {
    const message = await command('digest');
    expectWithinLimits(message);
    expectPingsNoOne(message);
    const titles = message.embeds!.map((e) => e.title ?? '');
    expect(titles.some((t) => t.startsWith('Putin'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Council meeting'))).toBe(true);
    expect(JSON.stringify(message.embeds)).toContain('Mallory Prankster');
  });

  it('posts a scheduled digest that pings no one', async () => {
    const reply = await runner.run({
      command: 'digest',
      text: 'latest',
      channel: { platform: 'discord', id: FAKE_CHANNEL_ID },
      user: { id: 'scheduler', isAdmin: async () => true },
    });
    expect(reply.kind).toBe('channel-digest');
    const posted = await adapter.poster.post(FAKE_CHANNEL_ID, reply, { idempotencyKey: 'schedule:1:2026-11-25T07:00' });
    const message = discord.rest.messages.find((m) => m.id === posted.messageId)!;
    expectWithinLimits(message.body as MessageData);
    expectPingsNoOne(message.body as MessageData);
  });
});
