import type { CommandRequest, CommandRunner, Reply } from '../../src/core/commands/types.js';

export interface CannedRunnerOptions {
  /** Replies by command name; a function gets the request. */
  replies: Record<string, Reply | ((request: CommandRequest) => Reply | Promise<Reply>)>;
  /** Milliseconds to wait before answering, by command name. */
  delays?: Record<string, number>;
}

/** A CommandRunner with canned answers that records what it was asked; a missing name throws. */
export class CannedRunner implements CommandRunner {
  readonly requests: CommandRequest[] = [];
  constructor(private readonly options: CannedRunnerOptions) {}

  async run(request: CommandRequest): Promise<Reply> {
    this.requests.push(request);
    const delay = this.options.delays?.[request.command];
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const canned = this.options.replies[request.command];
    if (!canned) throw new Error(`no canned reply for /${request.command}`);
    return typeof canned === 'function' ? canned(request) : canned;
  }

  async suggestSpeakers(): Promise<string[]> {
    return [];
  }
}
