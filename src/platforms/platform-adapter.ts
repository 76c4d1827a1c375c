import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlatformName } from '../core/commands/types.js';
import type { ChatPlatform } from '../core/ports/chat-platform.js';

/** An extra HTTP route served beside a platform's endpoint (/healthz, /metrics). */
export interface HttpRoute {
  method: 'GET';
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** One running chat platform: started and stopped by `tidings serve`, posting for the scheduler. */
export interface PlatformAdapter {
  readonly name: PlatformName;
  /** Connects and starts answering commands. */
  start(): Promise<void>;
  /** Finishes in-flight replies, then disconnects. */
  stop(): Promise<void>;
  /** Posts scheduled digests to this platform's channels. */
  readonly poster: ChatPlatform;
}
