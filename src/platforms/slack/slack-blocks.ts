import type { types } from '@slack/bolt';
import { plainText, truncate } from './slack-text.js';

export type SlackBlock = types.KnownBlock;

/** A message as chat.postMessage and response_url take it: blocks plus the plain fallback. */
export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit; mrkdwn-escaped. */
  text: string;
  blocks: SlackBlock[];
}

/**
 * Block Kit's limits for a message.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
export const slackLimits = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  messageText: 40_000,
} as const;

/** A header block: large bold plain text, cut to 150 characters. */
export function headerBlock(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(plainText(text), slackLimits.headerText), emoji: true } };
}

/** A section of already-escaped mrkdwn, cut to 3,000 characters. */
export function sectionBlock(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, slackLimits.sectionText) } };
}

/** A context block (small grey text) of already-escaped mrkdwn pieces. */
export function contextBlock(pieces: string[]): SlackBlock {
  return {
    type: 'context',
    elements: pieces.slice(0, slackLimits.contextElements).map((p) => ({ type: 'mrkdwn' as const, text: truncate(p, slackLimits.contextText) })),
  };
}

export const dividerBlock: SlackBlock = { type: 'divider' };
