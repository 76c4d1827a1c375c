import { Command, CommanderError } from 'commander';
import { App } from '../app.js';
import type { Config } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { describeError, isTidingsError } from '../core/errors.js';
import { createLogger } from '../observability/create-logger.js';
import type { CliContext } from './context.js';
import { registerChat } from './commands/chat.js';
import { registerDigest } from './commands/digest.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuotes } from './commands/quotes.js';
import { registerRunDue } from './commands/run-due.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { EXIT, readAll, type CliIo } from './io.js';

const VERSION = '0.1.0';

/**
 * Runs the `tidings` CLI with the given arguments (without "node" and the script) and streams;
 * returns the exit code instead of exiting, so tests can run it in-process.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  let app: App | undefined;
  let config: Config | undefined;
  const ctx: CliContext = {
    io,
    app() {
      config ??= loadConfig(io.env ? { env: io.env } : {});
      app ??= new App(config, { logger: createLogger(config.logLevel), readStdin: () => readAll(io.stdin) });
      return app;
    },
    setExitCode(code) {
      exitCode = code;
    },
  };

  const program = new Command('tidings')
    .description('News digests with verbatim quotes, for Slack, Discord and the terminal')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  registerDigest(program, ctx);
  registerIngest(program, ctx);
  registerQuotes(program, ctx);
  registerChat(program, ctx);
  registerStats(program, ctx);
  registerServe(program, ctx);
  registerRunDue(program, ctx);
  for (const cmd of program.commands) cmd.exitOverride();

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (isTidingsError(e)) {
      io.stderr.write(`tidings: ${describeError(e)}\n`);
      exitCode = e.code === 'CONFIG_INVALID' || e.code === 'USAGE' ? EXIT.usage : EXIT.failure;
    } else {
      io.stderr.write(`tidings: unexpected error: ${describeError(e)}\n  Please report it at https://github.com/tidings-bot/tidings/issues (run with TIDINGS_LOG_LEVEL=debug for details).\n`);
      if (config?.logLevel === 'debug' && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
      exitCode = EXIT.failure;
    }
  } finally {
    await app?.close();
  }
  return exitCode;
}
