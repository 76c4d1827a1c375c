import { describeError, isTidingsError } from '../errors.js';
import type { CommandDeps } from './deps.js';
import { runDigest } from './digest-command.js';
import { runHelp } from './help-command.js';
import { runQuotes } from './quotes-command.js';
import { runSummary } from './summary-command.js';
import type { CommandHandler, CommandRequest, CommandRunner, Reply } from './types.js';

export type { CommandDeps } from './deps.js';

/** Error codes that are the user's or the outside world's doing, not a fault of ours. */
const expectedFailure = (e: unknown): boolean => isTidingsError(e) && e.code !== 'STORE_FAILED';

function builtins(deps: CommandDeps): Record<string, CommandHandler> {
  return {
    digest: (req) => runDigest(deps, req),
    summary: (req, opts) => runSummary(deps, req, opts.signal),
    quotes: (req) => runQuotes(deps, req),
    help: async () => runHelp(),
  };
}

/**
 * The platform-neutral command layer: parse → run → Reply. Every platform calls it the same way;
 * a user mistake or a refused fetch becomes a polite "Sorry — …" reply, a fault is logged with
 * its context and answered without a stack trace.
 */
export function createCommandRunner(deps: CommandDeps): CommandRunner {
  const handlers: Record<string, CommandHandler> = { ...builtins(deps), ...deps.handlers };
  const log = deps.logger.child({ component: 'commands' });

  async function run(request: CommandRequest, options: { signal?: AbortSignal } = {}): Promise<Reply> {
    const name = request.command.replace(/^\//u, '').toLowerCase();
    const started = performance.now();
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    let outcome: 'ok' | 'user_error' | 'error' = 'ok';
    try {
      if (!handler) {
        outcome = 'user_error';
        return { kind: 'error', text: `Sorry — I don't know /${name.slice(0, 40)}. Try /help to see what I can do.` };
      }
      const reply = await handler({ ...request, command: name }, options);
      if (reply.kind === 'error') outcome = 'user_error';
      return reply;
    } catch (e) {
      if (expectedFailure(e)) {
        outcome = 'user_error';
        log.info({ command: name, channel: request.channel, code: isTidingsError(e) ? e.code : undefined, reason: describeError(e) }, 'command refused');
        return { kind: 'error', text: `Sorry — ${describeError(e)}` };
      }
      outcome = 'error';
      deps.metrics.error(`command:${name}`);
      log.error({ command: name, channel: request.channel, user: request.user.id, err: e }, 'command failed');
      return { kind: 'error', text: `Sorry — something went wrong on my side while running /${name}. Please try again in a minute; the error has been logged.` };
    } finally {
      deps.metrics.commandHandled(name, outcome, (performance.now() - started) / 1000);
    }
  }

  return {
    run,
    async suggestSpeakers(prefix, limit) {
      try {
        const speakers = await deps.quotes.speakers({ prefix: prefix.trim(), limit });
        return speakers.map((s) => s.name);
      } catch (e) {
        log.warn({ err: e }, 'speaker suggestions failed');
        return [];
      }
    },
  };
}
