import { createInterface, type Interface } from 'node:readline';
import type { ChannelRef, CommandRunner, Reply } from '../../core/commands/types.js';
import type { ChatPlatform } from '../../core/ports/chat-platform.js';
import type { Logger } from '../../core/ports/logger.js';
import type { PlatformAdapter } from '../platform-adapter.js';
import { renderShellReply } from './render-shell-reply.js';

export interface ShellAdapterOptions {
  runner: CommandRunner;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: Logger;
  /** Printed once at start, e.g. how to connect Slack or Discord. */
  banner?: string;
  /** Called when the person ends the session (Ctrl-D, /quit). */
  onEnd?: () => void;
}

/** The one channel a terminal session has. */
export const SHELL_CHANNEL: ChannelRef = { platform: 'shell', id: 'terminal' };

const HINT = 'Type a command such as /quotes zelenskyy, /digest, /summary <url> or /help; /quit to leave.';

/** Splits "/quotes zelenskyy" into command and text; null when the line is not a command. */
export function parseShellLine(line: string): { command: string; text: string } | null {
  const m = /^\/([a-z][\w-]*)\s*(.*)$/isu.exec(line.trim());
  return m ? { command: (m[1] ?? '').toLowerCase(), text: m[2] ?? '' } : null;
}

/**
 * `tidings chat`: a terminal session in which a person types the same slash commands as in
 * Slack or Discord. The person at the terminal is the admin of their own channel.
 */
export function createShellAdapter(options: ShellAdapterOptions): PlatformAdapter {
  let rl: Interface | undefined;
  let closed = false;
  let inFlight: Promise<void> = Promise.resolve();
  const print = (text: string): void => {
    options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  };

  async function answer(line: string): Promise<void> {
    const parsed = parseShellLine(line);
    if (line.trim() === '') return;
    if (!parsed) return print(HINT);
    if (parsed.command === 'quit' || parsed.command === 'exit') {
      rl?.close();
      return;
    }
    const reply = await options.runner.run({
      command: parsed.command,
      text: parsed.text,
      channel: SHELL_CHANNEL,
      user: { id: 'local', name: 'you', isAdmin: async () => true },
    });
    print(renderShellReply(reply));
  }

  const poster: ChatPlatform = {
    platform: 'shell',
    async post(_channelId: string, reply: Reply) {
      print(renderShellReply(reply));
      return { messageId: `shell-${Date.now().toString(36)}` };
    },
  };

  return {
    name: 'shell',
    poster,
    async start() {
      if (options.banner) print(options.banner);
      print(HINT);
      rl = createInterface({ input: options.input, output: options.output, prompt: 'tidings> ', terminal: Boolean((options.input as { isTTY?: boolean }).isTTY) });
      rl.on('line', (line) => {
        // Answers go out in the order they were asked, one at a time.
        inFlight = inFlight.then(() => answer(line)).catch((e: unknown) => {
          options.logger.error({ err: e }, 'shell command failed');
          print('Sorry — something went wrong on my side; the error has been logged.');
        }).then(() => {
          if (!closed) rl?.prompt();
        });
      });
      rl.on('close', () => {
        closed = true;
        // Lines already typed are still answered before the session ends.
        void inFlight.then(() => options.onEnd?.());
      });
      rl.prompt();
    },
    async stop() {
      rl?.close();
      await inFlight;
    },
  };
}
