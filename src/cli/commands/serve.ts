import type { Command } from 'commander';
import type { App } from '../../app.js';
import type { PlatformAdapter } from '../../platforms/platform-adapter.js';
import { healthRoutes } from '../../platforms/http/health-routes.js';
import { startRouteServer, type RouteServer } from '../../platforms/http/route-server.js';
import { createShellAdapter } from '../../platforms/shell/shell-adapter.js';
import { createSlackAdapter, type SlackAdapter } from '../../platforms/slack/create-slack-adapter.js';
import type { CliContext } from '../context.js';

const VERSION = '0.1.0';

export const NO_PLATFORM_BANNER = [
  'No Slack or Discord credentials are set, so Tidings is answering here in the terminal.',
  'To connect Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode);',
  'for Discord, set DISCORD_TOKEN and DISCORD_APPLICATION_ID. See the README, "Running it in Slack and Discord".',
].join('\n');

/** Resolves on the first SIGTERM or SIGINT. */
const untilSignal = (): Promise<NodeJS.Signals> =>
  new Promise((resolve) => {
    const on = (s: NodeJS.Signals) => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(s);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });

/** Builds every platform whose credentials are set; the HTTP routes ride on Slack's server when it has one. */
function buildPlatforms(app: App, ctx: CliContext, routes: ReturnType<typeof healthRoutes>, onShellEnd: () => void): { platforms: PlatformAdapter[]; routesServed: boolean } {
  const runner = app.commandRunner();
  const platforms: PlatformAdapter[] = [];
  let routesServed = false;
  const { config, logger, metrics } = app;
  if (config.slack) {
    platforms.push(createSlackAdapter({ config: config.slack, port: config.http.port, runner, logger, metrics, routes }));
    routesServed = true;
  }
  if (config.discord) platforms.push(app.discordAdapter(runner));
  if (platforms.length === 0) {
    platforms.push(createShellAdapter({ runner, input: ctx.io.stdin, output: ctx.io.stdout, logger, banner: NO_PLATFORM_BANNER, onEnd: onShellEnd }));
  }
  return { platforms, routesServed };
}

/** `tidings serve`: every configured platform, the schedule, /healthz and /metrics, until SIGTERM. */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Run the bot: Slack and Discord when their credentials are set (else the terminal), schedules, /healthz and /metrics')
    .action(async () => {
      const app = ctx.app();
      const startedAt = new Date();
      let running: PlatformAdapter[] = [];
      const routes = healthRoutes({
        platforms: () => running.map((p) => p.name),
        checkStore: () => void app.db().prepare('SELECT 1').get(),
        metrics: async () => ({ body: await app.metrics.render(), contentType: app.metrics.contentType }),
        startedAt,
        version: VERSION,
      });
      // A server outlives its terminal: with stdin closed (a container, a service) it keeps serving.
      const { platforms, routesServed } = buildPlatforms(app, ctx, routes, () =>
        app.logger.info({}, 'terminal input ended; still serving schedules, /healthz and /metrics until SIGTERM'),
      );
      let server: RouteServer | undefined;
      if (!routesServed) server = await startRouteServer(routes, app.config.http.port);
      for (const p of platforms) await p.start();
      running = platforms;
      const scheduler = app.startScheduler(Object.fromEntries(platforms.map((p) => [p.name, p.poster])));
      const slackPort = platforms.map((p) => (p as Partial<SlackAdapter>).listeningPort?.()).find((p) => p !== undefined);
      app.logger.info({ platforms: platforms.map((p) => p.name), port: server?.port ?? slackPort ?? app.config.http.port }, 'tidings is running');
      const reason = await untilSignal();
      app.logger.info({ reason }, 'shutting down');
      await scheduler.stop();
      // Platforms finish their in-flight replies before the store closes (App.close, in runCli).
      for (const p of [...platforms].reverse()) await p.stop();
      await server?.close();
    });
}
