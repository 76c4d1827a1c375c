import type { CommandRunner, Reply } from '../../core/commands/types.js';
import { describeError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Metrics } from '../../core/ports/metrics.js';
import { renderSlackMessage, slackResponseType } from './render-slack-reply.js';
import { slashCommandSchema, toCommandRequest } from './slash-command-request.js';

/** What ack() and response_url take: a rendered message and who sees it. */
export type SlackResponse = { response_type: 'in_channel' | 'ephemeral'; text: string; blocks?: unknown[] };

export interface AnswerSlashCommandDeps {
  runner: CommandRunner;
  logger: Logger;
  metrics: Metrics;
  isAdmin: (userId: string) => Promise<boolean>;
  /** Posts the late answer to the command's response_url. */
  respond: (responseUrl: string, response: SlackResponse) => Promise<void>;
  /** How long to wait for the answer before acking with "Working on it…"; Slack allows 3 s in all. */
  ackBudgetMs: number;
}

export const WORKING_ON_IT = 'Working on it…';

const faultReply: Reply = { kind: 'error', text: 'Sorry — something went wrong on our side. Please try again in a minute.' };

/** The runner's answer; a fault becomes a polite error reply (the log keeps the details). */
async function runSafely(deps: AnswerSlashCommandDeps, request: Parameters<CommandRunner['run']>[0]): Promise<Reply> {
  try {
    return await deps.runner.run(request);
  } catch (e) {
    deps.logger.error({ err: e, command: request.command, channel: request.channel.id }, `command failed: ${describeError(e)}`);
    deps.metrics.error('slack.command');
    return faultReply;
  }
}

function toResponse(reply: Reply): SlackResponse {
  return { response_type: slackResponseType(reply), ...renderSlackMessage(reply) };
}

/**
 * Answers one slash command. The answer goes in the ack itself when it is ready within
 * `ackBudgetMs` (one round trip, nothing else to fail); otherwise the ack says "Working on it…"
 * (only to the asker) and the answer follows through response_url.
 */
export async function answerSlashCommand(
  body: unknown,
  ack: (response?: SlackResponse) => Promise<void>,
  deps: AnswerSlashCommandDeps,
): Promise<void> {
  const parsed = slashCommandSchema.safeParse(body);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'unreadable slash command payload');
    await ack({ response_type: 'ephemeral', text: 'Sorry — Tidings could not read that command. Please try again.' });
    return;
  }
  const command = parsed.data;
  const request = toCommandRequest(command, deps.isAdmin);
  const answer = runSafely(deps, request);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deps.ackBudgetMs);
  });
  const first = await Promise.race([answer, late]);
  clearTimeout(timer);
  if (first !== 'late') {
    await ack(toResponse(first));
    return;
  }
  await ack({ response_type: 'ephemeral', text: WORKING_ON_IT });
  const reply = await answer;
  if (!command.response_url) {
    deps.logger.warn({ command: request.command }, 'slow answer but no response_url to post it to');
    return;
  }
  try {
    await deps.respond(command.response_url, toResponse(reply));
  } catch (e) {
    deps.logger.error({ err: e, command: request.command, channel: request.channel.id }, `could not post the answer: ${describeError(e)}`);
    deps.metrics.error('slack.respond');
  }
}
