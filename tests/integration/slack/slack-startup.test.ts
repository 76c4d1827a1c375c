import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { noopMetrics } from '../../../src/core/ports/metrics.js';
import { createSlackAdapter } from '../../../src/platforms/slack/create-slack-adapter.js';
import { CannedRunner } from '../../fakes/slack-canned-runner.js';
import { FakeSlack } from '../../fakes/slack-server.js';

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const adapterFor = (apiUrl: string, botToken: string) =>
  createSlackAdapter({
    config: { botToken, signingSecret: 'secret', appToken: undefined, apiUrl, admins: [] },
    port: 0,
    host: '127.0.0.1',
    runner: new CannedRunner({ replies: {} }),
    logger: silentLogger,
    metrics: noopMetrics,
  });

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('Slack adapter start-up', () => {
  it('makes no Web API call when constructed; auth.test waits for start()', async () => {
    fake = await new FakeSlack().start();
    const adapter = adapterFor(fake.apiUrl, fake.botToken);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls).toEqual([]);
    await adapter.start();
    expect(fake.accepted('auth.test')).toHaveLength(1);
    await adapter.stop();
  });

  it('names the setting to fix when Slack rejects the bot token', async () => {
    fake = await new FakeSlack().start();
    const error = await adapterFor(fake.apiUrl, 'xoxb-wrong').start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TidingsError);
    expect((error as TidingsError).message).toMatch(/SLACK_BOT_TOKEN \(invalid_auth\)/u);
  });

  it('gives up on an unreachable Slack within seconds, not the client default of ~30 minutes', async () => {
    const started = Date.now();
    const error = await adapterFor(`http://127.0.0.1:${await closedPort()}/api/`, 'xoxb-x').start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TidingsError);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses HTTP mode without a signing secret, saying what to set', () => {
    expect(() =>
      createSlackAdapter({
        config: { botToken: 'xoxb-x', signingSecret: undefined, appToken: undefined, apiUrl: undefined, admins: [] },
        port: 0,
        runner: new CannedRunner({ replies: {} }),
        logger: silentLogger,
        metrics: noopMetrics,
      }),
    ).toThrow(/SLACK_SIGNING_SECRET is required/u);
  });
});
