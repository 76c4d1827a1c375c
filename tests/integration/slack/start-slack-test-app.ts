import type { CommandRunner } from '../../../src/core/commands/types.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import type { Metrics } from '../../../src/core/ports/metrics.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/platforms/slack/create-slack-adapter.js';
import type { HttpRoute } from '../../../src/platforms/platform-adapter.js';
import { FakeSlack, type FakeSlackUser } from '../../fakes/slack-server.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Metrics that remember faults, so a test can tell a fault from a user mistake. */
export class RecordingMetrics implements Metrics {
  readonly errors: string[] = [];
  readonly commands: Array<{ command: string; outcome: string }> = [];
  commandHandled(command: string, outcome: 'ok' | 'user_error' | 'error'): void {
    this.commands.push({ command, outcome });
  }
  digestMade(): void {}
  llmOutputDropped(): void {}
  llmFallback(): void {}
  error(where: string): void {
    this.errors.push(where);
  }
}

export interface SlackTestApp {
  fake: FakeSlack;
  adapter: SlackAdapter;
  metrics: RecordingMetrics;
  /** http://127.0.0.1:port/slack/events (HTTP mode). */
  eventsUrl: string;
  baseUrl: string;
  close(): Promise<void>;
}

export interface StartOptions {
  runner: CommandRunner;
  socketMode?: boolean;
  users?: FakeSlackUser[];
  admins?: string[];
  ackBudgetMs?: number;
  routes?: HttpRoute[];
}

/** A fake Slack and the real Slack adapter (real Bolt) talking to it over loopback. */
export async function startSlackTestApp(options: StartOptions): Promise<SlackTestApp> {
  const fake = await new FakeSlack({ users: options.users }).start();
  const metrics = new RecordingMetrics();
  const adapter = createSlackAdapter({
    config: {
      botToken: fake.botToken,
      signingSecret: options.socketMode ? undefined : SIGNING_SECRET,
      appToken: options.socketMode ? fake.appToken : undefined,
      apiUrl: fake.apiUrl,
      admins: options.admins ?? [],
    },
    port: 0,
    host: '127.0.0.1',
    runner: options.runner,
    logger: silentLogger,
    metrics,
    routes: options.routes,
    ackBudgetMs: options.ackBudgetMs,
  });
  await adapter.start();
  const baseUrl = `http://127.0.0.1:${adapter.listeningPort() ?? 0}`;
  return {
    fake,
    adapter,
    metrics,
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
