import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { Reply } from '../../core/commands/types.js';
import { TidingsError } from '../../core/errors.js';
import type { ChatPlatform, PostedMessage } from '../../core/ports/chat-platform.js';
import { NO_MENTIONS } from './answer-interaction.js';
import { renderDiscordReply } from './render-discord-reply.js';

/** Discord nonces are at most 25 characters. */
const NONCE_LENGTH = 25;

/** A stable nonce (25 hex digits) for one delivery, so Discord can refuse a second copy. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, NONCE_LENGTH);
}

/**
 * Posts scheduled digests through Discord's REST API. With a key, the message carries a nonce
 * and `enforce_nonce`, so a retried post returns the first message instead of a second one.
 * Rate limits (429 + Retry-After) are waited out by discord.js's REST client.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function createDiscordPoster(rest: () => REST | null): ChatPlatform {
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, options: { idempotencyKey?: string } = {}): Promise<PostedMessage> {
      const client = rest();
      if (!client) throw new TidingsError('PLATFORM_FAILED', 'Discord is not connected yet.', { subject: `discord channel ${channelId}` });
      const message = renderDiscordReply(reply);
      const body = {
        ...(message.content ? { content: message.content } : {}),
        embeds: message.embeds,
        allowed_mentions: NO_MENTIONS,
        ...(options.idempotencyKey ? { nonce: nonceFor(options.idempotencyKey), enforce_nonce: true } : {}),
      };
      try {
        const posted = (await client.post(Routes.channelMessages(channelId), { body })) as { id?: unknown };
        if (typeof posted.id !== 'string') throw new Error('Discord answered without a message id');
        return { messageId: posted.id };
      } catch (e) {
        throw new TidingsError('PLATFORM_FAILED', `Discord refused the message: ${e instanceof Error ? e.message : String(e)}`, {
          subject: `discord channel ${channelId}`,
          cause: e,
        });
      }
    },
  };
}
