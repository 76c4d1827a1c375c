import type { Reply } from '../../core/commands/types.js';

/** A reply for a terminal: the plain-text rendering every Reply carries. */
export function renderShellReply(reply: Reply): string {
  return reply.text;
}
