import type { CommandRequest, CommandRunner, Reply } from '../../src/core/commands/types.js';

/** A CommandRunner that records requests and answers with a scripted reply, optionally late. */
export interface RecordingRunner extends CommandRunner {
  readonly requests: CommandRequest[];
  readonly admins: boolean[];
  readonly suggestPrefixes: string[];
}

export function createRecordingRunner(
  answer: (request: CommandRequest) => Reply | Promise<Reply>,
  options: { delayMs?: number; speakers?: string[] } = {},
): RecordingRunner {
  const requests: CommandRequest[] = [];
  const admins: boolean[] = [];
  const suggestPrefixes: string[] = [];
  return {
    requests,
    admins,
    suggestPrefixes,
    async run(request) {
      requests.push(request);
      admins.push(await request.user.isAdmin());
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      return answer(request);
    },
    async suggestSpeakers(prefix, limit) {
      suggestPrefixes.push(prefix);
      const p = prefix.toLowerCase();
      return (options.speakers ?? []).filter((s) => s.toLowerCase().includes(p)).slice(0, limit);
    },
  };
}
