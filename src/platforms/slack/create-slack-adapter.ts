import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import type { CommandRunner } from '../../core/commands/types.js';
import { describeError, TidingsError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Metrics } from '../../core/ports/metrics.js';
import type { Config } from '../../config/config.js';
import type { HttpRoute, PlatformAdapter } from '../platform-adapter.js';
import { answerSlashCommand, type SlackResponse } from './answer-slash-command.js';
import { postToResponseUrl } from './post-to-response-url.js';
import { closeServer, serveRoutes } from './serve-routes.js';
import { createSlackAdminCheck } from './slack-admin-check.js';
import { slackClientOptions } from './slack-client-options.js';
import { toBoltLogger } from './slack-logger.js';
import { createSlackPoster } from './slack-poster.js';

export interface SlackAdapterOptions {
  config: NonNullable<Config['slack']>;
  /** HTTP mode: where /slack/events and `routes` are served. Socket Mode: where `routes` are served. */
  port: number;
  /** Interface to listen on; all of them when absent. */
  host?: string;
  runner: CommandRunner;
  logger: Logger;
  metrics: Metrics;
  /** Extra GET routes (/healthz, /metrics) served on the same port, in both modes. */
  routes?: HttpRoute[];
  /** How long a command may take before the ack says "Working on it…" (default 2,000 ms; Slack allows 3 s). */
  ackBudgetMs?: number;
  /** How long stop() waits for answers still being written (default 10,000 ms). */
  stopGraceMs?: number;
}

export interface SlackAdapter extends PlatformAdapter {
  readonly name: 'slack';
  /** The port actually listened on once started (useful with port 0), or undefined. */
  listeningPort(): number | undefined;
}

/** auth.test failed at start: a clear message naming the setting to fix. */
function startError(e: unknown): TidingsError {
  const code = (e as { data?: { error?: string } }).data?.error;
  const message =
    code === 'invalid_auth' || code === 'not_authed' || code === 'token_revoked'
      ? `Slack rejected SLACK_BOT_TOKEN (${code}); copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions`
      : `could not start the Slack app: ${describeError(e)}`;
  return new TidingsError('PLATFORM_FAILED', message, { subject: 'Slack', cause: e });
}

/**
 * The Slack platform: slash commands over HTTP (`/slack/events`, Bolt's signature check with its
 * 5-minute replay window) or over Socket Mode when `config.appToken` is set; scheduled posts
 * through chat.postMessage. Every command name goes to the runner, which knows the catalog.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/commands
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, runner, metrics } = options;
  const logger = options.logger.child({ platform: 'slack' });
  const routes = options.routes ?? [];
  const socketMode = Boolean(config.appToken);
  if (!socketMode && !config.signingSecret) {
    throw new TidingsError('CONFIG_INVALID', 'SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  const app = new App({
    token: config.botToken,
    logger: toBoltLogger(logger),
    clientOptions: slackClientOptions(config.apiUrl),
    // auth.test runs in start(), where its failure can be reported, not in this constructor.
    deferInitialization: true,
    ...(socketMode
      ? { socketMode: true, appToken: config.appToken }
      : {
          signingSecret: config.signingSecret,
          customRoutes: routes.map((r) => ({ path: r.path, method: r.method, handler: r.handler })),
        }),
  });
  const inFlight = new Set<Promise<void>>();
  const deps = {
    runner,
    logger,
    metrics,
    isAdmin: createSlackAdminCheck(app.client, config.admins, logger),
    respond: (url: string, response: SlackResponse) =>
      postToResponseUrl(url, response, {
        onRetry: ({ status, waitMs }) => logger.warn({ status, waitMs }, 'response_url refused the answer; trying again'),
      }),
    ackBudgetMs: options.ackBudgetMs ?? 2_000,
  };

  // Any command: the catalog grows (/schedule, /sources) without touching this adapter.
  app.command(/^\/.+/u, async ({ body, ack }) => {
    const answering = answerSlashCommand(body, (response) => ack(response as Parameters<typeof ack>[0]), deps);
    inFlight.add(answering);
    try {
      await answering;
    } finally {
      inFlight.delete(answering);
    }
  });
  app.error(async (e) => {
    logger.error({ err: e }, `Slack event failed: ${describeError(e)}`);
    metrics.error('slack');
  });

  let httpServer: Server | undefined;
  let routesServer: Server | undefined;
  return {
    name: 'slack',
    poster: createSlackPoster(app.client),
    async start() {
      try {
        await app.init();
        if (socketMode) {
          await app.start();
          if (routes.length > 0) routesServer = await serveRoutes(routes, options.port, options.host);
        } else {
          httpServer = (await app.start({ port: options.port, ...(options.host ? { host: options.host } : {}) })) as Server;
        }
      } catch (e) {
        throw startError(e);
      }
      logger.info({ mode: socketMode ? 'socket' : 'http', port: this.listeningPort() }, 'Slack connected');
    },
    async stop() {
      // Stop taking commands, then let the answers already being written reach Slack.
      await app.stop().catch((e: unknown) => logger.warn({ err: e }, 'Slack receiver did not stop cleanly'));
      if (routesServer) await closeServer(routesServer);
      httpServer = undefined;
      routesServer = undefined;
      const grace = new Promise<'timeout'>((resolve) => setTimeout(resolve, options.stopGraceMs ?? 10_000, 'timeout').unref());
      if ((await Promise.race([Promise.allSettled([...inFlight]), grace])) === 'timeout') {
        logger.warn({ unfinished: inFlight.size }, 'stopped with Slack answers still being written');
      }
    },
    listeningPort() {
      const address = (httpServer ?? routesServer)?.address() as AddressInfo | null | undefined;
      return address?.port;
    },
  };
}
