import { afterEach, describe, expect, it } from 'vitest';
import { CannedRunner } from '../../fakes/slack-canned-runner.js';
import { sampleQuotes } from '../../fakes/slack-fixtures.js';
import { slashCommandFields } from '../../fakes/slack-signed-request.js';
import { startSlackTestApp, type SlackTestApp } from './start-slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const quotesReply = { kind: 'quotes' as const, text: 'Zelenskyy: 2 quotes', speaker: 'Volodymyr Zelenskyy', quotes: sampleQuotes(2) };

describe('Slack over Socket Mode', () => {
  it('opens the connection with the app token at SLACK_API_URL and answers a slash command in the envelope ack', async () => {
    const runner = new CannedRunner({ replies: { quotes: quotesReply } });
    app = await startSlackTestApp({ runner, socketMode: true });
    await app.fake.socketConnected();
    const opens = app.fake.accepted('apps.connections.open');
    expect(opens).toHaveLength(1);
    expect(opens[0]?.token).toBe(app.fake.appToken);

    const ack = await app.fake.deliverSlashCommand({ ...slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: app.fake.responseUrl() }) });
    expect(ack.payload?.response_type).toBe('in_channel');
    expect(ack.payload?.text).toBe('Zelenskyy: 2 quotes');
    expect(ack.payload?.blocks?.[0]).toMatchObject({ type: 'header' });
    expect(runner.requests[0]).toMatchObject({ command: 'quotes', text: 'zelenskyy', channel: { platform: 'slack', id: 'C0NEWS0001' } });
  });

  it('acks a slow command with "Working on it…" and posts the answer once through response_url', async () => {
    const runner = new CannedRunner({ replies: { quotes: quotesReply }, delays: { quotes: 300 } });
    app = await startSlackTestApp({ runner, socketMode: true, ackBudgetMs: 50 });
    await app.fake.socketConnected();
    const ack = await app.fake.deliverSlashCommand({ ...slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: app.fake.responseUrl() }) });
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    const late = await app.fake.waitForCall((c) => c.method === 'response_url');
    expect(late.body).toMatchObject({ response_type: 'in_channel', text: 'Zelenskyy: 2 quotes' });
  });

  it('still serves the extra routes on the configured port', async () => {
    app = await startSlackTestApp({
      runner: new CannedRunner({ replies: {} }),
      socketMode: true,
      routes: [{ method: 'GET', path: '/healthz', handler: (_req, res) => res.writeHead(200).end('ok') }],
    });
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});
