/** A Slack message as it reaches the API: the fallback text and the blocks. */
export interface PostedSlackMessage {
  text?: unknown;
  blocks?: unknown;
}

interface TextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
}

/** Every text object in a message's blocks (header, section, context), with its type. */
export function textObjects(message: PostedSlackMessage): TextObject[] {
  const out: TextObject[] = [];
  if (typeof message.text === 'string') out.push({ type: 'mrkdwn', text: message.text });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'plain_text' || o.type === 'mrkdwn') && typeof o.text === 'string') out.push({ type: o.type, text: o.text });
    for (const v of Object.values(o)) if (typeof v === 'object') visit(v);
  };
  visit(message.blocks);
  return out;
}

/**
 * The pings a message would make: special mentions and user/group/channel links in mrkdwn
 * (`<!channel>`, `<!here>`, `<@U…>`, `<!subteam^…>`, `<#C…>`), and a bare @everyone / @here /
 * @channel anywhere (pings where link_names applies).
 */
export function slackPings(message: PostedSlackMessage): string[] {
  const found: string[] = [];
  for (const t of textObjects(message)) {
    if (t.type === 'mrkdwn') for (const m of t.text.matchAll(/<[!@#][^>]*>/gu)) found.push(m[0]);
    for (const m of t.text.matchAll(/@(everyone|here|channel)\b/giu)) found.push(m[0]);
  }
  return found;
}
