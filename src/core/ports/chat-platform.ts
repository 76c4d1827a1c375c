import type { Reply } from '../commands/types.js';

export interface PostedMessage {
  /** The platform's own id for the message (Slack ts, Discord snowflake). */
  messageId: string;
}

/** Posts to a channel of one platform; used by the scheduler. */
export interface ChatPlatform {
  readonly platform: 'slack' | 'discord' | 'shell';
  /**
   * Posts a reply to a channel. `idempotencyKey` is stable for one delivery, so a platform
   * that can de-duplicate (Discord's enforce_nonce) posts it at most once.
   */
  post(channelId: string, reply: Reply, options?: { idempotencyKey?: string }): Promise<PostedMessage>;
}
