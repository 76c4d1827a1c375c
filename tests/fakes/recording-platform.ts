import type { PlatformName, Reply } from '../../src/core/commands/types.js';
import type { ChatPlatform, PostedMessage } from '../../src/core/ports/chat-platform.js';

export interface RecordedPost {
  channelId: string;
  reply: Reply;
  idempotencyKey: string | undefined;
  messageId: string;
}

export interface RecordingPlatform extends ChatPlatform {
  readonly posts: RecordedPost[];
  /** Posts to one channel. */
  postsTo(channelId: string): RecordedPost[];
}

/**
 * A ChatPlatform that keeps every post in memory. `beforePost` runs before a post is recorded:
 * throw from it to make the platform refuse, or block in it to hold a delivery mid-post.
 */
export function createRecordingPlatform(
  platform: PlatformName = 'slack',
  options: { beforePost?: (channelId: string, reply: Reply) => Promise<void> } = {},
): RecordingPlatform {
  const posts: RecordedPost[] = [];
  let seq = 0;
  return {
    platform,
    posts,
    postsTo: (channelId) => posts.filter((p) => p.channelId === channelId),
    async post(channelId, reply, postOptions): Promise<PostedMessage> {
      await options.beforePost?.(channelId, reply);
      const messageId = `${platform}-msg-${++seq}`;
      posts.push({ channelId, reply, idempotencyKey: postOptions?.idempotencyKey, messageId });
      return { messageId };
    },
  };
}
