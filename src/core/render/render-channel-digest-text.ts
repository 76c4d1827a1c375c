import type { ChannelDigest } from '../commands/types.js';
import { defuseMentions } from '../safety/defuse-mentions.js';
import { renderDigestText } from './render-digest-text.js';

/** Several digests one after another, then the rest as one-line links. */
export function renderChannelDigestText(channelDigest: ChannelDigest, heading: string): string {
  const parts = [defuseMentions(heading), ''];
  channelDigest.full.forEach((item, i) => {
    if (i > 0) parts.push('―――', '');
    parts.push(renderDigestText(item.digest, 'text'));
  });
  if (channelDigest.more.length > 0) {
    parts.push('More articles', '');
    for (const m of channelDigest.more) parts.push(defuseMentions(`  • ${m.title}${m.url ? ` ${m.url}` : ''}`));
    parts.push('');
  }
  return parts.join('\n').replace(/\n+$/u, '\n');
}
