import { afterEach, describe, expect, it } from 'vitest';
import { CannedRunner } from '../../fakes/slack-canned-runner.js';
import { hostileDigest, sampleQuotes } from '../../fakes/slack-fixtures.js';
import { slackPings } from '../../fakes/slack-mentions.js';
import { formBody, postSignedCommand, slackSignature, slashCommandFields } from '../../fakes/slack-signed-request.js';
import { SIGNING_SECRET, startSlackTestApp, type SlackTestApp } from './start-slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const quotesReply = { kind: 'quotes' as const, text: 'quotes', speaker: 'Volodymyr Zelenskyy', quotes: sampleQuotes(1) };

/** Only the auth.test made at start: nothing else reached Slack. */
const sideEffects = (a: SlackTestApp) => a.fake.calls.filter((c) => c.method !== 'auth.test');

describe('Slack request verification: forged or replayed commands do nothing', () => {
  it('rejects a bad signature with 401; the runner is never called and Slack hears nothing', async () => {
    const runner = new CannedRunner({ replies: { quotes: quotesReply } });
    app = await startSlackTestApp({ runner });
    const body = formBody(slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: app.fake.responseUrl() }));
    const now = Math.floor(Date.now() / 1000);
    const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body, signature: slackSignature('another-secret', now, body), timestampSec: now });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(runner.requests).toEqual([]);
    expect(sideEffects(app)).toEqual([]);
  });

  it('rejects a body changed after signing', async () => {
    const runner = new CannedRunner({ replies: { quotes: quotesReply } });
    app = await startSlackTestApp({ runner });
    const body = formBody(slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: app.fake.responseUrl() }));
    const now = Math.floor(Date.now() / 1000);
    const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body: body.replace('zelenskyy', 'putin'), signature: slackSignature(SIGNING_SECRET, now, body), timestampSec: now });
    expect(res.status).toBe(401);
    expect(runner.requests).toEqual([]);
  });

  it('rejects a correctly signed request older than five minutes (replay) with 401 and no side effect', async () => {
    const runner = new CannedRunner({ replies: { quotes: quotesReply } });
    app = await startSlackTestApp({ runner });
    const body = formBody(slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: app.fake.responseUrl() }));
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body, timestampSec: stale });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(runner.requests).toEqual([]);
    expect(sideEffects(app)).toEqual([]);
  });

  it('accepts the same request signed just now (the rejections above are about the signature, not the payload)', async () => {
    const runner = new CannedRunner({ replies: { quotes: quotesReply } });
    app = await startSlackTestApp({ runner });
    const body = formBody(slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: app.fake.responseUrl() }));
    const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body });
    expect(res.status).toBe(200);
    expect(runner.requests).toHaveLength(1);
  });
});

describe('Slack messages ping no one', () => {
  it('an article with @everyone and <!channel> gives an ack, a late answer and a scheduled post that ping no one', async () => {
    const digestReply = { kind: 'digest' as const, text: '@everyone <!channel> read this — <@U0ADMIN01>', digest: hostileDigest() };
    const runner = new CannedRunner({ replies: { summary: digestReply, digest: digestReply }, delays: { digest: 400 } });
    app = await startSlackTestApp({ runner, ackBudgetMs: 150 });
    const fields = (command: string) => formBody(slashCommandFields({ command, text: 'https://news.example/evil', response_url: app!.fake.responseUrl() }));

    const fast = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body: fields('/summary') });
    expect(fast.status).toBe(200);
    expect(slackPings(fast.body as object)).toEqual([]);
    expect(JSON.stringify(fast.body)).toContain('everyone');

    await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body: fields('/digest') });
    const late = await app.fake.waitForCall((c) => c.method === 'response_url');
    expect(slackPings(late.body)).toEqual([]);

    await app.adapter.poster.post('C0NEWS0001', digestReply);
    const posted = app.fake.accepted('chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(slackPings(posted[0]!.body)).toEqual([]);
    expect(String(posted[0]!.body.text)).toContain('&lt;');
  });
});
