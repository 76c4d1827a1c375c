import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayQuoteText, type FoundQuote } from '../../../src/core/quote.js';
import { mrkdwnText } from '../../../src/platforms/slack/slack-text.js';
import { createRealRunnerRig, type RealRunnerRig } from '../../support/real-runner.js';
import { textObjects } from '../../fakes/slack-mentions.js';
import { formBody, postSignedCommand, slashCommandFields } from '../../fakes/slack-signed-request.js';
import { SIGNING_SECRET, startSlackTestApp, type SlackTestApp } from './start-slack-test-app.js';

type Ack = { response_type: string; text: string; blocks: unknown[] };

let rig: RealRunnerRig;
let app: SlackTestApp;
let seedQuotes: FoundQuote[];

beforeAll(async () => {
  rig = createRealRunnerRig();
  seedQuotes = await rig.storeSeed();
  app = await startSlackTestApp({ runner: rig.runner });
});

afterAll(async () => {
  await app?.close();
  rig?.close();
});

async function command(name: string, text: string): Promise<Ack> {
  const body = formBody(slashCommandFields({ command: name, text, response_url: app.fake.responseUrl() }));
  const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body });
  expect(res.status).toBe(200);
  return res.body as Ack;
}

const mrkdwnOf = (ack: Ack) => textObjects(ack).map((t) => t.text).join('\n');

describe('Slack with the real command runner and the seed article in SQLite', () => {
  it('/quotes zelenskyy answers with his quotes, and nobody else’s', async () => {
    const his = seedQuotes.filter((q) => q.speaker === 'Volodymyr Zelenskyy');
    const others = seedQuotes.filter((q) => q.speaker !== 'Volodymyr Zelenskyy' && displayQuoteText(q.text).length > 12);
    expect(his.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);

    const ack = await command('/quotes', 'zelenskyy');
    expect(ack.response_type).toBe('in_channel');
    const text = mrkdwnOf(ack);
    expect(text).toContain('Volodymyr Zelenskyy');
    for (const q of his) expect(text).toContain(mrkdwnText(displayQuoteText(q.text)));
    for (const q of others) expect(text).not.toContain(`“${mrkdwnText(displayQuoteText(q.text))}”`);
    const speakers = [...text.matchAll(/” — \*([^*]+)\*/gu)].map((m) => m[1]);
    expect(new Set(speakers)).toEqual(new Set(['Volodymyr Zelenskyy']));
  });

  it('/quotes with no argument lists the speakers with counts', async () => {
    const ack = await command('/quotes', '');
    expect(mrkdwnOf(ack)).toMatch(/\*Volodymyr Zelenskyy\* — \d+ quotes/u);
  });

  it('/digest shows the stored article as a Block Kit digest in the channel', async () => {
    const ack = await command('/digest', '');
    expect(ack.response_type).toBe('in_channel');
    expect(ack.blocks[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Putin Skips Ukraine Talks') } });
    expect(mrkdwnOf(ack)).toContain('*TL;DR*');
  });

  it('/summary of a private address is refused politely, to the asker only', async () => {
    const ack = await command('/summary', 'http://127.0.0.1:9/secret');
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toMatch(/^Sorry — /u);
  });

  it('/help lists the commands', async () => {
    const ack = await command('/help', '');
    for (const name of ['/digest', '/summary', '/quotes']) expect(ack.text).toContain(name);
  });
});
