import type { ChannelDigest } from '../../core/commands/types.js';
import { packLines } from './pack-lines.js';
import { DIGEST_MAX_BLOCKS, renderSlackDigestBlocks } from './render-slack-digest.js';
import { dividerBlock, sectionBlock, slackLimits, type SlackBlock } from './slack-blocks.js';
import { mrkdwnLink } from './slack-text.js';

/** Blocks kept for the "More:" links at the end. */
const MORE_BLOCKS = 2;

/**
 * Several digests in one message: full digests while they fit in Block Kit's 50 blocks,
 * then every other article as a one-line link under "More:".
 */
export function renderSlackChannelDigestBlocks(channelDigest: ChannelDigest): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const overflow: ChannelDigest['more'] = [];
  channelDigest.full.forEach((item, i) => {
    const digestBlocks = renderSlackDigestBlocks(item.digest);
    const divider = i > 0 ? 1 : 0;
    // Why the worst case and not this digest's size: the "More:" blocks must always still fit.
    if (blocks.length + divider + DIGEST_MAX_BLOCKS + MORE_BLOCKS > slackLimits.blocks) {
      const a = item.digest.article;
      overflow.push({ title: a.title, url: a.url, articleId: a.id });
      return;
    }
    if (divider) blocks.push(dividerBlock);
    blocks.push(...digestBlocks);
  });
  const more = [...overflow, ...channelDigest.more];
  if (more.length > 0) {
    const lines = ['*More:*', ...more.map((m) => `• ${mrkdwnLink(m.url, m.title.trim() || 'Untitled article')}`)];
    blocks.push(dividerBlock, ...packLines(lines, MORE_BLOCKS - 1, 'more articles').sections.map(sectionBlock));
  }
  return blocks;
}
