import type { Reply } from '../../core/commands/types.js';
import { packLines } from './pack-lines.js';
import { renderSlackChannelDigestBlocks } from './render-slack-channel-digest.js';
import { renderSlackDigestBlocks } from './render-slack-digest.js';
import { renderSlackQuotesBlocks, renderSlackSpeakersBlocks } from './render-slack-quotes.js';
import { sectionBlock, slackLimits, type SlackBlock, type SlackMessage } from './slack-blocks.js';
import { mrkdwnText, truncate } from './slack-text.js';

/** Plain text as sections of at most 3,000 characters each. */
function textBlocks(text: string): SlackBlock[] {
  const lines = text.replace(/\n+$/u, '').split('\n').map(mrkdwnText);
  return packLines(lines, slackLimits.blocks, 'more lines').sections.map(sectionBlock);
}

function blocksFor(reply: Reply): SlackBlock[] {
  switch (reply.kind) {
    case 'text':
    case 'error':
      return textBlocks(reply.text);
    case 'digest':
      return renderSlackDigestBlocks(reply.digest);
    case 'channel-digest':
      return renderSlackChannelDigestBlocks(reply.channelDigest);
    case 'quotes':
      return renderSlackQuotesBlocks(reply.speaker, reply.quotes);
    case 'speakers':
      return renderSlackSpeakersBlocks(reply.heading, reply.speakers);
  }
}

/**
 * Any reply as a Slack message: Block Kit within its limits, and the reply's own plain text
 * (escaped, at most 40,000 characters) as the fallback. Pure.
 */
export function renderSlackMessage(reply: Reply): SlackMessage {
  return {
    text: truncate(mrkdwnText(reply.text.trim() || 'Tidings'), slackLimits.messageText),
    blocks: blocksFor(reply).slice(0, slackLimits.blocks),
  };
}

/**
 * Who sees an answer: errors and private notes only the person who asked; digests, quotes and
 * speaker lists the whole channel, since sharing them is the point.
 */
export function slackResponseType(reply: Reply): 'in_channel' | 'ephemeral' {
  if (reply.kind === 'error') return 'ephemeral';
  if (reply.kind === 'text') return reply.ephemeral ? 'ephemeral' : 'in_channel';
  return 'in_channel';
}
