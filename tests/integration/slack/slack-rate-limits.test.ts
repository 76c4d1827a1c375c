import { afterEach, describe, expect, it } from 'vitest';
import { CannedRunner } from '../../fakes/slack-canned-runner.js';
import { sampleDigest } from '../../fakes/slack-fixtures.js';
import { formBody, postSignedCommand, slashCommandFields } from '../../fakes/slack-signed-request.js';
import { SIGNING_SECRET, startSlackTestApp, type SlackTestApp } from './start-slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const digestReply = { kind: 'digest' as const, text: 'Putin skips Ukraine talks in Istanbul', digest: sampleDigest() };

describe('Slack rate limits: a 429 with Retry-After delays the message, never loses or doubles it', () => {
  it('chat.postMessage: posted once, after the Retry-After wait', async () => {
    app = await startSlackTestApp({ runner: new CannedRunner({ replies: {} }) });
    app.fake.rateLimitNext('chat.postMessage', 1);
    const started = Date.now();
    const posted = await app.adapter.poster.post('C0NEWS0001', digestReply);
    const elapsed = Date.now() - started;
    const calls = app.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(calls.map((c) => c.rateLimited)).toEqual([true, false]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(posted.messageId).toMatch(/^\d+\.\d+$/u);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.fake.accepted('chat.postMessage')).toHaveLength(1);
  });

  it('response_url: the late answer arrives once, after the Retry-After wait', async () => {
    const runner = new CannedRunner({ replies: { summary: digestReply }, delays: { summary: 200 } });
    app = await startSlackTestApp({ runner, ackBudgetMs: 50 });
    app.fake.rateLimitNext('response_url', 1);
    const body = formBody(slashCommandFields({ command: '/summary', text: 'https://news.example/a', response_url: app.fake.responseUrl() }));
    const res = await postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body });
    expect(res.body).toMatchObject({ text: 'Working on it…' });
    const delivered = await app.fake.waitForCall((c) => c.method === 'response_url');
    const attempts = app.fake.calls.filter((c) => c.method === 'response_url');
    expect(attempts.map((c) => c.rateLimited)).toEqual([true, false]);
    expect(delivered.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.fake.accepted('response_url')).toHaveLength(1);
    expect(delivered.body).toMatchObject({ response_type: 'in_channel', text: 'Putin skips Ukraine talks in Istanbul' });
  });
});
