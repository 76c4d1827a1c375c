import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/commands/types.js';
import { TidingsError } from '../../../src/core/errors.js';
import { CannedRunner } from '../../fakes/slack-canned-runner.js';
import { sampleDigest, sampleQuotes } from '../../fakes/slack-fixtures.js';
import { formBody, postSignedCommand, slashCommandFields } from '../../fakes/slack-signed-request.js';
import { FAKE_TEAM_ID } from '../../fakes/slack-server.js';
import { SIGNING_SECRET, startSlackTestApp, type SlackTestApp } from './start-slack-test-app.js';

type Ack = { response_type: string; text: string; blocks?: Array<{ type: string; text?: { text: string } }> };

const replies: Record<string, Reply> = {
  digest: { kind: 'channel-digest', text: 'Your digest', channelDigest: { full: [{ digest: sampleDigest(), date: '2026-11-24' }], more: [] } },
  summary: { kind: 'digest', text: 'Putin skips Ukraine talks in Istanbul', digest: sampleDigest() },
  quotes: { kind: 'quotes', text: 'Zelenskyy: 2 quotes', speaker: 'Volodymyr Zelenskyy', quotes: sampleQuotes(2) },
  help: { kind: 'text', text: 'Tidings answers /digest, /summary <url>, /quotes [speaker] and /help.', ephemeral: true },
};

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function send(command: string, text = '', overrides: Parameters<typeof slashCommandFields>[0] extends infer T ? Partial<T> : never = {}) {
  if (!app) throw new Error('start the app first');
  const body = formBody(slashCommandFields({ command, text, response_url: app.fake.responseUrl(), ...overrides }));
  return postSignedCommand(app.eventsUrl, { secret: SIGNING_SECRET, body });
}

describe('Slack over HTTP: signed slash commands reach the runner and are answered', () => {
  it.each([
    ['/digest', '', 'in_channel', 'header'],
    ['/digest', 'latest', 'in_channel', 'header'],
    ['/summary', 'https://news.example/putin-skips-talks', 'in_channel', 'header'],
    ['/quotes', 'zelenskyy', 'in_channel', 'header'],
    ['/help', '', 'ephemeral', 'section'],
  ])('%s %s → the answer in the ack, %s, Block Kit', async (command, text, responseType, firstBlock) => {
    const runner = new CannedRunner({ replies });
    app = await startSlackTestApp({ runner });
    const res = await send(command, text);
    expect(res.status).toBe(200);
    const ack = res.body as Ack;
    expect(ack.response_type).toBe(responseType);
    expect(ack.text.length).toBeGreaterThan(0);
    expect(ack.blocks?.[0]?.type).toBe(firstBlock);
    expect(runner.requests).toHaveLength(1);
    expect(runner.requests[0]).toMatchObject({
      command: command.slice(1),
      text,
      channel: { platform: 'slack', id: 'C0NEWS0001', workspaceId: FAKE_TEAM_ID },
      user: { id: 'U0READER01', name: 'reader' },
    });
  });

  it('calls auth.test once at start, against SLACK_API_URL, with the bot token', async () => {
    app = await startSlackTestApp({ runner: new CannedRunner({ replies }) });
    const authTests = app.fake.accepted('auth.test');
    expect(authTests).toHaveLength(1);
    expect(authTests[0]?.token).toBe(app.fake.botToken);
  });

  it('answers a slow command with "Working on it…" to the asker, then the digest once through response_url', async () => {
    const runner = new CannedRunner({ replies, delays: { summary: 700 } });
    app = await startSlackTestApp({ runner, ackBudgetMs: 100 });
    const started = Date.now();
    const res = await send('/summary', 'https://news.example/putin-skips-talks');
    expect(Date.now() - started).toBeLessThan(600);
    expect(res.body).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    const posted = await app.fake.waitForCall((c) => c.method === 'response_url');
    expect(posted.body).toMatchObject({ response_type: 'in_channel', text: 'Putin skips Ukraine talks in Istanbul' });
    expect((posted.body.blocks as Array<{ type: string }>)[0]?.type).toBe('header');
    await new Promise((r) => setTimeout(r, 200));
    expect(app.fake.accepted('response_url')).toHaveLength(1);
  });

  it('on stop, finishes the answers still being written before resolving', async () => {
    const runner = new CannedRunner({ replies, delays: { summary: 500 } });
    app = await startSlackTestApp({ runner, ackBudgetMs: 50 });
    const res = await send('/summary', 'https://news.example/putin-skips-talks');
    expect(res.body).toMatchObject({ text: 'Working on it…' });
    await app.adapter.stop();
    expect(app.fake.accepted('response_url')).toHaveLength(1);
    await app.fake.close();
    app = undefined;
  });

  it('routes any command name, including admin ones added later, and resolves admins lazily', async () => {
    const runner = new CannedRunner({
      replies: {
        schedule: async (request) => ({ kind: 'text', text: (await request.user.isAdmin()) ? 'Schedule saved.' : 'Sorry — only workspace admins can change the schedule.' }),
        sources: { kind: 'text', text: 'No sources yet.' },
      },
    });
    app = await startSlackTestApp({
      runner,
      users: [{ id: 'U0ADMIN001', name: 'boss', is_admin: true }, { id: 'U0OWNER001', name: 'owner', is_owner: true }, { id: 'U0READER01', name: 'reader' }],
      admins: ['U0LISTED01'],
    });
    expect(((await send('/sources', '')).body as Ack).text).toBe('No sources yet.');
    expect(app.fake.accepted('users.info')).toHaveLength(0);
    expect(((await send('/schedule', 'daily 08:00', { user_id: 'U0ADMIN001' })).body as Ack).text).toBe('Schedule saved.');
    expect(((await send('/schedule', 'daily 08:00', { user_id: 'U0OWNER001' })).body as Ack).text).toBe('Schedule saved.');
    expect(((await send('/schedule', 'daily 08:00', { user_id: 'U0READER01' })).body as Ack).text).toContain('only workspace admins');
    expect(app.fake.accepted('users.info').map((c) => c.body.user)).toEqual(['U0ADMIN001', 'U0OWNER001', 'U0READER01']);
    expect(((await send('/schedule', 'daily 08:00', { user_id: 'U0LISTED01' })).body as Ack).text).toBe('Schedule saved.');
    expect(app.fake.accepted('users.info')).toHaveLength(3);
  });

  it('answers a fault politely, to the asker only, without a stack trace', async () => {
    const runner = new CannedRunner({ replies: {} });
    app = await startSlackTestApp({ runner });
    const res = await send('/quotes', 'zelenskyy');
    const ack = res.body as Ack;
    expect(res.status).toBe(200);
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toMatch(/^Sorry — /u);
    expect(JSON.stringify(ack)).not.toMatch(/at .*\.ts:\d+|Error:/u);
    expect(app.metrics.errors).toEqual(['slack.command']);
  });

  it('serves the extra routes (/healthz) on the same port as /slack/events', async () => {
    app = await startSlackTestApp({
      runner: new CannedRunner({ replies }),
      routes: [{ method: 'GET', path: '/healthz', handler: (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}') }],
    });
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect((await fetch(`${app.baseUrl}/nope`)).status).toBe(404);
  });
});

describe('Slack poster: scheduled digests through chat.postMessage', () => {
  it('posts blocks and the plain fallback to the channel and returns the message ts', async () => {
    app = await startSlackTestApp({ runner: new CannedRunner({ replies }) });
    const posted = await app.adapter.poster.post('C0NEWS0001', replies.summary!);
    const calls = app.fake.accepted('chat.postMessage');
    expect(calls).toHaveLength(1);
    expect(posted.messageId).toMatch(/^\d+\.\d{6}$/u);
    expect(calls[0]?.body).toMatchObject({ channel: 'C0NEWS0001', text: 'Putin skips Ukraine talks in Istanbul', unfurl_links: 'false' });
    expect((calls[0]?.body.blocks as Array<{ type: string }>).map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context']);
  });

  it('says what to do when the bot is not in the channel', async () => {
    app = await startSlackTestApp({ runner: new CannedRunner({ replies }) });
    const error = await app.adapter.poster.post('CNOTIN0001', replies.summary!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TidingsError);
    expect((error as TidingsError).message).toContain('invite it');
    expect(app.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });
});
