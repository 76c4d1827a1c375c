import type { Command } from 'commander';
import { createShellAdapter } from '../../platforms/shell/shell-adapter.js';
import type { CliContext } from '../context.js';

/** `tidings chat`: try the bot in a terminal with the same slash commands as in chat. */
export function registerChat(program: Command, ctx: CliContext): void {
  program
    .command('chat')
    .description('Talk to Tidings in this terminal: /quotes <speaker>, /digest, /summary <url>, /help')
    .action(async () => {
      const app = ctx.app();
      await new Promise<void>((resolve) => {
        const shell = createShellAdapter({
          runner: app.commandRunner(),
          input: ctx.io.stdin,
          output: ctx.io.stdout,
          logger: app.logger,
          banner: 'Tidings — the same bot as in Slack and Discord, in your terminal.',
          onEnd: resolve,
        });
        void shell.start();
      });
    });
}
