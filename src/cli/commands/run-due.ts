import type { Command } from 'commander';
import type { App } from '../../app.js';
import type { Platforms } from '../../schedule/create-scheduler.js';
import { createShellAdapter } from '../../platforms/shell/shell-adapter.js';
import { createSlackAdapter } from '../../platforms/slack/create-slack-adapter.js';
import type { CliContext } from '../context.js';
import { write } from '../io.js';
import { isoInstant } from '../parse-options.js';

/** Posters for every configured platform, without listening for commands; shell channels print here. */
function posters(app: App, ctx: CliContext): Platforms {
  const runner = app.commandRunner();
  const { config, logger, metrics } = app;
  const platforms: Platforms = {
    shell: createShellAdapter({ runner, input: ctx.io.stdin, output: ctx.io.stdout, logger }).poster,
  };
  if (config.slack) platforms.slack = createSlackAdapter({ config: config.slack, port: config.http.port, runner, logger, metrics }).poster;
  if (config.discord) platforms.discord = app.discordAdapter(runner).poster;
  return platforms;
}

/** `tidings run-due [--at <instant>]`: poll due feeds and post due digests once, then exit — for cron jobs and tests. */
export function registerRunDue(program: Command, ctx: CliContext): void {
  program
    .command('run-due')
    .description('Poll the feeds and post the digests due at an instant (default now) once, then exit; for an external scheduler')
    .option('--at <instant>', 'ISO-8601 instant to run at, e.g. 2026-03-30T06:00:00Z', isoInstant)
    .option('--no-feeds', 'post due digests without polling feeds first')
    .action(async (options: { at?: Date; feeds: boolean }) => {
      const app = ctx.app();
      const at = options.at ?? app.clock.now();
      const platforms = posters(app, ctx);
      if (options.feeds) {
        const polled = await app.feedPoller(platforms).pollDue(at);
        write(ctx.io.stderr, `feeds: ${polled.polled} polled, ${polled.digested} new articles, ${polled.failed} failed`);
      }
      const r = await app.scheduler(platforms).runDue(at);
      write(ctx.io.stderr, `digests at ${at.toISOString()}: ${r.due} due, ${r.posted} posted, ${r.empty} with no news, ${r.alreadyClaimed} already claimed, ${r.expired} past the grace period, ${r.failed} failed`);
      if (r.failed > 0) ctx.setExitCode(1);
    });
}
