import type { webApi } from '@slack/bolt';
import type { Reply } from '../../core/commands/types.js';
import { TidingsError } from '../../core/errors.js';
import type { ChatPlatform, PostedMessage } from '../../core/ports/chat-platform.js';
import { renderSlackMessage } from './render-slack-reply.js';

/** What to do about the Web API's usual refusals of chat.postMessage. */
const hints: Record<string, string> = {
  not_in_channel: 'the bot is not in that channel; invite it (/invite @Tidings) or grant the chat:write.public scope',
  channel_not_found: 'no such channel, or the bot cannot see it; check the channel id (it starts with C or G)',
  is_archived: 'the channel is archived',
  invalid_auth: 'Slack rejected SLACK_BOT_TOKEN; copy the Bot User OAuth Token again',
  missing_scope: 'the app lacks the chat:write scope; reinstall it from config/slack-manifest.yaml',
};

function slackErrorCode(e: unknown): string | undefined {
  const data = (e as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Posts scheduled digests with chat.postMessage. Slack has no idempotency key, so the
 * `idempotencyKey` is not sent; the client's bounded retries wait out a 429 and post once.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage
 */
export function createSlackPoster(client: webApi.WebClient): ChatPlatform {
  return {
    platform: 'slack',
    async post(channelId: string, reply: Reply): Promise<PostedMessage> {
      const message = renderSlackMessage(reply);
      let ts: string | undefined;
      try {
        const result = await client.chat.postMessage({ channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
        ts = result.ts;
      } catch (e) {
        const code = slackErrorCode(e);
        const why = code ? (hints[code] ?? `Slack answered "${code}"`) : 'could not reach Slack';
        throw new TidingsError('PLATFORM_FAILED', why, { subject: `Slack channel ${channelId}`, cause: e });
      }
      if (!ts) throw new TidingsError('PLATFORM_FAILED', 'Slack accepted the message but returned no ts', { subject: `Slack channel ${channelId}` });
      return { messageId: ts };
    },
  };
}
